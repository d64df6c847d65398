//! Settings an administrator changes in the portal (the rest come from the environment).

use sqlx::{Any, Executor};

use super::Database;

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
    let value: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = $1")
        .bind(key)
        .fetch_optional(db.pool())
        .await?;
    Ok(value.and_then(|v| v.parse().ok()).unwrap_or(default))
}

/// Stores a whole-number setting.
pub async fn set_number<'e>(
    db: impl Executor<'e, Database = Any>,
    (key, _): (&str, i64),
    value: i64,
) -> Result<(), sqlx::Error> {
    // `ON CONFLICT … DO UPDATE` is spelt the same in SQLite and PostgreSQL.
    db.execute(
        sqlx::query(
            "INSERT INTO settings (key, value) VALUES ($1, $2) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        )
        .bind(key)
        .bind(value.to_string()),
    )
    .await?;
    Ok(())
}
