//! Storage of evaluation codes and of the parents' answers.
//!
//! A code is kept only as a keyed hash with its area, the month it was issued and the month it
//! expires in; using it sets `used` and nothing else. An answer is held apart
//! (`evaluations_pending`) with its area and month under a random id, in the same transaction
//! that burns the code and with no trace of the code, until its month is sealed
//! (`store::seal`): only sealed answers are counted or read.

use chrono::{Datelike as _, NaiveDate};

use super::{Database, SecretKey};
use crate::domain::{
    evaluation::QUESTIONS, Agreement, Answers, Area, CodeStatus, EvaluationCode, Satisfaction,
};

/// Separates code hashes from every other keyed hash.
const PURPOSE: &str = "evaluation-code";

/// What the database knows about `code` on `today`.
pub async fn code_status(
    db: &Database,
    key: &SecretKey,
    code: &EvaluationCode,
    today: NaiveDate,
) -> Result<CodeStatus, sqlx::Error> {
    let hash = key.keyed_hash(PURPOSE, code.as_str());
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT used, expires_month FROM evaluation_codes WHERE code_hash = $1")
            .bind(hash)
            .fetch_optional(db.pool())
            .await?;
    Ok(match row {
        None => CodeStatus::Unknown,
        Some((used, _)) if used != 0 => CodeStatus::Used,
        Some((_, expires)) if expires < month_of(today) => CodeStatus::Expired,
        Some(_) => CodeStatus::Valid,
    })
}

/// `YYYY-MM` of `day`.
pub fn month_of(day: NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

/// Draws `count` fresh codes for `area`, issued on `today` and valid for at least `valid_days`
/// days (to the end of the month [`last_valid_day`] falls in), stores their hashes in `tx` and
/// returns the codes, which exist nowhere else from now on.
pub async fn issue_codes(
    tx: &mut sqlx::AnyConnection,
    key: &SecretKey,
    area: Area,
    today: NaiveDate,
    valid_days: u32,
    count: usize,
) -> Result<Vec<EvaluationCode>, sqlx::Error> {
    let codes: Vec<EvaluationCode> = (0..count).map(|_| EvaluationCode::generate()).collect();
    insert_codes(tx, key, area, today, valid_days, &codes).await?;
    Ok(codes)
}

/// Stores the hashes of `codes` (see [`issue_codes`]).
pub async fn insert_codes(
    tx: &mut sqlx::AnyConnection,
    key: &SecretKey,
    area: Area,
    today: NaiveDate,
    valid_days: u32,
    codes: &[EvaluationCode],
) -> Result<(), sqlx::Error> {
    let issued_month = month_of(today);
    let expires_month = month_of(last_valid_day(today, valid_days));
    for code in codes {
        sqlx::query(
            "INSERT INTO evaluation_codes (code_hash, area, issued_month, expires_month, used) \
             VALUES ($1, $2, $3, $4, 0)",
        )
        .bind(key.keyed_hash(PURPOSE, code.as_str()))
        .bind(area.as_str())
        .bind(&issued_month)
        .bind(&expires_month)
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// The last day a code issued on `today` may be used: the last day of the month that is
/// `valid_days` ahead, as a code keeps only its month of expiry.
pub fn last_valid_day(today: NaiveDate, valid_days: u32) -> NaiveDate {
    let ahead = today + chrono::Days::new(u64::from(valid_days));
    let first = ahead.with_day(1).unwrap_or(ahead);
    first
        .checked_add_months(chrono::Months::new(1))
        .and_then(|next| next.pred_opt())
        .unwrap_or(ahead)
}

/// Burns `code` and holds `answers` apart until their month is sealed, in one transaction.
/// When the code cannot be used (unknown, used, expired — or used a moment ago by a
/// simultaneous submission) nothing is stored and the reason comes back.
pub async fn submit(
    db: &Database,
    key: &SecretKey,
    code: &EvaluationCode,
    answers: &Answers,
    today: NaiveDate,
) -> Result<Result<(), CodeStatus>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let month = month_of(today);
    // The predicate makes the burn atomic: of two submissions racing with one code, only the
    // first finds `used = 0`.
    let area: Option<String> = sqlx::query_scalar(
        "UPDATE evaluation_codes SET used = 1 \
         WHERE code_hash = $1 AND used = 0 AND expires_month >= $2 RETURNING area",
    )
    .bind(key.keyed_hash(PURPOSE, code.as_str()))
    .bind(&month)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(area) = area else {
        tx.rollback().await?;
        return Ok(Err(code_status(db, key, code, today).await?));
    };
    sqlx::query(
        "INSERT INTO evaluations_pending (id, area, month, overall, collaboration, difference, involved, comment) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
    )
    .bind(hex::encode(rand::random::<[u8; 16]>()))
    .bind(&area)
    .bind(&month)
    .bind(answers.overall.as_str())
    .bind(answers.collaboration.as_str())
    .bind(answers.difference.as_str())
    .bind(answers.involved.as_str())
    .bind(answers.comment.as_ref().map(|c| c.as_str().to_owned()))
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}

/// Which evaluations to count.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this area.
    pub area: Option<Area>,
    /// From this month (`YYYY-MM`), inclusive.
    pub from: Option<String>,
    /// To this month (`YYYY-MM`), inclusive.
    pub to: Option<String>,
}

/// How many evaluations gave each answer to `question` (one of
/// [`crate::domain::evaluation::QUESTIONS`]), counted in the database.
async fn counts(
    db: &Database,
    question: &str,
    filter: &Filter,
) -> Result<Vec<(String, u64)>, sqlx::Error> {
    if !QUESTIONS.contains(&question) {
        return Err(sqlx::Error::ColumnNotFound(question.to_owned()));
    }
    // From the counts sealing makes (see `store::seal`), not from the answers themselves.
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT answer, CAST(SUM(n) AS BIGINT) FROM evaluation_counts WHERE question = $4 \
         AND ($1 = '' OR area = $1) AND ($2 = '' OR month >= $2) AND ($3 = '' OR month <= $3) \
         GROUP BY answer",
    )
    .bind(filter.area.map_or("", Area::as_str))
    .bind(filter.from.clone().unwrap_or_default())
    .bind(filter.to.clone().unwrap_or_default())
    .bind(question)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(answer, n)| (answer, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// Counts per answer of a satisfaction question (`overall` or `collaboration`).
pub async fn satisfaction_counts(
    db: &Database,
    question: &str,
    filter: &Filter,
) -> Result<Vec<(Satisfaction, u64)>, sqlx::Error> {
    Ok(counts(db, question, filter)
        .await?
        .into_iter()
        .filter_map(|(answer, n)| Satisfaction::parse(&answer).ok().map(|a| (a, n)))
        .collect())
}

/// Counts per answer of an agreement question (`difference` or `involved`).
pub async fn agreement_counts(
    db: &Database,
    question: &str,
    filter: &Filter,
) -> Result<Vec<(Agreement, u64)>, sqlx::Error> {
    Ok(counts(db, question, filter)
        .await?
        .into_iter()
        .filter_map(|(answer, n)| Agreement::parse(&answer).ok().map(|a| (a, n)))
        .collect())
}
