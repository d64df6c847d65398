//! The counts behind the three result goals, each made in the database by the store that
//! holds them (registry figures, evaluations, the course register, sparring). What becomes of
//! them – shares, growth, hidden cells – is the indicators' work.

use chrono::{Datelike as _, NaiveDate};

use super::{
    course_store::{self, Scope},
    evaluation_store, institution_store, registry_store,
    sparring_store::{self, Dimension},
    surveys::{ADVICE_RATINGS, PARENTS, PROFESSIONALS, SPARRING_RATINGS, SURVEYS},
    Database,
};
use crate::domain::disclosure::Atom;
use crate::domain::{
    advice::advice_rating_family,
    dashboard::{
        AdviceCounts, DashboardQuery, DifferenceCounts, DistrictCounts, NotificationCounts,
        ProfessionalCounts, StaircaseCounts,
    },
    district::Districts,
    evaluation::QUESTIONS,
    period::{self, Quarter},
    professional_evaluation::{family, rating_family, WorkGroup, RATING_QUESTIONS},
    sparring::{AskerKind, Outcome},
    Agreement, Area, Respondent, Satisfaction,
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
        kinds: registry_store::kinds(db).await?,
    })
}

/// The districts goal 3's figures are broken down by: those the institutions name and those
/// sparring requests kept.
pub async fn districts(db: &Database) -> Result<Districts, sqlx::Error> {
    let mut names = institution_store::district_names(db).await?;
    names.extend(sparring_store::district_names(db).await?);
    Ok(Districts::of(names.iter().map(String::as_str)))
}

/// Goal 3: evaluations, the course register and sparring within `area` and the quarters
/// `span`, the course register and sparring also per district of `districts`.
pub async fn difference(
    db: &Database,
    area: Option<Area>,
    span: (Quarter, Quarter),
    districts: &Districts,
) -> Result<DifferenceCounts, sqlx::Error> {
    let (from, to) = period::months(span.0, span.1);
    let filter = evaluation_store::Filter {
        area,
        from: Some(from.clone()),
        to: Some(to.clone()),
    };
    let scope = period_scope(area, span);
    let parents =
        |question| evaluation_store::answers(db, &PARENTS, question, &filter, Satisfaction::parse);
    let agree = |survey, question| {
        evaluation_store::answers(db, survey, question, &filter, Agreement::parse)
    };
    let [helped, next_step, ask_again] = RATING_QUESTIONS;
    let within = sparring_store::Within {
        kind: AskerKind::Professional,
        area,
        from: from.clone(),
        to: to.clone(),
    };
    let sparring_by = |dimension| sparring_store::counts(db.pool(), dimension, &within);
    let professionals = ProfessionalCounts {
        difference: agree(&PROFESSIONALS, "difference").await?,
        collaboration: evaluation_store::answers(
            db,
            &PROFESSIONALS,
            "collaboration",
            &filter,
            Satisfaction::parse,
        )
        .await?,
        competence: agree(&PROFESSIONALS, "competence").await?,
        groups: evaluation_store::answers(
            db,
            &PROFESSIONALS,
            "work_group",
            &filter,
            WorkGroup::parse,
        )
        .await?,
    };
    Ok(DifferenceCounts {
        satisfaction: [parents(QUESTIONS[0]).await?, parents(QUESTIONS[1]).await?],
        agreement: [
            agree(&PARENTS, QUESTIONS[2]).await?,
            agree(&PARENTS, QUESTIONS[3]).await?,
        ],
        professionals,
        ratings: match area {
            Some(_) => None,
            None => Some([
                agree(&SPARRING_RATINGS, helped).await?,
                agree(&SPARRING_RATINGS, next_step).await?,
                agree(&SPARRING_RATINGS, ask_again).await?,
            ]),
        },
        codes_issued: [
            evaluation_store::issued(db, Respondent::Parent, &filter).await?,
            evaluation_store::issued(db, Respondent::Professional, &filter).await?,
        ],
        sparring_by: [
            sparring_by(Dimension::Role).await?,
            sparring_by(Dimension::Theme).await?,
            sparring_by(Dimension::AgeBand).await?,
        ],
        advice: match area {
            Some(_) => None,
            None => {
                let within = sparring_store::Within {
                    kind: AskerKind::Citizen,
                    ..within.clone()
                };
                let advice_by = |dimension| sparring_store::counts(db.pool(), dimension, &within);
                Some(AdviceCounts {
                    outcomes: sparring_store::outcomes_in(db, &within).await?,
                    by: [
                        advice_by(Dimension::Role).await?,
                        advice_by(Dimension::Theme).await?,
                        advice_by(Dimension::AgeBand).await?,
                    ],
                    ratings: [
                        agree(&ADVICE_RATINGS, helped).await?,
                        agree(&ADVICE_RATINGS, next_step).await?,
                        agree(&ADVICE_RATINGS, ask_again).await?,
                    ],
                    offers_pointed: super::offer_store::pointed(db, &from, &to).await?,
                })
            }
        },
        activity: course_store::activity_by_year(db, &scope).await?,
        meetings_per_course: course_store::meetings_per_course(db.pool(), &scope).await?,
        course_outcomes: course_store::outcomes(db.pool(), &scope).await?,
        sparring: sparring_store::outcomes_in(db, &within).await?,
        by_district: {
            let (started, meetings, outcomes) =
                course_store::by_district(db, &scope, districts).await?;
            let outcome_names: Vec<&str> = Outcome::ALL.iter().map(|o| o.as_str()).collect();
            DistrictCounts {
                districts: districts.clone(),
                started,
                meetings,
                outcomes,
                sparring: sparring_store::outcomes_by_district(
                    db,
                    &within,
                    districts,
                    &outcome_names,
                )
                .await?,
            }
        },
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

/// The anonymous answers as the disclosure audit's atoms – the parents' and professionals'
/// evaluations and the askers' ratings – per family (question), area, quarter and answer (in
/// its scale's order), through quarter `last`. The ratings keep no area: theirs are all in the
/// first, so only pages for every area add them up.
pub async fn evaluation_atoms(db: &Database, last: Quarter) -> Result<Vec<Atom>, sqlx::Error> {
    let (_, through) = period::months(last, last);
    let mut atoms = Vec::new();
    for survey in &SURVEYS {
        let (area, by_area) = if survey.area {
            ("area", "area, ")
        } else {
            ("''", "")
        };
        // The names are fixed (`store::surveys`), never input.
        let rows: Vec<(String, String, String, String, i64)> = sqlx::query_as(&format!(
            "SELECT question, {area}, month, answer, CAST(SUM(n) AS BIGINT) FROM {} \
             WHERE month <= $1 GROUP BY question, {by_area}month, answer",
            survey.counts
        ))
        .bind(&through)
        .fetch_all(db.pool())
        .await?;
        atoms.extend(
            rows.into_iter()
                .filter_map(|(question, area, month, answer, n)| {
                    let area = match survey.area {
                        true => Area::ALL.iter().position(|a| a.as_str() == area)?,
                        false => 0,
                    };
                    let family = if *survey == PARENTS {
                        question.clone()
                    } else if *survey == PROFESSIONALS {
                        family(&question)
                    } else if *survey == SPARRING_RATINGS {
                        rating_family(&question)
                    } else {
                        advice_rating_family(&question)
                    };
                    Some(Atom {
                        family,
                        area,
                        quarter: period::quarter_of_month(&month)?,
                        category: category(&question, &answer)?,
                        n: u64::try_from(n).ok()?,
                    })
                }),
        );
    }
    Ok(atoms)
}

/// The place of `answer` in the scale of `question` (of any questionnaire).
fn category(question: &str, answer: &str) -> Option<usize> {
    let place = |scale: &[&str]| scale.iter().position(|a| *a == answer);
    match question {
        "overall" | "collaboration" => place(&Satisfaction::ALL.map(Satisfaction::as_str)),
        "work_group" => place(
            &WorkGroup::ALL
                .iter()
                .map(|g| g.as_str())
                .collect::<Vec<_>>(),
        ),
        _ => place(&Agreement::ALL.map(Agreement::as_str)),
    }
}
