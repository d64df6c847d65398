//! `POST /admin/indstillinger`.

use crate::{
    domain::{audit::Action, settings::Settings, Notice},
    i18n::audit,
    store::settings_store,
    web::kit::{internal, Reply, StaffPost},
};

/// Saves the settings.
pub async fn save(post: StaffPost) -> Reply {
    let Settings {
        after_closing: retention,
        without_activity: stale,
        answer_days,
        comment_months,
        threshold,
    } = match Settings::parse(&post.data) {
        Ok(days) => days,
        Err(errors) => {
            return Err(post
                .refuse("/admin/indstillinger", "settings", &[], errors)
                .await)
        }
    };
    let mut tx = post.begin().await?;
    settings_store::set_number(&mut *tx, settings_store::SPARRING_RETENTION_DAYS, retention)
        .await
        .map_err(internal)?;
    settings_store::set_number(&mut *tx, settings_store::SPARRING_STALE_DAYS, stale)
        .await
        .map_err(internal)?;
    settings_store::set_number(&mut *tx, settings_store::SPARRING_ANSWER_DAYS, answer_days)
        .await
        .map_err(internal)?;
    settings_store::set_number(
        &mut *tx,
        settings_store::COMMENT_RETENTION_MONTHS,
        comment_months,
    )
    .await
    .map_err(internal)?;
    settings_store::set_number(&mut *tx, settings_store::DISCLOSURE_THRESHOLD, threshold)
        .await
        .map_err(internal)?;
    let subject = audit::settings(retention, stale, answer_days, comment_months, threshold);
    post.commit(
        tx,
        (Action::SettingChanged, &subject),
        Notice::SettingsSaved,
        "/admin/indstillinger",
    )
    .await
}
