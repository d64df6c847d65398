//! Reading the registry figures back for the dashboard, summed in the database.

use super::Database;
use crate::domain::registry::{NotificationBand, Step, StepKind, StepYear};

/// The `CASE` that puts an age in its [`NotificationBand`] (by its place in `ALL`).
const BAND: &str = "CASE WHEN age <= 1 THEN 0 WHEN age <= 5 THEN 1 WHEN age <= 7 THEN 2 \
                    WHEN age <= 9 THEN 3 WHEN age <= 13 THEN 4 ELSE 5 END";

fn count(n: i64) -> u64 {
    u64::try_from(n).unwrap_or(0)
}

/// Notifications per year and band, `(year, counts in NotificationBand::ALL's order)`, oldest
/// year first; only those from `sender` when given.
pub async fn notifications_by_band(
    db: &Database,
    sender: Option<&str>,
) -> Result<Vec<(u32, [u64; 6])>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> = sqlx::query_as(&format!(
        "SELECT year, {BAND} AS band, SUM(number) FROM notifications \
         WHERE ($1 = '' OR sender = $1) GROUP BY year, {BAND} ORDER BY year"
    ))
    .bind(sender.unwrap_or(""))
    .fetch_all(db.pool())
    .await?;
    let mut out: Vec<(u32, [u64; 6])> = Vec::new();
    for (year, band, n) in rows {
        let year = u32::try_from(year).unwrap_or(0);
        if out.last().is_none_or(|(y, _)| *y != year) {
            out.push((year, [0; 6]));
        }
        if let (Some((_, counts)), Ok(band)) = (out.last_mut(), usize::try_from(band)) {
            if band < NotificationBand::ALL.len() {
                counts[band] = count(n);
            }
        }
    }
    Ok(out)
}

/// The senders named in the notifications, alphabetically.
pub async fn senders(db: &Database) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT DISTINCT sender FROM notifications WHERE sender <> '' ORDER BY sender",
    )
    .fetch_all(db.pool())
    .await
}

/// Notifications per year and sender: `(year, sender, count)`.
pub async fn notifications_by_sender(
    db: &Database,
) -> Result<Vec<(u32, String, u64)>, sqlx::Error> {
    let rows: Vec<(i64, String, i64)> = sqlx::query_as(
        "SELECT year, sender, SUM(number) FROM notifications WHERE sender <> '' \
         GROUP BY year, sender ORDER BY year, sender",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(y, s, n)| (u32::try_from(y).unwrap_or(0), s, count(n)))
        .collect())
}

/// The staircase's steps, least intrusive first.
pub async fn steps(db: &Database) -> Result<Vec<Step>, sqlx::Error> {
    let rows: Vec<(String, i64, String, String, String)> = sqlx::query_as(
        "SELECT step, rank, kind, label_da, label_en FROM staircase_steps ORDER BY rank, step",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(step, rank, kind, label_da, label_en)| Step {
            step,
            rank: u32::try_from(rank).unwrap_or(0),
            kind: StepKind::parse(&kind).unwrap_or(StepKind::Placement),
            label_da,
            label_en,
        })
        .collect())
}

/// Every year's figures, oldest first.
pub async fn staircase(db: &Database) -> Result<Vec<StepYear>, sqlx::Error> {
    let rows: Vec<(i64, String, Option<i64>, Option<i64>)> = sqlx::query_as(
        "SELECT year, step, measures, expenditure_dkk FROM staircase_figures ORDER BY year, step",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(year, step, measures, expenditure)| StepYear {
            year: u32::try_from(year).unwrap_or(0),
            step,
            measures: measures.map(count),
            expenditure_dkk: expenditure.map(count),
        })
        .collect())
}
