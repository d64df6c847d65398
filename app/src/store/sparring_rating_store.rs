//! Storage of the askers' ratings of closed sparring requests.
//!
//! A rating refers to nothing: it keeps the month it was given and the three answers, waits
//! apart until its month is sealed (`store::seal`), and is counted only then. That a receipt
//! has rated is kept in `sparring_rated` as a keyed hash of the receipt under a purpose of its
//! own: the request's hash of the same receipt does not lead to it, so the database tells which
//! receipts rated only to someone who has the receipts.

use chrono::NaiveDate;

use super::{
    evaluation_store::month_of,
    sparring_store,
    surveys::{ADVICE_RATINGS, SPARRING_RATINGS},
    Database, SecretKey,
};
use crate::domain::{
    professional_evaluation::SparringRating,
    sparring::{AskerKind, ReceiptCode, SparringStatus},
};

/// Separates the marks of rated receipts from every other keyed hash.
const PURPOSE: &str = "sparring-rated";

/// Why a rating was not stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// No request (with its texts) has this receipt.
    Unknown,
    /// The request is not closed yet.
    Open,
    /// This receipt has rated already (perhaps a moment ago, in another tab).
    Rated,
}

/// Whether the receipt has rated its request.
pub async fn rated(
    db: &Database,
    key: &SecretKey,
    receipt: &ReceiptCode,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM sparring_rated WHERE mark = $1")
        .bind(key.keyed_hash(PURPOSE, receipt.as_str()))
        .fetch_one(db.pool())
        .await?;
    Ok(n > 0)
}

/// Stores `rating` for the closed request behind `receipt`, once per receipt: the mark and
/// the rating in one transaction, so of two simultaneous ratings only one is kept.
pub async fn rate(
    db: &Database,
    key: &SecretKey,
    receipt: &ReceiptCode,
    rating: &SparringRating,
    today: NaiveDate,
) -> Result<Result<(), Refusal>, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let found: Option<(String, String)> =
        sqlx::query_as("SELECT status, asker_kind FROM sparring_requests WHERE receipt_hash = $1")
            .bind(sparring_store::receipt_hash(key, receipt))
            .fetch_optional(&mut *tx)
            .await?;
    let (status, kind) = found.unzip();
    let refusal = match status.as_deref().map(SparringStatus::parse) {
        None => Some(Refusal::Unknown),
        Some(Ok(SparringStatus::Closed)) => None,
        Some(_) => Some(Refusal::Open),
    };
    if let Some(refusal) = refusal {
        tx.rollback().await?;
        return Ok(Err(refusal));
    }
    let marked =
        sqlx::query("INSERT INTO sparring_rated (mark) VALUES ($1) ON CONFLICT DO NOTHING")
            .bind(key.keyed_hash(PURPOSE, receipt.as_str()))
            .execute(&mut *tx)
            .await?;
    if marked.rows_affected() != 1 {
        tx.rollback().await?;
        return Ok(Err(Refusal::Rated));
    }
    let [helped, next_step, ask_again] = rating.answers().map(|a| a.as_str());
    // Citizens' ratings are a questionnaire of their own: only its table tells the kind.
    let survey = match kind.as_deref().map(AskerKind::parse) {
        Some(Ok(AskerKind::Citizen)) => ADVICE_RATINGS,
        _ => SPARRING_RATINGS,
    };
    sqlx::query(&format!(
        "INSERT INTO {} (id, month, helped, next_step, ask_again) VALUES ($1, $2, $3, $4, $5)",
        survey.pending
    ))
    .bind(hex::encode(rand::random::<[u8; 16]>()))
    .bind(month_of(today))
    .bind(helped)
    .bind(next_step)
    .bind(ask_again)
    .execute(&mut *tx)
    .await?;
    tx.commit().await?;
    Ok(Ok(()))
}
