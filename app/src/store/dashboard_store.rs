//! The counts behind the three result goals, each made in the database by the store that
//! holds them (registry figures, evaluations, the course register, sparring). What becomes of
//! them – shares, growth, hidden cells – is the indicators' work.

use chrono::{Datelike as _, NaiveDate};

use super::{
    course_store::{self, Scope},
    evaluation_store, registry_store, sparring_store, Database,
};
use crate::domain::disclosure::Atom;
use crate::domain::{
    dashboard::{DashboardQuery, DifferenceCounts, NotificationCounts, StaircaseCounts},
    evaluation::QUESTIONS,
    period::{self, Quarter},
    Agreement, Area, Satisfaction,
};

/// The years a status report can cover – every year with registry figures, evaluations or
/// courses – and the latest year with evaluations (the report's first choice).
pub async fn report_years(db: &Database) -> Result<(Vec<u32>, Option<u32>), sqlx::Error> {
    let years: Vec<i64> = sqlx::query_scalar(
        "SELECT DISTINCT y FROM ( \
           SELECT CAST(year AS BIGINT) AS y FROM notifications \
           UNION SELECT CAST(year AS BIGINT) FROM staircase_figures \
           UNION SELECT CAST(SUBSTR(month, 1, 4) AS BIGINT) FROM evaluation_counts WHERE n > 0 \
           UNION SELECT CAST(SUBSTR(started_on, 1, 4) AS BIGINT) FROM courses \
         ) AS years ORDER BY y",
    )
    .fetch_all(db.pool())
    .await?;
    let evaluated: Option<String> =
        sqlx::query_scalar("SELECT MAX(SUBSTR(month, 1, 4)) FROM evaluation_counts WHERE n > 0")
            .fetch_one(db.pool())
            .await?;
    Ok((
        years
            .into_iter()
            .filter_map(|y| u32::try_from(y).ok())
            .collect(),
        evaluated.and_then(|y| y.parse().ok()),
    ))
}

/// Goal 1: notifications by age band (from `sender` only, when the query names one) and, for
/// all senders, by sender.
pub async fn notifications(
    db: &Database,
    query: &DashboardQuery,
) -> Result<NotificationCounts, sqlx::Error> {
    let sender = query.sender.as_deref().filter(|s| !s.is_empty());
    let by_band = registry_store::notifications_by_band(db, sender).await?;
    let senders = registry_store::senders(db).await?;
    let by_sender = if sender.is_none() && !senders.is_empty() {
        registry_store::notifications_by_sender(db).await?
    } else {
        Vec::new()
    };
    Ok(NotificationCounts {
        by_band,
        senders,
        by_sender,
    })
}

/// Goal 2: the steps and every year's figures.
pub async fn staircase(db: &Database) -> Result<StaircaseCounts, sqlx::Error> {
    Ok(StaircaseCounts {
        steps: registry_store::steps(db).await?,
        figures: registry_store::staircase(db).await?,
    })
}

/// Goal 3: evaluations, the course register and sparring within `area` and the quarters
/// `span`.
pub async fn difference(
    db: &Database,
    area: Option<Area>,
    span: (Quarter, Quarter),
) -> Result<DifferenceCounts, sqlx::Error> {
    let (from, to) = period::months(span.0, span.1);
    let filter = evaluation_store::Filter {
        area,
        from: Some(from.clone()),
        to: Some(to.clone()),
    };
    let scope = period_scope(area, span);
    Ok(DifferenceCounts {
        satisfaction: [
            evaluation_store::satisfaction_counts(db, QUESTIONS[0], &filter).await?,
            evaluation_store::satisfaction_counts(db, QUESTIONS[1], &filter).await?,
        ],
        agreement: [
            evaluation_store::agreement_counts(db, QUESTIONS[2], &filter).await?,
            evaluation_store::agreement_counts(db, QUESTIONS[3], &filter).await?,
        ],
        activity: course_store::activity_by_year(db, &scope).await?,
        meetings_per_course: course_store::meetings_per_course(db.pool(), &scope).await?,
        course_outcomes: course_store::outcomes(db.pool(), &scope).await?,
        sparring: sparring_store::outcomes_in(db, area, Some(&from), Some(&to)).await?,
    })
}

/// The days of the quarters `span`.
fn period_scope(area: Option<Area>, span: (Quarter, Quarter)) -> Scope {
    let (from, to) = period::months(span.0, span.1);
    let month_start = |m: &str| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok();
    let first = NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default();
    Scope {
        from: month_start(&from).unwrap_or(first),
        to: month_start(&to)
            .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
            .and_then(|d| d.pred_opt())
            .unwrap_or(first),
        area,
    }
}

/// The quarters goal 3 may be published for on `today`: the first with any figures (an
/// evaluation, a course, a sparring request) and the last closed one – ended, and its
/// answers sealed. `None` before any quarter has closed with its answers sealed.
pub async fn publication_window(
    db: &Database,
    today: NaiveDate,
) -> Result<Option<(Quarter, Quarter)>, sqlx::Error> {
    let sealed: Option<String> = sqlx::query_scalar("SELECT sealed_through FROM seal_state")
        .fetch_optional(db.pool())
        .await?;
    let Some(sealed) = sealed else {
        return Ok(None);
    };
    let last = period::last_closed(today.year() as u32, today.month(), Some(&sealed));
    let first: Option<String> = sqlx::query_scalar(
        "SELECT MIN(m) FROM ( \
           SELECT MIN(month) AS m FROM evaluation_counts WHERE n > 0 \
           UNION ALL SELECT MIN(SUBSTR(started_on, 1, 7)) FROM courses \
           UNION ALL SELECT MIN(month) FROM sparring_requests \
         ) AS firsts",
    )
    .fetch_one(db.pool())
    .await?;
    let first = first
        .as_deref()
        .and_then(period::quarter_of_month)
        .unwrap_or(last)
        .min(last);
    Ok(Some((first, last)))
}

/// The parents' answers as the disclosure audit's atoms: per question, area, quarter and
/// answer (in its scale's order), through quarter `last`.
pub async fn evaluation_atoms(db: &Database, last: Quarter) -> Result<Vec<Atom>, sqlx::Error> {
    let (_, through) = period::months(last, last);
    let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(
        "SELECT question, area, month, answer, CAST(SUM(n) AS BIGINT) FROM evaluation_counts \
         WHERE month <= $1 GROUP BY question, area, month, answer",
    )
    .bind(through)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(question, area, month, answer, n)| {
            let area = Area::ALL.iter().position(|a| a.as_str() == area)?;
            let category = match QUESTIONS.iter().position(|q| *q == question)? {
                0 | 1 => Satisfaction::ALL
                    .iter()
                    .position(|a| Satisfaction::parse(&answer).ok() == Some(*a))?,
                _ => Agreement::ALL
                    .iter()
                    .position(|a| Agreement::parse(&answer).ok() == Some(*a))?,
            };
            Some(Atom {
                family: question,
                area,
                quarter: period::quarter_of_month(&month)?,
                category,
                n: u64::try_from(n).ok()?,
            })
        })
        .collect())
}
