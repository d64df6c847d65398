//! The sealed parents' and professionals' comments: read a month and an area at a time,
//! deleted after their retention.

use super::{
    surveys::{Survey, PARENTS, PROFESSIONALS},
    Database,
};
use crate::domain::{parent_comments::MonthOfComments, Area};

/// Every sealed area and month of `survey` (the parents' or the professionals') with its
/// number of answers and its comments, in the order of the answers' random ids.
pub async fn months(db: &Database, survey: &Survey) -> Result<Vec<MonthOfComments>, sqlx::Error> {
    let table = survey.sealed;
    // The table's name is fixed (`store::seal`), never input.
    let answered: Vec<(String, String, i64)> = sqlx::query_as(&format!(
        "SELECT area, month, COUNT(*) FROM {table} GROUP BY area, month ORDER BY area, month"
    ))
    .fetch_all(db.pool())
    .await?;
    let comments: Vec<(String, String, String)> = sqlx::query_as(&format!(
        "SELECT area, month, comment FROM {table} WHERE comment IS NOT NULL ORDER BY id"
    ))
    .fetch_all(db.pool())
    .await?;
    Ok(answered
        .into_iter()
        .filter_map(|(area, month, n)| {
            let texts = comments
                .iter()
                .filter(|(a, m, _)| *a == area && *m == month)
                .map(|(_, _, text)| text.clone())
                .collect();
            Some(MonthOfComments {
                area: Area::parse(&area).ok()?,
                month,
                answers: u64::try_from(n).unwrap_or(0),
                comments: texts,
            })
        })
        .collect())
}

/// Deletes the comments of the parents' and professionals' answers sealed in `last_month`
/// (`YYYY-MM`) or before; the answers stay. Returns how many went.
pub async fn delete_sealed_through(db: &Database, last_month: &str) -> Result<u64, sqlx::Error> {
    let mut deleted = 0;
    for survey in [PARENTS, PROFESSIONALS] {
        deleted += sqlx::query(&format!(
            "UPDATE {} SET comment = NULL WHERE comment IS NOT NULL AND sealed_month <= $1",
            survey.sealed
        ))
        .bind(last_month)
        .execute(db.pool())
        .await?
        .rows_affected();
    }
    if deleted > 0 {
        db.wipe_deleted(&[PARENTS.sealed, PROFESSIONALS.sealed])
            .await?;
    }
    Ok(deleted)
}
