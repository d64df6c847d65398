//! The ledger of published figures: each goal-3 page as it was first shown for its period and
//! area (kept in Danish and English and shown again unchanged), and every figure of the
//! parents' evaluations it showed or hid, which the disclosure audit holds each new page
//! against. A correction is a new, dated version beside the first; both stay in the ledger.

use chrono::NaiveDate;

use super::Database;
use crate::domain::{
    dashboard::Dashboard,
    disclosure::{Figure, Published},
    evaluation::QUESTIONS,
    Lang,
};

/// The families kept in the ledger: the answers to the evaluation's questions, which never
/// change once sealed. (Figures from the course register and sparring may be corrected later;
/// their pages are kept as published, but the audit of a page covers them on that page only.)
pub fn kept(family: &str) -> bool {
    QUESTIONS.contains(&family)
}

/// The page published under `key`, in `lang`, if any: its newest version.
pub async fn page(db: &Database, key: &str, lang: Lang) -> Result<Option<Dashboard>, sqlx::Error> {
    let column = lang.pick("danish", "english");
    let corrected: Option<String> = sqlx::query_scalar(&format!(
        "SELECT {column} FROM published_corrections WHERE key = $1 ORDER BY version DESC LIMIT 1"
    ))
    .bind(key)
    .fetch_optional(db.pool())
    .await?;
    let json = match corrected {
        Some(json) => Some(json),
        None => {
            sqlx::query_scalar(&format!(
                "SELECT {column} FROM published_tables WHERE key = $1"
            ))
            .bind(key)
            .fetch_optional(db.pool())
            .await?
        }
    };
    Ok(json.and_then(|j| serde_json::from_str(&j).ok()))
}

/// Every figure in the ledger.
pub async fn figures(db: &Database) -> Result<Vec<Published>, sqlx::Error> {
    let rows: Vec<(String, i64, i64, i64, i64, Option<i64>)> = sqlx::query_as(
        "SELECT family, areas, from_quarter, to_quarter, categories, value FROM published_figures",
    )
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(family, areas, from, to, categories, value)| Published {
            figure: Figure {
                family,
                areas: u8::try_from(areas).unwrap_or(0),
                from: i32::try_from(from).unwrap_or(0),
                to: i32::try_from(to).unwrap_or(0),
                categories: u128::try_from(categories).unwrap_or(0),
            },
            value: value.and_then(|v| u64::try_from(v).ok()),
        })
        .collect())
}

/// Publishes a page under `key`: both languages and its kept figures, in one transaction.
/// Returns false when another request published it first (then that one is the page).
pub async fn publish(
    db: &Database,
    key: &str,
    day: NaiveDate,
    threshold: u64,
    pages: [&Dashboard; 2],
    figures: &[Published],
) -> Result<bool, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    if !insert_version(&mut tx, key, 1, day, threshold, pages, figures).await? {
        tx.rollback().await?;
        return Ok(false);
    }
    tx.commit().await?;
    Ok(true)
}

/// Publishes version `version` (2 or more) of the page under `key`, in the caller's
/// transaction (which also holds its audit entry). Returns false when that version exists.
pub async fn publish_correction(
    tx: &mut sqlx::AnyConnection,
    key: &str,
    version: u32,
    day: NaiveDate,
    threshold: u64,
    pages: [&Dashboard; 2],
    figures: &[Published],
) -> Result<bool, sqlx::Error> {
    insert_version(tx, key, version, day, threshold, pages, figures).await
}

/// Inserts version `version` of the page under `key` (the first in `published_tables`, later
/// ones in `published_corrections`) and its kept figures; false when that version exists.
async fn insert_version(
    tx: &mut sqlx::AnyConnection,
    key: &str,
    version: u32,
    day: NaiveDate,
    threshold: u64,
    [danish, english]: [&Dashboard; 2],
    figures: &[Published],
) -> Result<bool, sqlx::Error> {
    let json = |d: &Dashboard| serde_json::to_string(d).unwrap_or_default();
    let statement = if version == 1 {
        "INSERT INTO published_tables (key, published_on, threshold, danish, english) \
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT (key) DO NOTHING"
    } else {
        "INSERT INTO published_corrections (key, published_on, threshold, danish, english, version) \
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (key, version) DO NOTHING"
    };
    let mut query = sqlx::query(statement)
        .bind(key)
        .bind(day.format("%Y-%m-%d").to_string())
        .bind(i64::try_from(threshold).unwrap_or(i64::MAX))
        .bind(json(danish))
        .bind(json(english));
    if version > 1 {
        query = query.bind(i64::from(version));
    }
    if query.execute(&mut *tx).await?.rows_affected() == 0 {
        return Ok(false);
    }
    insert_figures(tx, key, version, figures).await?;
    Ok(true)
}

/// The kept figures of version `version` of the page under `key`.
async fn insert_figures(
    tx: &mut sqlx::AnyConnection,
    key: &str,
    version: u32,
    figures: &[Published],
) -> Result<(), sqlx::Error> {
    for p in figures.iter().filter(|p| kept(&p.figure.family)) {
        sqlx::query(
            "INSERT INTO published_figures \
             (table_key, version, family, areas, from_quarter, to_quarter, categories, value) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(key)
        .bind(i64::from(version))
        .bind(&p.figure.family)
        .bind(i64::from(p.figure.areas))
        .bind(i64::from(p.figure.from))
        .bind(i64::from(p.figure.to))
        .bind(i64::try_from(p.figure.categories).unwrap_or(0))
        .bind(p.value.and_then(|v| i64::try_from(v).ok()))
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}
