//! `POST /admin/indstillinger` and `POST /admin/indstillinger/kommune`.

use crate::{
    domain::{audit::Action, publishing::Publishing, settings::Settings, Notice},
    i18n::audit,
    store::settings_store,
    web::kit::{internal, Reply, StaffPost},
};

/// The settings page.
const PAGE: &str = "/admin/indstillinger";

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
        Err(errors) => return Err(post.refuse(PAGE, "settings", &[], errors).await),
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
        PAGE,
    )
    .await
}

/// `POST /admin/indstillinger/kommune`: saves what the municipality publishes, which every
/// page reads from then on.
pub async fn save_publishing(post: StaffPost) -> Reply {
    let published = match Publishing::parse(&post.data) {
        Ok(published) => published,
        Err(errors) => return Err(post.refuse(PAGE, "publishing", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    settings_store::set_publishing(&mut tx, &published)
        .await
        .map_err(internal)?;
    let subject = audit::publishing(&published);
    let state = post.state.clone();
    let reply = post
        .commit(
            tx,
            (Action::SettingChanged, &subject),
            Notice::SettingsSaved,
            PAGE,
        )
        .await;
    if reply.is_ok() {
        *state
            .published
            .write()
            .unwrap_or_else(std::sync::PoisonError::into_inner) = published;
    }
    reply
}
