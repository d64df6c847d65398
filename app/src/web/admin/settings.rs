//! `POST /admin/indstillinger`.

use crate::{
    domain::{audit::Action, FieldError, Notice, Problem},
    store::settings_store,
    web::kit::{internal, Reply, StaffPost},
};

/// The range a number of days may take.
const DAYS: std::ops::RangeInclusive<i64> = 30..=3650;

/// Saves the retention settings.
pub async fn save(post: StaffPost) -> Reply {
    let mut errors = Vec::new();
    let mut days = |name: &str| match post.data.get(name).trim().parse::<i64>() {
        Ok(n) if DAYS.contains(&n) => Some(n),
        Ok(n) if n > *DAYS.end() => {
            errors.push(FieldError::new(
                name,
                Problem::TooMany {
                    max: *DAYS.end() as u32,
                },
            ));
            None
        }
        _ => {
            errors.push(FieldError::new(name, Problem::NotANumber));
            None
        }
    };
    let (Some(retention), Some(stale)) = (days("retention_days"), days("stale_days")) else {
        return Err(post
            .refuse("/admin/indstillinger", "settings", &[], errors)
            .await);
    };
    let mut tx = post.begin().await?;
    settings_store::set_number(&mut *tx, settings_store::SPARRING_RETENTION_DAYS, retention)
        .await
        .map_err(internal)?;
    settings_store::set_number(&mut *tx, settings_store::SPARRING_STALE_DAYS, stale)
        .await
        .map_err(internal)?;
    let subject = format!("sparring retention {retention} days, stale {stale} days");
    post.commit(
        tx,
        (Action::SettingChanged, &subject),
        Notice::SettingsSaved,
        "/admin/indstillinger",
    )
    .await
}
