//! Sealing the anonymous answers a month at a time: the parents' and the professionals'
//! evaluations and the askers' ratings of sparring (`store::surveys`).
//!
//! An answer is held apart (`evaluations_pending`) from the moment it is sent until its month
//! is sealed: in that time it is in no view, export or report. Sealing moves the answers of
//! every month up to and including `through` to the sealed table in random order under new random
//! ids, in a transaction of their own; then makes the counts of those months again from the
//! sealed answers, in another; then cleans what the move left behind. So no answer shares a
//! transaction, a row position or a row number with its code, the count rows or the answers
//! sent before and after it.
//!
//! Each step can be cut off by a crash: the move is one transaction (all of a month moves, or
//! none), and the counts are made again from the last sealed month on, so the next seal
//! finishes what a crashed one began. Sealing twice changes nothing.

use rand::{seq::SliceRandom as _, Rng, SeedableRng as _};
use sqlx::Row as _;

use super::{
    evaluation_store::month_of,
    surveys::{Survey, SURVEYS},
    Backend, Database,
};

/// What a seal did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sealed {
    /// Answers moved (of every questionnaire).
    pub moved: usize,
    /// The last month sealed (`YYYY-MM`).
    pub through: String,
}

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
    let mut moved = 0;
    let mut earliest: Option<String> = None;
    for survey in &SURVEYS {
        let (n, first) = move_answers(db, survey, through, today, rng).await?;
        moved += n;
        earliest = match (earliest, first) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        };
    }
    count_again(db, through, earliest).await?;
    if moved > 0 {
        clean(db).await?;
    }
    Ok(Sealed {
        moved,
        through: through.to_owned(),
    })
}

/// Moves the waiting answers of `survey` through `through` to its sealed table in random
/// order under new ids, in one transaction; how many, and the earliest month moved.
async fn move_answers(
    db: &Database,
    survey: &Survey,
    through: &str,
    today: chrono::NaiveDate,
    rng: &mut (impl Rng + Send),
) -> Result<(usize, Option<String>), sqlx::Error> {
    let columns = survey.columns();
    let list = columns.join(", ");
    let month = columns.iter().position(|c| *c == "month").unwrap_or(0);
    let mut tx = db.begin_write().await?;
    // The table and column names are fixed above, never input.
    let rows = sqlx::query(&format!(
        "SELECT {list} FROM {} WHERE month <= $1",
        survey.pending
    ))
    .bind(through)
    .fetch_all(&mut *tx)
    .await?;
    let mut waiting = rows
        .iter()
        .map(|row| {
            (0..columns.len())
                .map(|i| row.try_get::<Option<String>, _>(i))
                .collect::<Result<Vec<_>, _>>()
        })
        .collect::<Result<Vec<_>, _>>()?;
    // The order read is the waiting rows' random ids; sorted first, the order written depends
    // on `rng` alone.
    waiting.sort_unstable();
    waiting.shuffle(rng);
    let sealed_month = month_of(today);
    let earliest = waiting.iter().filter_map(|w| w[month].clone()).min();
    let places: Vec<String> = (1..=columns.len() + 2).map(|i| format!("${i}")).collect();
    let insert = format!(
        "INSERT INTO {} (id, {list}, sealed_month) VALUES ({})",
        survey.sealed,
        places.join(", ")
    );
    for answer in &waiting {
        let mut query = sqlx::query(&insert).bind(hex::encode(rng.random::<[u8; 16]>()));
        for value in answer {
            query = query.bind(value.clone());
        }
        query.bind(&sealed_month).execute(&mut *tx).await?;
    }
    sqlx::query(&format!("DELETE FROM {} WHERE month <= $1", survey.pending))
        .bind(through)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok((waiting.len(), earliest))
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
    for survey in &SURVEYS {
        sqlx::query(&format!(
            "DELETE FROM {} WHERE month >= $1 AND month <= $2",
            survey.counts
        ))
        .bind(&from)
        .bind(through)
        .execute(&mut *tx)
        .await?;
        let area = survey.area_column();
        for question in survey.questions {
            // The names are fixed column names, never input.
            sqlx::query(&format!(
                "INSERT INTO {counts} ({area}month, question, answer, n) \
                 SELECT {area}month, '{question}', {question}, COUNT(*) FROM {sealed} \
                 WHERE month >= $1 AND month <= $2 GROUP BY {area}month, {question}",
                counts = survey.counts,
                sealed = survey.sealed,
            ))
            .bind(&from)
            .bind(through)
            .execute(&mut *tx)
            .await?;
        }
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
/// versions and the write-ahead log; on PostgreSQL the codes and the marks of rated receipts
/// are also written anew in the order of their hashes, so neither their order of issue nor of
/// use is left.
async fn clean(db: &Database) -> Result<(), sqlx::Error> {
    let mut tables: Vec<&str> = SURVEYS.iter().flat_map(|s| [s.pending, s.counts]).collect();
    tables.push("seal_state");
    db.wipe_deleted(&tables).await?;
    if db.backend() == Backend::Postgres {
        let mut conn = db.pool().acquire().await?;
        for (table, index) in [
            ("evaluation_codes", "evaluation_codes_pkey"),
            ("sparring_rated", "sparring_rated_pkey"),
        ] {
            sqlx::Executor::execute(
                &mut *conn,
                format!("CLUSTER {table} USING {index}").as_str(),
            )
            .await?;
        }
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
