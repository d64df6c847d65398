//! The project lead's indicators (role lead): one page per result goal, the overview and the
//! yearly status report, all from the same tables.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{domain::Area, error::AppError, indicators::table::Table};

/// A result goal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Goal {
    /// 1: notifications move to younger children.
    Notifications,
    /// 2: more preventive and fewer placement measures.
    Staircase,
    /// 3: people around the child experience a positive difference.
    Difference,
}

impl Goal {
    /// The three, in the report's order.
    pub const ALL: [Goal; 3] = [Goal::Notifications, Goal::Staircase, Goal::Difference];

    /// 1, 2 or 3.
    pub fn number(self) -> u8 {
        match self {
            Goal::Notifications => 1,
            Goal::Staircase => 2,
            Goal::Difference => 3,
        }
    }

    /// The goal numbered `n`.
    pub fn from_number(n: &str) -> Option<Goal> {
        Goal::ALL.into_iter().find(|g| g.number().to_string() == n)
    }
}

/// The dashboard's filters, as the address gives them (`?baseline=2015&year=2020&area=skole`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DashboardQuery {
    /// Baseline year (goals 1 and 2); the first year when not given.
    pub baseline: Option<u32>,
    /// The year compared with it; the last year when not given.
    pub year: Option<u32>,
    /// Only notifications from this sender (goal 1).
    pub sender: Option<String>,
    /// Only this area (goal 3).
    pub area: Option<Area>,
    /// From this month, `YYYY-MM` (goal 3).
    pub from: Option<String>,
    /// To this month, `YYYY-MM` (goal 3).
    pub to: Option<String>,
}

impl DashboardQuery {
    /// Reads the filters from the address's values; what is not understood is left out.
    pub fn parse(get: impl Fn(&str) -> String) -> Self {
        let year = |name: &str| {
            get(name)
                .trim()
                .parse()
                .ok()
                .filter(|y| (1990..=2100).contains(y))
        };
        let month = |name: &str| {
            let m = get(name);
            let ok = m.len() == 7
                && m.as_bytes()[4] == b'-'
                && m[..4].parse::<u32>().is_ok()
                && m[5..].parse::<u32>().is_ok_and(|n| (1..=12).contains(&n));
            ok.then_some(m)
        };
        DashboardQuery {
            baseline: year("baseline"),
            year: year("year"),
            sender: Some(get("sender")).filter(|s| !s.trim().is_empty()),
            area: Area::parse(&get("area")).ok(),
            from: month("from"),
            to: month("to"),
        }
    }

    /// The query as address values, for export links.
    pub fn to_query_string(&self) -> String {
        let mut pairs: Vec<(String, String)> = Vec::new();
        let mut add = |k: &str, v: Option<String>| {
            if let Some(v) = v {
                pairs.push((k.to_owned(), v));
            }
        };
        add("baseline", self.baseline.map(|y| y.to_string()));
        add("year", self.year.map(|y| y.to_string()));
        add("sender", self.sender.clone());
        add("area", self.area.map(|a| a.as_str().to_owned()));
        add("from", self.from.clone());
        add("to", self.to.clone());
        pairs
            .iter()
            .map(|(k, v)| format!("{k}={}", encode(v)))
            .collect::<Vec<_>>()
            .join("&")
    }
}

/// Percent-encodes a query value (letters, digits and `-_.~` stay).
fn encode(value: &str) -> String {
    value
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// One goal's figures.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dashboard {
    /// Which goal.
    pub goal: Goal,
    /// Its tables, each drawn as a chart above its data.
    pub tables: Vec<Table>,
    /// Years with figures (goals 1 and 2), for the baseline and year choices.
    pub years: Vec<u32>,
    /// The baseline year used.
    pub baseline: Option<u32>,
    /// The year compared with it.
    pub year: Option<u32>,
    /// Senders named in the notifications (goal 1).
    pub senders: Vec<String>,
    /// The status in sentences, with the figures.
    pub summary: Vec<String>,
}

/// The figures of goal `goal` (1–3) under the filters.
#[server(endpoint = "lead/dashboard")]
pub async fn goal_figures(goal: u8, query: DashboardQuery) -> Result<Dashboard, AppError> {
    use crate::store::{auth::require, dashboard::build, request::request_lang, state::app_state};
    require(crate::domain::access::LEAD)?;
    let state = app_state()?;
    let goal = Goal::from_number(&goal.to_string()).ok_or(AppError::NotFound)?;
    Ok(build(
        &state.db,
        goal,
        &query,
        request_lang(),
        crate::indicators::DEFAULT_THRESHOLD,
    )
    .await?)
}

/// The status report of `year`: every goal, goals 1 and 2 from the first year to `year`,
/// goal 3 within `year`.
#[server(endpoint = "lead/report")]
pub async fn status_report(year: u32) -> Result<Vec<Dashboard>, AppError> {
    use crate::store::{auth::require, dashboard::build, request::request_lang, state::app_state};
    require(crate::domain::access::LEAD)?;
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
    let lang = request_lang();
    let query = DashboardQuery {
        year: Some(year),
        from: Some(format!("{year}-01")),
        to: Some(format!("{year}-12")),
        ..DashboardQuery::default()
    };
    let mut out = Vec::new();
    for goal in Goal::ALL {
        out.push(
            build(
                &state.db,
                goal,
                &query,
                lang,
                crate::indicators::DEFAULT_THRESHOLD,
            )
            .await?,
        );
    }
    Ok(out)
}
