//! Storage of others' key figures (`domain::comparison`): a file stored whole, each figure it
//! has replacing the one of the same key figure, group and year, and read back in the order the
//! files gave them.

use std::collections::BTreeSet;

use super::Database;
use crate::domain::comparison::ComparisonFigure;

/// Stores `figures`, replacing those with the same key figure, group and year; returns
/// (figures, years).
pub async fn store_comparison(
    tx: &mut sqlx::AnyConnection,
    figures: &[ComparisonFigure],
) -> Result<(usize, usize), sqlx::Error> {
    // A later file's figures go after those already kept, in the file's own order.
    let after: i64 = sqlx::query_scalar(
        "SELECT CAST(COALESCE(MAX(position), 0) AS BIGINT) FROM comparison_figures",
    )
    .fetch_one(&mut *tx)
    .await?;
    for (i, figure) in figures.iter().enumerate() {
        sqlx::query(
            "DELETE FROM comparison_figures WHERE indicator = $1 AND group_key = $2 AND year = $3",
        )
        .bind(&figure.indicator)
        .bind(&figure.group)
        .bind(i64::from(figure.year))
        .execute(&mut *tx)
        .await?;
        sqlx::query(
            "INSERT INTO comparison_figures (indicator, group_key, year, value, position) \
             VALUES ($1, $2, $3, $4, $5)",
        )
        .bind(&figure.indicator)
        .bind(&figure.group)
        .bind(i64::from(figure.year))
        .bind(&figure.value)
        .bind(after + 1 + i64::try_from(i).unwrap_or(i64::MAX - after - 1))
        .execute(&mut *tx)
        .await?;
    }
    let years: BTreeSet<u32> = figures.iter().map(|f| f.year).collect();
    Ok((figures.len(), years.len()))
}

/// Every comparison figure, by year and then in the order the files gave them.
pub async fn comparison(db: &Database) -> Result<Vec<ComparisonFigure>, sqlx::Error> {
    let rows: Vec<(String, String, i64, String)> = sqlx::query_as(
        "SELECT indicator, group_key, year, value FROM comparison_figures ORDER BY year, position",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(indicator, group, year, value)| ComparisonFigure {
            indicator,
            group,
            year: u32::try_from(year).unwrap_or(0),
            value,
        })
        .collect())
}
