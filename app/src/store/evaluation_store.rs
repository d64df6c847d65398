//! Storage of evaluation codes and of the parents' and professionals' answers.
//!
//! A code is kept only as a keyed hash with its area, the month it was issued and the month it
//! expires in, and whom it is for; using it sets `used` and nothing else. An answer is held
//! apart (`evaluations_pending`, `professional_evaluations_pending`) with its area and month
//! under a random id, in the same transaction that burns the code and with no trace of the
//! code, until its month is sealed (`store::seal`): only sealed answers are counted or read.

use chrono::{Datelike as _, NaiveDate};

use super::{surveys::Survey, Database, SecretKey};
use crate::domain::{
    professional_evaluation::ProfessionalAnswers, Answers, Area, CodeStatus, EvaluationCode,
    Respondent,
};

/// Separates code hashes from every other keyed hash.
const PURPOSE: &str = "evaluation-code";

/// What the database knows about `code` on `today`, typed into the form for `form`: a code
/// for the other form says so first.
pub async fn code_status(
    db: &Database,
    key: &SecretKey,
    code: &EvaluationCode,
    form: Respondent,
    today: NaiveDate,
) -> Result<CodeStatus, sqlx::Error> {
    let hash = key.keyed_hash(PURPOSE, code.as_str());
    let row: Option<(i64, String, String)> = sqlx::query_as(
        "SELECT used, expires_month, respondent FROM evaluation_codes WHERE code_hash = $1",
    )
    .bind(hash)
    .fetch_optional(db.pool())
    .await?;
    let Some((used, expires, respondent)) = row else {
        return Ok(CodeStatus::Unknown);
    };
    let respondent = Respondent::parse(&respondent)
        .map_err(|_| sqlx::Error::Decode("unexpected respondent in evaluation_codes".into()))?;
    Ok(match respondent.on_form_of(form) {
        Some(elsewhere) => elsewhere,
        None if used != 0 => CodeStatus::Used,
        None if expires < month_of(today) => CodeStatus::Expired,
        None => CodeStatus::Valid,
    })
}

/// A set of codes to draw: for whom, in which area, issued when and valid how long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Issue {
    pub respondent: Respondent,
    pub area: Area,
    pub today: NaiveDate,
    pub valid_days: u32,
}

/// `YYYY-MM` of `day`.
pub fn month_of(day: NaiveDate) -> String {
    day.format("%Y-%m").to_string()
}

/// Draws `count` fresh codes as `issue` says, valid for at least its `valid_days` days (to
/// the end of the month [`last_valid_day`] falls in), stores their hashes in `tx` and returns
/// the codes, which exist nowhere else from now on.
pub async fn issue_codes(
    tx: &mut sqlx::AnyConnection,
    key: &SecretKey,
    issue: Issue,
    count: usize,
) -> Result<Vec<EvaluationCode>, sqlx::Error> {
    let codes: Vec<EvaluationCode> = (0..count).map(|_| EvaluationCode::generate()).collect();
    insert_codes(tx, key, issue, &codes).await?;
    Ok(codes)
}

/// Stores the hashes of `codes` (see [`issue_codes`]).
pub async fn insert_codes(
    tx: &mut sqlx::AnyConnection,
    key: &SecretKey,
    issue: Issue,
    codes: &[EvaluationCode],
) -> Result<(), sqlx::Error> {
    let issued_month = month_of(issue.today);
    let expires_month = month_of(last_valid_day(issue.today, issue.valid_days));
    for code in codes {
        sqlx::query(
            "INSERT INTO evaluation_codes (code_hash, area, issued_month, expires_month, used, respondent) \
             VALUES ($1, $2, $3, $4, 0, $5)",
        )
        .bind(key.keyed_hash(PURPOSE, code.as_str()))
        .bind(issue.area.as_str())
        .bind(&issued_month)
        .bind(&expires_month)
        .bind(issue.respondent.as_str())
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

/// How many codes for `respondent` were issued in the filter's months and area: what a
/// response rate is measured against.
pub async fn issued(
    db: &Database,
    respondent: Respondent,
    filter: &Filter,
) -> Result<u64, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM evaluation_codes WHERE respondent = $4 \
         AND ($1 = '' OR area = $1) AND ($2 = '' OR issued_month >= $2) AND ($3 = '' OR issued_month <= $3)",
    )
    .bind(filter.area.map_or("", Area::as_str))
    .bind(filter.from.clone().unwrap_or_default())
    .bind(filter.to.clone().unwrap_or_default())
    .bind(respondent.as_str())
    .fetch_one(db.pool())
    .await?;
    Ok(u64::try_from(n).unwrap_or(0))
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

/// A complete answer to one of the two course evaluations.
#[derive(Debug, Clone)]
pub enum Submission {
    Parent(Answers),
    Professional(ProfessionalAnswers),
}

impl Submission {
    /// Whom the answers are from.
    pub fn respondent(&self) -> Respondent {
        match self {
            Submission::Parent(_) => Respondent::Parent,
            Submission::Professional(_) => Respondent::Professional,
        }
    }
}

/// Burns `code` and holds the answers apart until their month is sealed, in one transaction.
/// When the code cannot be used (unknown, for the other form, used, expired — or used a
/// moment ago by a simultaneous submission) nothing is stored and the reason comes back.
pub async fn submit(
    db: &Database,
    key: &SecretKey,
    code: &EvaluationCode,
    answers: &Submission,
    today: NaiveDate,
) -> Result<Result<(), CodeStatus>, sqlx::Error> {
    let respondent = answers.respondent();
    let mut tx = db.begin_write().await?;
    let month = month_of(today);
    // The predicate makes the burn atomic: of two submissions racing with one code, only the
    // first finds `used = 0`.
    let area: Option<String> = sqlx::query_scalar(
        "UPDATE evaluation_codes SET used = 1 \
         WHERE code_hash = $1 AND used = 0 AND expires_month >= $2 AND respondent = $3 RETURNING area",
    )
    .bind(key.keyed_hash(PURPOSE, code.as_str()))
    .bind(&month)
    .bind(respondent.as_str())
    .fetch_optional(&mut *tx)
    .await?;
    let Some(area) = area else {
        tx.rollback().await?;
        return Ok(Err(code_status(db, key, code, respondent, today).await?));
    };
    let id = hex::encode(rand::random::<[u8; 16]>());
    let comment = |c: &Option<crate::domain::Comment>| c.as_ref().map(|c| c.as_str().to_owned());
    match answers {
        Submission::Parent(a) => sqlx::query(
            "INSERT INTO evaluations_pending (id, area, month, overall, collaboration, difference, involved, comment) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(&area)
        .bind(&month)
        .bind(a.overall.as_str())
        .bind(a.collaboration.as_str())
        .bind(a.difference.as_str())
        .bind(a.involved.as_str())
        .bind(comment(&a.comment)),
        Submission::Professional(a) => sqlx::query(
            "INSERT INTO professional_evaluations_pending (id, area, month, difference, collaboration, competence, work_group, comment) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        )
        .bind(id)
        .bind(&area)
        .bind(&month)
        .bind(a.difference.as_str())
        .bind(a.collaboration.as_str())
        .bind(a.competence.as_str())
        .bind(a.work_group.as_str())
        .bind(comment(&a.comment)),
    }
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

/// How many answers of `survey` gave each answer to `question` (one of its questions),
/// counted in the database; a survey without areas ignores the filter's area.
async fn counts(
    db: &Database,
    survey: &Survey,
    question: &str,
    filter: &Filter,
) -> Result<Vec<(String, u64)>, sqlx::Error> {
    if !survey.questions.contains(&question) {
        return Err(sqlx::Error::ColumnNotFound(question.to_owned()));
    }
    let area = if survey.area {
        "($1 = '' OR area = $1)"
    } else {
        "$1 = $1"
    };
    // From the counts sealing makes (see `store::seal`), not from the answers themselves.
    let rows: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT answer, CAST(SUM(n) AS BIGINT) FROM {} WHERE question = $4 \
         AND {area} AND ($2 = '' OR month >= $2) AND ($3 = '' OR month <= $3) \
         GROUP BY answer",
        survey.counts
    ))
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

/// Counts per answer of `question` of `survey`, read by `parse` (the question's scale);
/// answers the scale does not know are left out.
pub async fn answers<A>(
    db: &Database,
    survey: &Survey,
    question: &str,
    filter: &Filter,
    parse: impl Fn(&str) -> Result<A, crate::domain::Problem>,
) -> Result<Vec<(A, u64)>, sqlx::Error> {
    Ok(counts(db, survey, question, filter)
        .await?
        .into_iter()
        .filter_map(|(answer, n)| parse(&answer).ok().map(|a| (a, n)))
        .collect())
}
