//! Texts of the project lead's pages: the indicators, the imports and the status report.

use super::{
    courses::{COURSE_OUTCOMES_DA, COURSE_OUTCOMES_EN},
    evaluation::{Q_DA, Q_EN},
    figures::value_text,
    fill,
    sparring::{OUTCOMES_DA, OUTCOMES_EN},
};
use crate::domain::{
    dashboard::{Goal, Labels, Summary},
    Lang,
};

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
    /// Filter: from month.
    pub from: &'static str,
    /// Filter: to month.
    pub to: &'static str,
    pub all: &'static str,
    /// Filter button.
    pub show: &'static str,
    /// Heading above the filters.
    pub filters: &'static str,
    /// Download as CSV.
    pub csv: &'static str,
    /// Download as XLSX.
    pub xlsx: &'static str,
    /// The note on suppression.
    pub suppression: &'static str,
    /// A chart's accessible name ends with this.
    pub chart_hint: &'static str,
    /// Nothing imported yet.
    pub no_figures: &'static str,
    /// Small groups hidden (legend of the grey segment).
    pub hidden: &'static str,
    /// Imports: title.
    pub import_title: &'static str,
    /// Imports: text.
    pub import_intro: &'static str,
    /// Imports: notifications heading and format.
    pub import_notifications: (&'static str, &'static str),
    /// Imports: steps heading and format.
    pub import_steps: (&'static str, &'static str),
    /// Imports: figures heading and format.
    pub import_staircase: (&'static str, &'static str),
    /// Imports: stored (`{a}` lines, `{b}` years).
    pub imported: &'static str,
    /// Report: title (`{year}`).
    pub report_title: &'static str,
    /// Report: introduction (`{year}`).
    pub report_intro: &'static str,
    /// Report: print button.
    pub print: &'static str,
    /// Report: choose year.
    pub report_year: &'static str,
}

const DA: DashboardText = DashboardText {
    title: "Resultatmål",
    intro: "De tre resultatmål for Fælles Indsats, beregnet af de seneste data. Grupper under 5 vises som \"< 5\".",
    open_goal: "Se tal og diagrammer",
    imports: "Importér registertal",
    report: "Statusrapport",
    baseline: "Basisår",
    year: "Sammenlign med år",
    sender: "Afsender",
    area: "Område",
    from: "Fra måned",
    to: "Til måned",
    all: "Alle",
    show: "Vis",
    filters: "Afgræns",
    csv: "Hent CSV",
    xlsx: "Hent Excel (XLSX)",
    suppression: "Tal under 5 vises som \"< 5\" og skjules også, hvor de kunne regnes ud fra en total.",
    chart_hint: "tallene står i tabellen under diagrammet",
    no_figures: "Der er ingen tal endnu.",
    hidden: "Skjult (< 5)",
    import_title: "Importér registertal",
    import_intro: "Tal fra sagssystemet og økonomien, én fil ad gangen. Hele filen importeres, eller intet gør; et år, der importeres igen, erstattes.",
    import_notifications: ("Underretninger", "Kolonner: year, age (0–17), count og eventuelt sender."),
    import_steps: ("Trin på indsatstrappen", "Kolonner: step, rank (1 = mindst indgribende), kind (preventive eller placement), label_da, label_en."),
    import_staircase: ("Foranstaltninger og udgifter pr. trin", "Kolonner: year, step, measures, expenditure_dkk (et tal må mangle). Importér trinnene først."),
    imported: "{a} linjer for {b} år er importeret.",
    report_title: "Status på Fælles Indsats {year}",
    report_intro: "Rapporten følger projektets tre resultatmål. Tallene er beregnet af portalens data og de importerede registertal for {year}; grupper under 5 er skjult.",
    print: "Udskriv eller gem som PDF",
    report_year: "År",
};

const EN: DashboardText = DashboardText {
    title: "Result goals",
    intro: "The three result goals of Joint Effort, computed from the latest data. Groups under 5 are shown as \"< 5\".",
    open_goal: "See figures and charts",
    imports: "Import registry figures",
    report: "Status report",
    baseline: "Baseline year",
    year: "Compare with year",
    sender: "Sender",
    area: "Area",
    from: "From month",
    to: "To month",
    all: "All",
    show: "Show",
    filters: "Filter",
    csv: "Download CSV",
    xlsx: "Download Excel (XLSX)",
    suppression: "Figures under 5 are shown as \"< 5\" and also hidden where they could be worked out from a total.",
    chart_hint: "the figures are in the table below the chart",
    no_figures: "There are no figures yet.",
    hidden: "Hidden (< 5)",
    import_title: "Import registry figures",
    import_intro: "Figures from the case system and the accounts, one file at a time. The whole file is imported, or nothing; a year imported again is replaced.",
    import_notifications: ("Notifications", "Columns: year, age (0–17), count and optionally sender."),
    import_steps: ("Steps of the staircase", "Columns: step, rank (1 = least intrusive), kind (preventive or placement), label_da, label_en."),
    import_staircase: ("Measures and expenditure per step", "Columns: year, step, measures, expenditure_dkk (either may be empty). Import the steps first."),
    imported: "{a} lines for {b} years have been imported.",
    report_title: "Status of Joint Effort {year}",
    report_intro: "The report follows the project's three result goals. The figures are computed from the portal's data and the imported registry figures for {year}; groups under 5 are hidden.",
    print: "Print or save as PDF",
    report_year: "Year",
};

/// The lead's texts in `lang`.
pub fn dashboard_text(lang: Lang) -> &'static DashboardText {
    lang.pick(&DA, &EN)
}

/// A result goal's name.
pub fn goal_title(lang: Lang, goal: Goal) -> &'static str {
    match goal {
        Goal::Notifications => lang.pick(
            "Resultatmål 1: Underretninger flytter sig mod yngre børn",
            "Result goal 1: Notifications move to younger children",
        ),
        Goal::Staircase => lang.pick(
            "Resultatmål 2: Flere forebyggende og færre anbringende foranstaltninger",
            "Result goal 2: More preventive and fewer placement measures",
        ),
        Goal::Difference => lang.pick(
            "Resultatmål 3: De voksne omkring barnet oplever en positiv forskel",
            "Result goal 3: The adults around the child experience a positive difference",
        ),
    }
}

/// A result goal's short name, for menus.
pub fn goal_short(lang: Lang, goal: Goal) -> &'static str {
    match goal {
        Goal::Notifications => lang.pick("Mål 1: Underretninger", "Goal 1: Notifications"),
        Goal::Staircase => lang.pick("Mål 2: Indsatstrappen", "Goal 2: The staircase"),
        Goal::Difference => lang.pick("Mål 3: Positiv forskel", "Goal 3: Positive difference"),
    }
}

const LABELS_DA: Labels = Labels {
    total: "I alt",
    total_n: "I alt (n)",
    year: "År",
    change: "Ændring",
    years_of_age: "år",
    notifications_by_age: "Underretninger efter barnets alder",
    youngest_share: "Andel om de yngste børn",
    share_up_to_nine: "Andel 0–9 år",
    share_under_eight: "Andel under 8 år",
    change_by_age: "Ændring efter alder",
    age: "Alder",
    notifications_by_sender: "Underretninger efter afsender",
    measures_per_step: "Foranstaltninger pr. trin på indsatstrappen",
    expenditure_per_step: "Udgifter pr. trin på indsatstrappen",
    preventive_share: "Forebyggende andel",
    preventive_measures: "Forebyggende foranstaltninger",
    placements: "Anbringelser",
    all_measures: "Foranstaltninger i alt",
    expenditure_preventive: "Udgift, forebyggende",
    expenditure_placements: "Udgift, anbringelser",
    expenditure_total: "Udgift i alt",
    development: "Udvikling",
    key_figure: "Nøgletal",
    overall_satisfaction: "Forældrenes samlede tilfredshed",
    answer: "Svar",
    count_share: "Antal (andel)",
    satisfied_or_medium: "Tilfreds eller middel tilfreds",
    dissatisfied: "Utilfreds eller meget utilfreds",
    satisfaction_title: "Tilfredshed med forløbet og samarbejdet",
    question: "Spørgsmål",
    agreement_title: "Forskel for barnet og inddragelse",
    statement: "Udsagn",
    activity_title: "Børn nået og møder",
    children_reached: "Børn nået (nye forløb)",
    meetings: "Møder",
    anonymous_meetings: "Heraf anonyme drøftelser",
    anonymous_share: "Andel anonyme",
    meetings_per_course: "Møder pr. afsluttet forløb",
    mean: "Gennemsnit",
    closed_courses_n: "Afsluttede forløb (n)",
    courses_share: "Forløb (andel)",
    outcomes_title: "Sådan sluttede forløbene",
    outcome: "Udfald",
    sparring_title: "Anonym sparring: henvendelser og udfald",
    requests_share: "Henvendelser (andel)",
    closed_n: "Afsluttede (n)",
    received: "Modtaget i alt",
    satisfaction: Q_DA.satisfaction,
    agreement: Q_DA.agreement,
    questions: Q_DA.short,
    course_outcomes: COURSE_OUTCOMES_DA,
    sparring_outcomes: OUTCOMES_DA,
};

const LABELS_EN: Labels = Labels {
    total: "Total",
    total_n: "Total (n)",
    year: "Year",
    change: "Change",
    years_of_age: "years",
    notifications_by_age: "Notifications by the child's age",
    youngest_share: "Share about the youngest children",
    share_up_to_nine: "Share aged 0–9",
    share_under_eight: "Share under 8",
    change_by_age: "Change by age",
    age: "Age",
    notifications_by_sender: "Notifications by sender",
    measures_per_step: "Measures per step of the staircase",
    expenditure_per_step: "Expenditure per step of the staircase",
    preventive_share: "Preventive share",
    preventive_measures: "Preventive measures",
    placements: "Placements",
    all_measures: "All measures",
    expenditure_preventive: "Expenditure, preventive",
    expenditure_placements: "Expenditure, placements",
    expenditure_total: "Expenditure, total",
    development: "Change",
    key_figure: "Key figure",
    overall_satisfaction: "Parents' overall satisfaction",
    answer: "Answer",
    count_share: "Count (share)",
    satisfied_or_medium: "Satisfied or medium satisfied",
    dissatisfied: "Dissatisfied or very dissatisfied",
    satisfaction_title: "Satisfaction with the course and the collaboration",
    question: "Question",
    agreement_title: "Difference for the child and involvement",
    statement: "Statement",
    activity_title: "Children reached and meetings",
    children_reached: "Children reached (new courses)",
    meetings: "Meetings",
    anonymous_meetings: "Of which anonymous discussions",
    anonymous_share: "Share anonymous",
    meetings_per_course: "Meetings per closed course",
    mean: "Mean",
    closed_courses_n: "Closed courses (n)",
    courses_share: "Courses (share)",
    outcomes_title: "How the courses ended",
    outcome: "Outcome",
    sparring_title: "Anonymous sparring: requests and outcomes",
    requests_share: "Requests (share)",
    closed_n: "Closed (n)",
    received: "Received in all",
    satisfaction: Q_EN.satisfaction,
    agreement: Q_EN.agreement,
    questions: Q_EN.short,
    course_outcomes: COURSE_OUTCOMES_EN,
    sparring_outcomes: OUTCOMES_EN,
};

/// The words of the goals' tables in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    lang.pick(&LABELS_DA, &LABELS_EN)
}

/// The goals' status sentences; `{name}` is replaced by the figure of that name.
struct SummaryText {
    notifications: &'static str,
    staircase: &'static str,
    split: &'static str,
    too_few_to_split: &'static str,
    resolved_in_fi: &'static str,
}

const SUMMARY_DA: SummaryText = SummaryText {
    notifications: "Underretningerne gik fra {base_total} i {b} til {total} i {y} ({change}). Andelen om børn på 0–9 år var {young_base} i {b} og {young} i {y}.",
    staircase: "I {y} var der {measures} foranstaltninger (i {b}: {base_measures}), og udgiften var {expenditure} (i {b}: {base_expenditure}). De forebyggende foranstaltninger steg {growth} i antal og {spending_growth} i udgift fra {b} til {y}.",
    split: "Af {n} forældre, der evaluerede, var {a} % meget tilfredse og {c} % tilfredse eller middel tilfredse.",
    too_few_to_split: "{n} forældre har evalueret; for få til at vise fordelingen.",
    resolved_in_fi: "{percent} % af {closed} afsluttede forløb blev løst i FI.",
};

const SUMMARY_EN: SummaryText = SummaryText {
    notifications: "Notifications went from {base_total} in {b} to {total} in {y} ({change}). The share about children aged 0–9 was {young_base} in {b} and {young} in {y}.",
    staircase: "In {y} there were {measures} measures ({b}: {base_measures}), and expenditure was {expenditure} ({b}: {base_expenditure}). Preventive measures changed {growth} in count and {spending_growth} in expenditure from {b} to {y}.",
    split: "Of {n} parents who evaluated, {a} % were very satisfied and {c} % satisfied or medium satisfied.",
    too_few_to_split: "{n} parents have evaluated; too few to show the split.",
    resolved_in_fi: "{percent} % of {closed} closed courses were resolved in FI.",
};

/// A goal's status as a sentence in `lang`.
pub fn summary_text(lang: Lang, summary: &Summary) -> String {
    let text = lang.pick(&SUMMARY_DA, &SUMMARY_EN);
    let v = |value| value_text(lang, value);
    match summary {
        Summary::Notifications {
            base_year,
            year,
            base_total,
            total,
            change,
            young_base,
            young,
        } => fill(
            text.notifications,
            &[
                ("b", base_year.to_string()),
                ("y", year.to_string()),
                ("base_total", base_total.to_string()),
                ("total", total.to_string()),
                ("change", v(change)),
                ("young_base", v(young_base)),
                ("young", v(young)),
            ],
        ),
        Summary::Staircase {
            base_year,
            year,
            base_measures,
            measures,
            base_expenditure,
            expenditure,
            preventive_growth,
            preventive_expenditure_growth,
        } => fill(
            text.staircase,
            &[
                ("b", base_year.to_string()),
                ("y", year.to_string()),
                ("measures", measures.to_string()),
                ("base_measures", base_measures.to_string()),
                ("expenditure", v(expenditure)),
                ("base_expenditure", v(base_expenditure)),
                ("growth", v(preventive_growth)),
                ("spending_growth", v(preventive_expenditure_growth)),
            ],
        ),
        Summary::Split {
            n,
            very_satisfied,
            satisfied_or_medium,
        } => fill(
            text.split,
            &[
                ("n", n.to_string()),
                ("a", very_satisfied.to_string()),
                ("c", satisfied_or_medium.to_string()),
            ],
        ),
        Summary::TooFewToSplit { n } => fill(text.too_few_to_split, &[("n", n.to_string())]),
        Summary::ResolvedInFi { percent, closed } => fill(
            text.resolved_in_fi,
            &[
                ("percent", percent.to_string()),
                ("closed", closed.to_string()),
            ],
        ),
    }
}
