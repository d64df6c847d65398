//! The counts behind the three result goals, each made in the database by the store that
//! holds them (registry figures, evaluations, the course register, sparring). What becomes of
//! them – shares, growth, hidden cells – is the indicators' work.

use chrono::NaiveDate;

use super::{
    course_store::{self, Scope},
    evaluation_store, registry_store, sparring_store, Database,
};
use crate::domain::{
    dashboard::{DashboardQuery, DifferenceCounts, NotificationCounts, StaircaseCounts},
    evaluation::QUESTIONS,
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

/// Goal 3: evaluations, the course register and sparring within the query's area and months.
pub async fn difference(
    db: &Database,
    query: &DashboardQuery,
) -> Result<DifferenceCounts, sqlx::Error> {
    let filter = evaluation_store::Filter {
        area: query.area,
        from: query.from.clone(),
        to: query.to.clone(),
    };
    let scope = period_scope(query);
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
        sparring: sparring_store::outcomes_in(
            db,
            query.area,
            query.from.as_deref(),
            query.to.as_deref(),
        )
        .await?,
    })
}

/// The days of the query's period (`from`/`to` months), all days when not given.
pub fn period_scope(query: &DashboardQuery) -> Scope {
    let month_start = |m: &str| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok();
    let from = query
        .from
        .as_deref()
        .and_then(month_start)
        .unwrap_or(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default());
    let to = query
        .to
        .as_deref()
        .and_then(month_start)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or_default());
    Scope {
        from,
        to,
        area: query.area,
    }
}
