//! Texts of the project lead's pages: the indicators, the imports and the status report.

use crate::domain::{dashboard::Goal, Lang};

crate::texts! {
    /// Texts of the lead's pages.
    pub struct DashboardText {
        /// Overview title.
        pub title: &'static str,
        /// Overview introduction.
        pub intro: &'static str,
        /// Link to a goal's page.
        pub open_goal: &'static str,
        /// Link to the imports.
        pub imports: &'static str,
        /// Link to the status report.
        pub report: &'static str,
        /// Filter: baseline year.
        pub baseline: &'static str,
        /// Filter: year compared.
        pub year: &'static str,
        pub sender: &'static str,
        pub area: &'static str,
        /// Filter: the period (goal 3).
        pub period: &'static str,
        /// The period choice's hint.
        pub period_hint: &'static str,
        /// "Since the start".
        pub since_start: &'static str,
        /// A quarter: `{q}` and `{year}`.
        pub quarter: crate::i18n::catalogue::Template,
        /// Above goal 3's figures: `{period}` (the quarters covered) and `{day}` it was published.
        pub published: crate::i18n::catalogue::Template,
        /// Under it, for a correction: `{v}` its version, `{day}` and `{first}` the first's day.
        pub corrected: crate::i18n::catalogue::Template,
        /// The form that publishes a corrected version: title, hint and button.
        pub correct_title: &'static str,
        pub correct_hint: &'static str,
        pub correct: &'static str,
        /// Goal 3 asked for a period that has not closed yet.
        pub not_closed: &'static str,
        pub all: &'static str,
        /// Filter button.
        pub show: &'static str,
        /// Heading above the filters.
        pub filters: &'static str,
        /// Download as CSV.
        pub csv: &'static str,
        /// Download as XLSX.
        pub xlsx: &'static str,
        /// The link to the CSV with commas and decimal points.
        pub csv_standard: &'static str,
        /// The note on suppression.
        pub suppression: crate::i18n::catalogue::Template,
        /// A chart's accessible name ends with this.
        pub chart_hint: &'static str,
        /// Nothing imported yet.
        pub no_figures: &'static str,
        /// Under goal 3's table by district: what it leaves out and why much is hidden.
        pub districts_note: &'static str,
        /// Small groups hidden (legend of the grey segment).
        pub hidden: &'static str,
        /// Imports: title.
        pub import_title: &'static str,
        /// Imports: text.
        pub import_intro: &'static str,
        /// Imports: notifications heading and format.
        pub import_notifications: [&'static str; 2],
        /// Imports: steps heading and format.
        pub import_steps: [&'static str; 2],
        /// Imports: figures heading and format.
        pub import_staircase: [&'static str; 2],
        /// Imports: stored (`{a}` lines, `{b}` years).
        pub imported: crate::i18n::catalogue::Template,
        /// Imports: the population by age, heading and format.
        pub import_population: [&'static str; 2],
        /// Imports: others' key figures, heading and format.
        pub import_comparison: [&'static str; 2],
        /// Imports: the year of a comparison file without years, and its hint.
        pub import_year: &'static str,
        pub import_year_hint: &'static str,
        /// Imports: comparison figures stored (`{a}` figures, `{b}` years).
        pub imported_figures: crate::i18n::catalogue::Template,
        /// Report: title (`{year}`).
        pub report_title: crate::i18n::catalogue::Template,
        /// Report: introduction (`{year}`).
        pub report_intro: crate::i18n::catalogue::Template,
        /// Report: print button.
        pub print: &'static str,
        /// Report: the link to the whole report as a workbook.
        pub report_xlsx: &'static str,
        /// Report: choose year.
        pub report_year: &'static str,
        /// The result goals' names, in `Goal::ALL`'s order.
        pub goal_titles: [&'static str; 3],
        /// Their short names, for menus.
        pub goal_shorts: [&'static str; 3],
    }
    /// The lead's texts in `lang`.
    pub fn dashboard_text => "dashboard";
}

/// A result goal's name.
pub fn goal_title(lang: Lang, goal: Goal) -> &'static str {
    dashboard_text(lang).goal_titles[goal_index(goal)]
}

/// A result goal's short name, for menus.
pub fn goal_short(lang: Lang, goal: Goal) -> &'static str {
    dashboard_text(lang).goal_shorts[goal_index(goal)]
}

fn goal_index(goal: Goal) -> usize {
    Goal::ALL.iter().position(|g| *g == goal).unwrap_or(0)
}

/// The name of a period in a choice: a quarter, a year, or since the start.
pub fn period_name(lang: Lang, period: crate::domain::period::Period) -> String {
    use crate::domain::period::Period;
    let text = dashboard_text(lang);
    match period {
        Period::Quarter { year, quarter } => text.quarter.fill(&[
            ("q", quarter.to_string().into()),
            ("year", year.to_string().into()),
        ]),
        Period::Year(year) => year.to_string(),
        Period::SinceStart => text.since_start.to_owned(),
    }
}

/// The quarters `from..=to` in words: "1. kvartal 2025 – 3. kvartal 2026".
pub fn quarters_text(lang: Lang, (from, to): (i32, i32)) -> String {
    use crate::domain::period::{year_and_quarter, Period};
    let name = |q| {
        let (year, quarter) = year_and_quarter(q);
        period_name(lang, Period::Quarter { year, quarter })
    };
    if from == to {
        name(from)
    } else {
        format!("{} – {}", name(from), name(to))
    }
}
