//! The project lead's figures (role lead): one goal's tables under the page's filters, and the
//! yearly status report with all three.

use leptos::prelude::*;

#[cfg(feature = "ssr")]
use crate::{
    domain::{
        audit::{Action, Actor},
        dashboard::Goal,
    },
    store::{audit_store, AppState},
    web::{
        dashboard::{build, report, report_year},
        request::{app_state, request_lang, require},
    },
};
use crate::{
    domain::{
        dashboard::{Dashboard, DashboardQuery},
        registry::{Step, StepKind},
    },
    web::error::AppError,
};

/// The figures of goal `goal` (1–3) under the filters.
#[server(endpoint = "lead/dashboard")]
pub async fn goal_figures(goal: u8, query: DashboardQuery) -> Result<Dashboard, AppError> {
    let staff = require(crate::domain::access::LEAD)?;
    let state = app_state()?;
    let goal = Goal::from_number(&goal.to_string()).ok_or(AppError::NotFound)?;
    let page = build(
        &state.db,
        state.clock.now().date_naive(),
        goal,
        &query,
        request_lang(),
    )
    .await?;
    viewed(
        &state,
        &staff,
        &format!("goal{} {}", goal.number(), query.to_query_string()),
    )
    .await?;
    Ok(page)
}

/// Notes in the audit log that `staff` was shown figures, and which.
#[cfg(feature = "ssr")]
async fn viewed(
    state: &AppState,
    staff: &crate::domain::CurrentStaff,
    what: &str,
) -> Result<(), AppError> {
    let actor = Actor {
        staff_id: Some(staff.id),
        email: &staff.email,
    };
    audit_store::record(
        state.db.pool(),
        state.clock.now(),
        actor,
        Action::FiguresViewed,
        what.trim(),
    )
    .await?;
    Ok(())
}

/// The status report of `year`: every goal, goals 1 and 2 from the first year to `year`,
/// goal 3 within `year` (when that year has closed; else nothing is shown of it).
#[server(endpoint = "lead/report")]
pub async fn status_report(year: u32) -> Result<Vec<Dashboard>, AppError> {
    let staff = require(crate::domain::access::LEAD)?;
    if !(1990..=2100).contains(&year) {
        return Err(AppError::field(
            "year",
            crate::domain::Problem::OutOfRange {
                min: 1990,
                max: 2100,
            },
        ));
    }
    let state = app_state()?;
    let out = report(
        &state.db,
        state.clock.now().date_naive(),
        year,
        request_lang(),
    )
    .await?;
    viewed(&state, &staff, &format!("report {year}")).await?;
    Ok(out)
}

/// The municipality's kinds of step and its steps, each in their order: the lead chooses
/// which kinds count as preventive.
#[server(endpoint = "lead/step-kinds")]
pub async fn step_kinds() -> Result<(Vec<StepKind>, Vec<Step>), AppError> {
    require(crate::domain::access::LEAD)?;
    let state = app_state()?;
    let kinds = crate::store::registry_store::kinds(&state.db).await?;
    let steps = crate::store::registry_store::steps(&state.db).await?;
    Ok((kinds, steps))
}

/// The years the status report offers (every year with data of any kind) and the one it opens
/// with: the latest year with evaluations, else the latest year of all, else this year.
#[server(endpoint = "lead/report-years")]
pub async fn report_years() -> Result<(Vec<u32>, u32), AppError> {
    require(crate::domain::access::LEAD)?;
    let state = app_state()?;
    let (years, _) = crate::store::dashboard_store::report_years(&state.db).await?;
    let first = report_year(&state.db, state.clock.now().date_naive()).await?;
    Ok((years, first))
}
