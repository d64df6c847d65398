//! Storage of the yearly registry figures (notifications by age, the staircase's kinds of
//! step, its steps and their measures and expenditure): storing an imported file whole, a year imported again
//! replacing that year, and reading the figures back for the dashboard, summed in the database.

use std::collections::{BTreeSet, HashSet};

use super::Database;
use crate::domain::{
    registry::{NotificationBand, Step, StepKind, StepYear},
    registry_import::{FigureRow, NotificationRow},
};

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
            kind,
            label_da,
            label_en,
        })
        .collect())
}

/// The kinds of step, in their order.
pub async fn kinds(db: &Database) -> Result<Vec<StepKind>, sqlx::Error> {
    let rows: Vec<(String, i64, String, String, i64)> = sqlx::query_as(
        "SELECT kind, rank, label_da, label_en, preventive FROM staircase_kinds ORDER BY rank, kind",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(kind, rank, label_da, label_en, preventive)| StepKind {
            kind,
            rank: u32::try_from(rank).unwrap_or(0),
            label_da,
            label_en,
            preventive: preventive != 0,
        })
        .collect())
}

/// The keys of the kinds of step.
pub async fn kind_keys(db: &Database) -> Result<HashSet<String>, sqlx::Error> {
    let keys: Vec<String> = sqlx::query_scalar("SELECT kind FROM staircase_kinds")
        .fetch_all(db.pool())
        .await?;
    Ok(keys.into_iter().collect())
}

/// Stores the kinds of step: new keys are added, known ones get the file's rank, labels and
/// whether they count as preventive (steps refer to kinds, so none is removed). Returns
/// (kinds, 0).
pub async fn store_kinds(
    tx: &mut sqlx::AnyConnection,
    kinds: &[StepKind],
) -> Result<(usize, usize), sqlx::Error> {
    // Ranks are unique within the file, not against kinds it leaves out: those go after it.
    let last: Option<i64> = sqlx::query_scalar("SELECT MAX(rank) FROM staircase_kinds")
        .fetch_one(&mut *tx)
        .await?;
    let shift = last.unwrap_or(0) + 1;
    sqlx::query("UPDATE staircase_kinds SET rank = rank + $1")
        .bind(shift)
        .execute(&mut *tx)
        .await?;
    for kind in kinds {
        sqlx::query(
            "INSERT INTO staircase_kinds (kind, rank, label_da, label_en, preventive) \
             VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (kind) DO UPDATE SET rank = excluded.rank, label_da = excluded.label_da, \
             label_en = excluded.label_en, preventive = excluded.preventive",
        )
        .bind(&kind.kind)
        .bind(i64::from(kind.rank))
        .bind(&kind.label_da)
        .bind(&kind.label_en)
        .bind(i64::from(kind.preventive))
        .execute(&mut *tx)
        .await?;
    }
    Ok((kinds.len(), 0))
}

/// Sets which of the kinds `shown` count as preventive: those in `preventive`. Kinds not in
/// `shown` (imported after the form was drawn) keep theirs. Returns how many kinds changed.
pub async fn set_preventive(
    tx: &mut sqlx::AnyConnection,
    shown: &HashSet<String>,
    preventive: &HashSet<String>,
) -> Result<u64, sqlx::Error> {
    let keys: Vec<(String, i64)> = sqlx::query_as("SELECT kind, preventive FROM staircase_kinds")
        .fetch_all(&mut *tx)
        .await?;
    let mut changed = 0;
    for (key, was) in keys.into_iter().filter(|(key, _)| shown.contains(key)) {
        let now = i64::from(preventive.contains(&key));
        if now != was {
            sqlx::query("UPDATE staircase_kinds SET preventive = $1 WHERE kind = $2")
                .bind(now)
                .bind(&key)
                .execute(&mut *tx)
                .await?;
            changed += 1;
        }
    }
    Ok(changed)
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

fn years<T>(rows: &[T], year: impl Fn(&T) -> u32) -> BTreeSet<u32> {
    rows.iter().map(year).collect()
}

fn big(n: u64) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

/// Stores notifications, replacing every year the file has; returns (lines, years).
pub async fn store_notifications(
    tx: &mut sqlx::AnyConnection,
    rows: &[NotificationRow],
) -> Result<(usize, usize), sqlx::Error> {
    let years = years(rows, |r| r.year);
    for year in &years {
        sqlx::query("DELETE FROM notifications WHERE year = $1")
            .bind(i64::from(*year))
            .execute(&mut *tx)
            .await?;
    }
    for row in rows {
        sqlx::query(
            "INSERT INTO notifications (year, age, sender, number) VALUES ($1, $2, $3, $4)",
        )
        .bind(i64::from(row.year))
        .bind(i64::from(row.age))
        .bind(&row.sender)
        .bind(big(row.number))
        .execute(&mut *tx)
        .await?;
    }
    Ok((rows.len(), years.len()))
}

/// Stores the staircase's steps: new keys are added, known ones get the file's rank, kind and
/// labels (figures refer to steps, so none is removed). Returns (steps, 0).
pub async fn store_steps(
    tx: &mut sqlx::AnyConnection,
    steps: &[Step],
) -> Result<(usize, usize), sqlx::Error> {
    for step in steps {
        sqlx::query(
            "INSERT INTO staircase_steps (step, rank, kind, label_da, label_en) VALUES ($1, $2, $3, $4, $5) \
             ON CONFLICT (step) DO UPDATE SET rank = excluded.rank, kind = excluded.kind, \
             label_da = excluded.label_da, label_en = excluded.label_en",
        )
        .bind(&step.step)
        .bind(i64::from(step.rank))
        .bind(&step.kind)
        .bind(&step.label_da)
        .bind(&step.label_en)
        .execute(&mut *tx)
        .await?;
    }
    Ok((steps.len(), 0))
}

/// The keys of the staircase's steps.
pub async fn step_keys(db: &Database) -> Result<HashSet<String>, sqlx::Error> {
    let keys: Vec<String> = sqlx::query_scalar("SELECT step FROM staircase_steps")
        .fetch_all(db.pool())
        .await?;
    Ok(keys.into_iter().collect())
}

/// Stores staircase figures, replacing every year the file has; returns (lines, years).
pub async fn store_staircase(
    tx: &mut sqlx::AnyConnection,
    rows: &[FigureRow],
) -> Result<(usize, usize), sqlx::Error> {
    let years = years(rows, |r| r.year);
    for year in &years {
        sqlx::query("DELETE FROM staircase_figures WHERE year = $1")
            .bind(i64::from(*year))
            .execute(&mut *tx)
            .await?;
    }
    for row in rows {
        sqlx::query(
            "INSERT INTO staircase_figures (year, step, measures, expenditure_dkk) VALUES ($1, $2, $3, $4)",
        )
        .bind(i64::from(row.year))
        .bind(&row.step)
        .bind(row.measures.map(big))
        .bind(row.expenditure_dkk.map(big))
        .execute(&mut *tx)
        .await?;
    }
    Ok((rows.len(), years.len()))
}
