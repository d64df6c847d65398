//! The audit log of staff actions: who did what, and when. Only staff appear in it.

use sqlx::{Any, Executor};

use super::{clock, Database};
use crate::domain::audit::{Action, Actor, AuditEntry, AuditFilter};

/// How `at` is stored: UTC to the second, so that text order is time order.
const STORED: &str = "%Y-%m-%dT%H:%M:%SZ";

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
    .bind(at.format(STORED).to_string())
    .bind(actor.staff_id)
    .bind(actor.email)
    .bind(action.as_str())
    .bind(subject)
    .execute(db)
    .await?;
    Ok(())
}

/// The start of the Danish day `day` (`YYYY-MM-DD`) as stored, or `default` for no day.
fn bound(day: &str, after: bool, default: &str) -> String {
    match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
        Ok(day) => {
            let day = if after {
                day.succ_opt().unwrap_or(day)
            } else {
                day
            };
            clock::local_day_start(day).format(STORED).to_string()
        }
        Err(_) => default.to_owned(),
    }
}

/// The newest entries first that `filter` lets through, `limit` of them after skipping
/// `offset`, with their moment in Danish time.
pub async fn newest(
    db: &Database,
    filter: &AuditFilter,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let action = Action::parse(&filter.action).map_or("", Action::as_str);
    let who = format!("%{}%", filter.who.trim().to_lowercase());
    let rows: Vec<(String, String, String, String)> = sqlx::query_as(
        "SELECT at, actor, action, subject FROM audit_log \
         WHERE ($1 = '' OR action = $1) AND LOWER(actor) LIKE $2 AND at >= $3 AND at < $4 \
         ORDER BY id DESC LIMIT $5 OFFSET $6",
    )
    .bind(action)
    .bind(who)
    .bind(bound(&filter.from, false, ""))
    .bind(bound(&filter.to, true, "9999-12-31T23:59:59Z"))
    .bind(limit)
    .bind(offset)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(at, actor, action, subject)| AuditEntry {
            at: chrono::DateTime::parse_from_rfc3339(&at)
                .map_or(at, |t| clock::local_text(t.with_timezone(&chrono::Utc))),
            actor,
            action,
            subject,
        })
        .collect())
}
