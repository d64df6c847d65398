//! Sealing the parents' answers a month at a time.
//!
//! An answer is held apart (`evaluations_pending`) from the moment it is sent until its month
//! is sealed: in that time it is in no view, export or report. Sealing moves the answers of
//! every month up to and including `through` to `evaluations` in random order under new random
//! ids, in a transaction of their own; then makes the counts of those months again from the
//! sealed answers, in another; then cleans what the move left behind. So no answer shares a
//! transaction, a row position or a row number with its code, the count rows or the answers
//! sent before and after it.
//!
//! Each step can be cut off by a crash: the move is one transaction (all of a month moves, or
//! none), and the counts are made again from the last sealed month on, so the next seal
//! finishes what a crashed one began. Sealing twice changes nothing.

use rand::{seq::SliceRandom as _, Rng, SeedableRng as _};

use super::{evaluation_store::month_of, Backend, Database};

/// What a seal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// Answers moved.
    pub moved: usize,
    /// The last month sealed (`YYYY-MM`).
    pub through: String,
}

/// An answer as it waits: area, month, the four answers and the comment.
type Waiting = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

/// Seals every answer of the months up to and including `through` (`YYYY-MM`), on `today`.
pub async fn seal(
    db: &Database,
    through: &str,
    today: chrono::NaiveDate,
) -> Result<Sealed, sqlx::Error> {
    let mut rng = rand::rngs::StdRng::from_os_rng();
    seal_with(db, through, today, &mut rng).await
}

/// [`seal`] with the order and the new ids drawn from `rng` (a test's seeded one, to measure
/// the order by seed).
pub async fn seal_with(
    db: &Database,
    through: &str,
    today: chrono::NaiveDate,
    rng: &mut (impl Rng + Send),
) -> Result<Sealed, sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let mut waiting: Vec<Waiting> = sqlx::query_as(
        "SELECT area, month, overall, collaboration, difference, involved, comment \
         FROM evaluations_pending WHERE month <= $1",
    )
    .bind(through)
    .fetch_all(&mut *tx)
    .await?;
    // The order read is the waiting rows' random ids; sorted first, the order written depends
    // on `rng` alone.
    waiting.sort_unstable();
    waiting.shuffle(rng);
    let sealed_month = month_of(today);
    let earliest = waiting.iter().map(|w| w.1.clone()).min();
    for (area, month, overall, collaboration, difference, involved, comment) in &waiting {
        sqlx::query(
            "INSERT INTO evaluations \
             (id, area, month, overall, collaboration, difference, involved, comment, sealed_month) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        )
        .bind(hex::encode(rng.random::<[u8; 16]>()))
        .bind(area)
        .bind(month)
        .bind(overall)
        .bind(collaboration)
        .bind(difference)
        .bind(involved)
        .bind(comment.clone())
        .bind(&sealed_month)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("DELETE FROM evaluations_pending WHERE month <= $1")
        .bind(through)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;

    count_again(db, through, earliest).await?;
    if !waiting.is_empty() {
        clean(db).await?;
    }
    Ok(Sealed {
        moved: waiting.len(),
        through: through.to_owned(),
    })
}

/// Makes the counts of the months from the last seal (or `earliest`, if a month before it was
/// moved) through `through` again from the sealed answers, and notes `through` as sealed.
async fn count_again(
    db: &Database,
    through: &str,
    earliest: Option<String>,
) -> Result<(), sqlx::Error> {
    let mut tx = db.begin_write().await?;
    let last: Option<String> = sqlx::query_scalar("SELECT sealed_through FROM seal_state")
        .fetch_optional(&mut *tx)
        .await?;
    // Nothing moved and the month is noted as sealed: its counts are made already (a seal cut
    // off before its counts left the month unnoted, so that case is made again).
    if earliest.is_none() && last.as_deref().is_some_and(|last| last >= through) {
        return tx.rollback().await;
    }
    // Without an earlier seal every month is made again.
    let from = match (&last, earliest) {
        (None, _) => String::new(),
        (Some(last), Some(earliest)) => earliest.min(last.clone()),
        (Some(last), None) => last.clone(),
    };
    sqlx::query("DELETE FROM evaluation_counts WHERE month >= $1 AND month <= $2")
        .bind(&from)
        .bind(through)
        .execute(&mut *tx)
        .await?;
    for question in crate::domain::evaluation::QUESTIONS {
        // The question is one of four fixed column names, never input.
        sqlx::query(&format!(
            "INSERT INTO evaluation_counts (area, month, question, answer, n) \
             SELECT area, month, '{question}', {question}, COUNT(*) FROM evaluations \
             WHERE month >= $1 AND month <= $2 GROUP BY area, month, {question}"
        ))
        .bind(&from)
        .bind(through)
        .execute(&mut *tx)
        .await?;
    }
    let sealed_through =
        last.map_or_else(|| through.to_owned(), |last| last.max(through.to_owned()));
    sqlx::query("DELETE FROM seal_state")
        .execute(&mut *tx)
        .await?;
    sqlx::query("INSERT INTO seal_state (only_row, sealed_through) VALUES (1, $1)")
        .bind(&sealed_through)
        .execute(&mut *tx)
        .await?;
    tx.commit().await
}

/// Removes what the move left behind: the waiting rows and old counts in free pages, old row
/// versions and the write-ahead log; on PostgreSQL the codes are also written anew in the
/// order of their hashes, so neither their order of issue nor of use is left.
async fn clean(db: &Database) -> Result<(), sqlx::Error> {
    db.wipe_deleted(&["evaluations_pending", "evaluation_counts", "seal_state"])
        .await?;
    if db.backend() == Backend::Postgres {
        let mut conn = db.pool().acquire().await?;
        sqlx::Executor::execute(
            &mut *conn,
            "CLUSTER evaluation_codes USING evaluation_codes_pkey",
        )
        .await?;
    }
    Ok(())
}

/// The last month that has ended on `today` (`YYYY-MM`): what sealing by itself seals through.
pub fn last_ended_month(today: chrono::NaiveDate) -> String {
    today
        .checked_sub_months(chrono::Months::new(1))
        .map_or_else(|| month_of(today), month_of)
}

/// Seals every month that has ended on `today`; logs what it moved (a count, never an answer).
pub async fn seal_ended_months(
    db: &Database,
    today: chrono::NaiveDate,
) -> Result<Sealed, sqlx::Error> {
    let sealed = seal(db, &last_ended_month(today), today).await?;
    if sealed.moved > 0 {
        tracing::info!(moved = sealed.moved, through = %sealed.through, "sealed the parents' answers");
    }
    Ok(sealed)
}

#[cfg(test)]
mod tests {
    use super::last_ended_month;

    #[test]
    fn the_last_ended_month_is_the_one_before_today() {
        let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day");
        assert_eq!(last_ended_month(day("2026-12-01")), "2026-11");
        assert_eq!(last_ended_month(day("2027-01-31")), "2026-12");
    }
}
