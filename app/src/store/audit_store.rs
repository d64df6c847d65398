//! The audit log of staff actions: who did what, and when. Only staff appear in it.

use sqlx::{Any, Executor};

use super::Database;
use crate::domain::audit::{Action, Actor, AuditEntry};

/// Writes one entry. `at` is UTC to the second.
pub async fn record<'e>(
    db: impl Executor<'e, Database = Any>,
    at: chrono::DateTime<chrono::Utc>,
    actor: Actor<'_>,
    action: Action,
    subject: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (at, staff_id, actor, action, subject) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(at.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    .bind(actor.staff_id)
    .bind(actor.email)
    .bind(action.as_str())
    .bind(subject)
    .execute(db)
    .await?;
    Ok(())
}

/// The newest entries first, `limit` of them after skipping `offset`.
pub async fn newest(
    db: &Database,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT at, actor, action, subject FROM audit_log ORDER BY id DESC LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, actor, action, subject)| AuditEntry {
            at,
            actor,
            action,
            subject,
        })
        .collect())
}
