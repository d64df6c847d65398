//! Storage of the institutions (daycares, childminding groups, schools) the FI team serves.

use sqlx::{Any, Executor};

use super::Database;
use crate::domain::{Area, Institution};

/// Why an institution could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveInstitutionError {
    /// Another institution has this name.
    #[error("another institution has this name")]
    NameTaken,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

fn unique(error: sqlx::Error) -> SaveInstitutionError {
    match error {
        sqlx::Error::Database(e) if e.is_unique_violation() => SaveInstitutionError::NameTaken,
        e => e.into(),
    }
}

/// Adds an institution and returns its id.
pub async fn create<'e>(
    db: impl Executor<'e, Database = Any>,
    name: &str,
    area: Area,
    district: &str,
) -> Result<i64, SaveInstitutionError> {
    sqlx::query_scalar(
        "INSERT INTO institutions (name, area, district, active) VALUES ($1, $2, $3, 1) RETURNING id",
    )
    .bind(name)
    .bind(area.as_str())
    .bind(district)
    .fetch_one(db)
    .await
    .map_err(unique)
}

/// Changes an institution's name, area and district; false when there is no such institution.
pub async fn update<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
    name: &str,
    area: Area,
    district: &str,
) -> Result<bool, SaveInstitutionError> {
    let result =
        sqlx::query("UPDATE institutions SET name = $2, area = $3, district = $4 WHERE id = $1")
            .bind(id)
            .bind(name)
            .bind(area.as_str())
            .bind(district)
            .execute(db)
            .await
            .map_err(unique)?;
    Ok(result.rows_affected() == 1)
}

/// Offers an institution in lists again, or stops offering it (its history stays).
pub async fn set_active<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
    active: bool,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query("UPDATE institutions SET active = $2 WHERE id = $1")
        .bind(id)
        .bind(i64::from(active))
        .execute(db)
        .await?;
    Ok(result.rows_affected() == 1)
}

type Row = (i64, String, String, String, i64);

fn decode((id, name, area, district, active): Row) -> Result<Institution, sqlx::Error> {
    let area = Area::parse(&area).map_err(|_| {
        sqlx::Error::Decode(format!("unknown area {area:?} in institution {id}").into())
    })?;
    Ok(Institution {
        id,
        name,
        area,
        district,
        active: active != 0,
    })
}

/// The active institutions, by area and name.
pub async fn list_active(db: &Database) -> Result<Vec<Institution>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, name, area, district, active FROM institutions WHERE active = 1 ORDER BY area, name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(decode).collect()
}

/// Every institution, active first, by area and name.
pub async fn list_all(db: &Database) -> Result<Vec<Institution>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(
        "SELECT id, name, area, district, active FROM institutions ORDER BY active DESC, area, name",
    )
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(decode).collect()
}

/// One institution.
pub async fn get(db: &Database, id: i64) -> Result<Option<Institution>, sqlx::Error> {
    let row: Option<Row> =
        sqlx::query_as("SELECT id, name, area, district, active FROM institutions WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    row.map(decode).transpose()
}

/// Every district named by an institution, active or not (`""` for none).
pub async fn district_names(db: &Database) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT district FROM institutions")
        .fetch_all(db.pool())
        .await
}
