//! Settings an administrator changes in the portal (the rest come from the environment).

use sqlx::{Any, Executor};

use super::Database;
use crate::domain::{publishing::Publishing, settings::Settings, Lang};

/// Days after closing at which a sparring request's texts are deleted.
pub const SPARRING_RETENTION_DAYS: (&str, i64) = ("sparring_retention_days", 180);
/// Days without activity after which an open sparring request is closed and its texts deleted.
pub const SPARRING_STALE_DAYS: (&str, i64) = ("sparring_stale_days", 180);

/// Working days within which the team usually answers a sparring request (told to askers).
pub const SPARRING_ANSWER_DAYS: (&str, i64) = ("sparring_answer_days", 3);

/// Months after sealing at which the parents' comments are deleted (the answers stay).
pub const COMMENT_RETENTION_MONTHS: (&str, i64) = ("comment_retention_months", 12);

/// The smallest group any figure shows (never below `domain::disclosure::MIN_THRESHOLD`).
pub const DISCLOSURE_THRESHOLD: (&str, i64) = (
    "disclosure_threshold",
    crate::domain::disclosure::DEFAULT_THRESHOLD as i64,
);

/// The disclosure threshold in force.
pub async fn threshold(db: &Database) -> Result<u64, sqlx::Error> {
    let n = number(db, DISCLOSURE_THRESHOLD).await?;
    Ok(u64::try_from(n)
        .unwrap_or(0)
        .max(crate::domain::disclosure::MIN_THRESHOLD))
}

/// A whole-number setting, or its default when unset (or unreadable).
pub async fn number(db: &Database, (key, default): (&str, i64)) -> Result<i64, sqlx::Error> {
    let value = text(db, key).await?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(default))
}

/// Stores a whole-number setting.
pub async fn set_number<'e>(
    db: impl Executor<'e, Database = Any>,
    (key, _): (&str, i64),
    value: i64,
) -> Result<(), sqlx::Error> {
    set_text(db, key, &value.to_string()).await
}

/// A text setting, or `None` when unset.
async fn text(db: &Database, key: &str) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(db.pool())
        .await
}

// `ON CONFLICT … DO UPDATE` is spelt the same in SQLite and PostgreSQL.
async fn set_text<'e>(
    db: impl Executor<'e, Database = Any>,
    key: &str,
    value: &str,
) -> Result<(), sqlx::Error> {
    db.execute(
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value),
    )
    .await?;
    Ok(())
}

/// The keys of the published details, in [`Publishing`]'s order.
const PUBLISHING: [&str; 6] = [
    "publishing_controller",
    "publishing_contact",
    "publishing_dpo",
    "publishing_notification_url",
    "publishing_accessibility_url",
    "publishing_parents_languages",
];

/// What the municipality publishes; unset details as [`Publishing::defaults`] has them.
pub async fn publishing(db: &Database, municipality: &str) -> Result<Publishing, sqlx::Error> {
    let mut published = Publishing::defaults(municipality);
    let [controller, contact, dpo, notification, accessibility, languages] = PUBLISHING;
    if let Some(value) = text(db, controller).await? {
        published.controller = value;
    }
    for (key, field) in [
        (contact, &mut published.contact),
        (dpo, &mut published.dpo),
        (notification, &mut published.notification_url),
        (accessibility, &mut published.accessibility_url),
    ] {
        if let Some(value) = text(db, key).await? {
            *field = value;
        }
    }
    if let Some(codes) = text(db, languages).await? {
        published.parents_languages = Lang::ALL
            .into_iter()
            .filter(|lang| *lang == Lang::Da || codes.split(',').any(|c| c == lang.code()))
            .collect();
    }
    Ok(published)
}

/// Stores what the municipality publishes.
pub async fn set_publishing(
    tx: &mut sqlx::Transaction<'static, Any>,
    published: &Publishing,
) -> Result<(), sqlx::Error> {
    let codes: Vec<&str> = published
        .parents_languages
        .iter()
        .map(|lang| lang.code())
        .collect();
    let values = [
        published.controller.as_str(),
        &published.contact,
        &published.dpo,
        &published.notification_url,
        &published.accessibility_url,
        &codes.join(","),
    ];
    for (key, value) in PUBLISHING.into_iter().zip(values) {
        set_text(&mut **tx, key, value).await?;
    }
    Ok(())
}

/// The administrator's settings in force.
pub async fn settings(db: &Database) -> Result<Settings, sqlx::Error> {
    Ok(Settings {
        after_closing: number(db, SPARRING_RETENTION_DAYS).await?,
        without_activity: number(db, SPARRING_STALE_DAYS).await?,
        answer_days: number(db, SPARRING_ANSWER_DAYS).await?,
        comment_months: number(db, COMMENT_RETENTION_MONTHS).await?,
        threshold: i64::try_from(threshold(db).await?).unwrap_or(i64::MAX),
    })
}
