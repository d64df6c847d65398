//! Texts of the project lead's pages: the indicators, the imports and the status report.

use crate::domain::{dashboard::Goal, Lang};

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
    pub quarter: &'static str,
    /// Above goal 3's figures: `{period}` (the quarters covered) and `{day}` it was published.
    pub published: &'static str,
    /// Under it, for a correction: `{v}` its version, `{day}` and `{first}` the first's day.
    pub corrected: &'static str,
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
    intro: "De tre resultatmål for Fælles Indsats, beregnet af de seneste data. Små grupper vises som »skjult«.",
    open_goal: "Se tal og diagrammer",
    imports: "Importér registertal",
    report: "Statusrapport",
    baseline: "Basisår",
    year: "Sammenlign med år",
    sender: "Afsender",
    area: "Område",
    period: "Periode",
    period_hint: "Hele kvartaler og år, der er afsluttet. Tal for en periode ændres ikke, når de først er vist.",
    since_start: "Siden start",
    quarter: "{q}. kvartal {year}",
    published: "Tallene dækker {period} og blev offentliggjort {day}; de vises uændret.",
    corrected: "Dette er udgave {v}, en rettelse offentliggjort {day}. Første udgave blev offentliggjort {first}; alle udgaver er gemt.",
    correct_title: "Rettelser",
    correct_hint: "Er forløb eller sparring registreret eller afsluttet efter offentliggørelsen, kan siden udgives igen som en ny, dateret udgave, der kontrolleres som den første. Forældrenes svar ændrer sig ikke. Intet udgives, hvis intet er ændret, og handlingen skrives i loggen.",
    correct: "Udgiv rettet udgave",
    not_closed: "Perioden er ikke afsluttet endnu. Tal vises for hele kvartaler, når kvartalet er slut og dets svar forseglet.",
    all: "Alle",
    show: "Vis",
    filters: "Afgræns",
    csv: "Hent CSV til Excel",
    csv_standard: "CSV med kommaer (andre programmer)",
    xlsx: "Hent Excel (XLSX)",
    suppression: "»Skjult« står for et tal under {t} eller for et tal, som et tal under {t} kunne regnes ud fra – med en total, en andel eller tal offentliggjort før (for eksempel årets tal minus kvartalernes).",
    chart_hint: "tallene står i tabellen under diagrammet",
    no_figures: "Der er ingen tal endnu.",
    hidden: "Skjult",
    import_title: "Importér registertal",
    import_intro: "Tal fra sagssystemet og økonomien, én fil ad gangen. Hele filen importeres, eller intet gør; et år, der importeres igen, erstattes.",
    import_notifications: ("Underretninger", "Kolonner: year, age (0–17), count og eventuelt sender."),
    import_steps: ("Trin på indsatstrappen", "Kolonner: step, rank (1 = mindst indgribende), kind (preventive eller placement), label_da, label_en."),
    import_staircase: ("Foranstaltninger og udgifter pr. trin", "Kolonner: year, step, measures, expenditure_dkk (et tal må mangle). Importér trinnene først."),
    imported: "{a} linjer for {b} år er importeret.",
    report_title: "Status på Fælles Indsats {year}",
    report_intro: "Rapporten følger projektets tre resultatmål. Tallene er beregnet af portalens data og de importerede registertal for {year}; små grupper er skjult.",
    print: "Udskriv eller gem som PDF",
    report_year: "År",
};

const EN: DashboardText = DashboardText {
    title: "Result goals",
    intro: "The three result goals of Joint Effort, computed from the latest data. Small groups are shown as “hidden”.",
    open_goal: "See figures and charts",
    imports: "Import registry figures",
    report: "Status report",
    baseline: "Baseline year",
    year: "Compare with year",
    sender: "Sender",
    area: "Area",
    period: "Period",
    period_hint: "Whole quarters and years that have ended. A period's figures do not change once shown.",
    since_start: "Since the start",
    quarter: "Q{q} {year}",
    published: "The figures cover {period} and were published on {day}; they are shown unchanged.",
    corrected: "This is version {v}, a correction published on {day}. The first version was published on {first}; every version is kept.",
    correct_title: "Corrections",
    correct_hint: "Where courses or sparring were registered or closed after publication, the page can be published again as a new, dated version, checked like the first. The parents' answers do not change. Nothing is published when nothing has changed, and the action is logged.",
    correct: "Publish a corrected version",
    not_closed: "The period has not ended yet. Figures are shown for whole quarters once the quarter is over and its answers sealed.",
    all: "All",
    show: "Show",
    filters: "Filter",
    csv: "Download CSV for Danish Excel",
    csv_standard: "CSV with commas (other programs)",
    xlsx: "Download Excel (XLSX)",
    suppression: "“Hidden” stands for a figure under {t} or for a figure from which one under {t} could be worked out – with a total, a share or figures published before (the year's figures minus its quarters, for example).",
    chart_hint: "the figures are in the table below the chart",
    no_figures: "There are no figures yet.",
    hidden: "Hidden",
    import_title: "Import registry figures",
    import_intro: "Figures from the case system and the accounts, one file at a time. The whole file is imported, or nothing; a year imported again is replaced.",
    import_notifications: ("Notifications", "Columns: year, age (0–17), count and optionally sender."),
    import_steps: ("Steps of the staircase", "Columns: step, rank (1 = least intrusive), kind (preventive or placement), label_da, label_en."),
    import_staircase: ("Measures and expenditure per step", "Columns: year, step, measures, expenditure_dkk (either may be empty). Import the steps first."),
    imported: "{a} lines for {b} years have been imported.",
    report_title: "Status of Joint Effort {year}",
    report_intro: "The report follows the project's three result goals. The figures are computed from the portal's data and the imported registry figures for {year}; small groups are hidden.",
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

/// The name of a period in a choice: a quarter, a year, or since the start.
pub fn period_name(lang: Lang, period: crate::domain::period::Period) -> String {
    use crate::domain::period::Period;
    let text = dashboard_text(lang);
    match period {
        Period::Quarter { year, quarter } => text
            .quarter
            .replace("{q}", &quarter.to_string())
            .replace("{year}", &year.to_string()),
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
