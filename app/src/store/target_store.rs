//! Storage of the lead's targets (`domain::target`): one per figure, set again to change it.

use super::Database;
use crate::domain::target::{Direction, Target, TargetFigure};

/// Sets `target`, replacing the figure's earlier one.
pub async fn set_target(tx: &mut sqlx::AnyConnection, target: &Target) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO targets (figure, tenths, direction, year) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (figure) DO UPDATE SET tenths = excluded.tenths, \
         direction = excluded.direction, year = excluded.year",
    )
    .bind(target.figure.as_str())
    .bind((target.percent * 10.0).round() as i64)
    .bind(target.direction.as_str())
    .bind(i64::from(target.year))
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// Removes the target of `figure`; whether there was one.
pub async fn remove_target(
    tx: &mut sqlx::AnyConnection,
    figure: TargetFigure,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM targets WHERE figure = $1")
        .bind(figure.as_str())
        .execute(&mut *tx)
        .await?;
    Ok(done.rows_affected() > 0)
}

/// Every target, in the order of [`TargetFigure::ALL`].
pub async fn targets(db: &Database) -> Result<Vec<Target>, sqlx::Error> {
    let rows: Vec<(String, i64, String, i64)> =
        sqlx::query_as("SELECT figure, tenths, direction, year FROM targets")
            .fetch_all(db.pool())
            .await?;
    let mut targets: Vec<Target> = rows
        .into_iter()
        .filter_map(|(figure, tenths, direction, year)| {
            Some(Target {
                figure: TargetFigure::parse(&figure).ok()?,
                percent: tenths as f64 / 10.0,
                direction: Direction::parse(&direction).ok()?,
                year: u32::try_from(year).ok()?,
            })
        })
        .collect();
    targets.sort_by_key(|t| TargetFigure::ALL.iter().position(|f| *f == t.figure));
    Ok(targets)
}
