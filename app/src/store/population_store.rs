//! Storage of the population by age (`domain::population`): a file stored whole, each year it
//! has replacing that year.

use std::collections::BTreeSet;

use super::Database;
use crate::domain::population::PopulationRow;

/// Stores `rows`, replacing every year they have; returns (ages, years).
pub async fn store_population(
    tx: &mut sqlx::AnyConnection,
    rows: &[PopulationRow],
) -> Result<(usize, usize), sqlx::Error> {
    let years: BTreeSet<u32> = rows.iter().map(|r| r.year).collect();
    for year in &years {
        sqlx::query("DELETE FROM population WHERE year = $1")
            .bind(i64::from(*year))
            .execute(&mut *tx)
            .await?;
    }
    for row in rows {
        sqlx::query("INSERT INTO population (year, age, number) VALUES ($1, $2, $3)")
            .bind(i64::from(row.year))
            .bind(i64::from(row.age))
            .bind(i64::try_from(row.number).unwrap_or(i64::MAX))
            .execute(&mut *tx)
            .await?;
    }
    Ok((rows.len(), years.len()))
}

/// The population of every year imported, by age.
pub async fn population(db: &Database) -> Result<Vec<PopulationRow>, sqlx::Error> {
    let rows: Vec<(i64, i64, i64)> =
        sqlx::query_as("SELECT year, age, number FROM population ORDER BY year, age")
            .fetch_all(db.pool())
            .await?;
    Ok(rows
        .into_iter()
        .map(|(year, age, number)| PopulationRow {
            year: u32::try_from(year).unwrap_or(0),
            age: u32::try_from(age).unwrap_or(0),
            number: u64::try_from(number).unwrap_or(0),
        })
        .collect())
}
