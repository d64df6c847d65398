//! The project lead's result goals: which goal, the filters a page or an export is asked for,
//! and the figures that come back.

use serde::{Deserialize, Serialize};

use super::{
    course::YearActivity,
    district::Districts,
    period::Period,
    registry::{Step, StepKind, StepYear},
    table::{Table, Value},
    target::{Target, TargetStatus},
    Agreement, Area, Satisfaction,
};

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

/// What the name of a download of a table's standard CSV (commas, decimal points) adds to the
/// table's id: `goal1-age.standard.csv`; `goal1-age.csv` is for Danish Excel.
pub const STANDARD_CSV: &str = ".standard";

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
    /// The period (goal 3): a closed quarter, a closed year or since the start (the default).
    pub period: Option<Period>,
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
        DashboardQuery {
            baseline: year("baseline"),
            year: year("year"),
            sender: Some(get("sender")).filter(|s| !s.trim().is_empty()),
            area: Area::parse(&get("area")).ok(),
            period: Period::parse(&get("period")),
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
        add("period", self.period.map(Period::as_param));
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

/// The tables counted against the population.
pub const PER_THOUSAND_TABLES: [&str; 3] = ["goal1-per-1000", "goal2-per-1000", "goal2-per-0-22"];

/// The start of the ids of the tables comparing with others (`goal2-comparison-2020`).
pub const COMPARISON_TABLES: &str = "goal2-comparison-";

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
    /// The status, one [`Summary`] per sentence the page writes.
    pub summary: Vec<Summary>,
    /// Goal 3: the periods that may be published, for the period choice.
    pub periods: Vec<Period>,
    /// Goal 3: the period shown, and the quarters it covers.
    pub period: Option<(Period, (i32, i32))>,
    /// Goal 3: the day the page was first published (`YYYY-MM-DD`); `None` when the period
    /// asked for has not closed yet and nothing is shown.
    pub published_on: Option<String>,
    /// Goal 3: set when the page shown is a correction, published on `published_on`.
    #[serde(default)]
    pub correction: Option<Correction>,
    /// The smallest group the figures show.
    pub threshold: u64,
    /// The lead's targets for this goal's figures.
    #[serde(default)]
    pub targets: Vec<Target>,
    /// What the imported figures leave out, told under the tables.
    #[serde(default)]
    pub gaps: Vec<Gap>,
    /// Goal 2: the names of the kinds of step its preventive share counts.
    #[serde(default)]
    pub preventive_kinds: Vec<String>,
}

/// Something the figures leave out – the imported registry figures of goals 1 and 2, or the
/// period before this one – which the page says rather than let a blank pass for a nought.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Gap {
    /// Years between the first and the last with no figures at all.
    YearsMissing(Vec<u32>),
    /// Years whose measures are not given for any step: expenditure only.
    MeasuresMissing(Vec<u32>),
    /// A step (its name) without measures or expenditure in some years that have others'.
    StepMissing {
        step: String,
        measures: Vec<u32>,
        expenditure: Vec<u32>,
    },
    /// No figures for the period before the one shown (named), so this status stands alone.
    PreviousMissing(String),
    /// "Since the start" has no period of the same length before it.
    NoPreviousPeriod,
}

/// A later version of a published page: a correction, itself dated and audited.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// 2 for the first correction, and so on.
    pub version: u32,
    /// The day of the first version (`YYYY-MM-DD`).
    pub first_published_on: String,
}

impl Dashboard {
    /// A goal's figures with nothing in them yet.
    pub fn empty(goal: Goal) -> Self {
        Self {
            goal,
            tables: Vec::new(),
            years: Vec::new(),
            baseline: None,
            year: None,
            senders: Vec::new(),
            summary: Vec::new(),
            periods: Vec::new(),
            period: None,
            published_on: None,
            correction: None,
            threshold: 5,
            targets: Vec::new(),
            gaps: Vec::new(),
            preventive_kinds: Vec::new(),
        }
    }
}

/// A goal's status as the page, the overview and the report put it in a sentence: the figures
/// only, worded by the texts module (`i18n::goals::summary_text`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Summary {
    /// Goal 1: notifications in the baseline year and the year compared, and the share about
    /// children aged 0–9 in each.
    Notifications {
        base_year: u32,
        year: u32,
        base_total: u64,
        total: u64,
        change: Value,
        young_base: Value,
        young: Value,
    },
    /// Goal 2: measures and expenditure in both years, and the growth of the preventive ones.
    Staircase {
        base_year: u32,
        year: u32,
        base_measures: u64,
        measures: u64,
        base_expenditure: Value,
        expenditure: Value,
        preventive_growth: Value,
        preventive_expenditure_growth: Value,
    },
    /// Goal 3: the parents' split, in whole percent of `n`.
    Split {
        n: u64,
        very_satisfied: u32,
        satisfied_or_medium: u32,
    },
    /// Goal 3: the parents' split as "very satisfied" against all other answers, where a small
    /// group would hide the three-way split.
    SplitMerged {
        n: u64,
        very_satisfied: u32,
        all_others: u32,
    },
    /// Goal 3: `n` parents evaluated (`None` where even that is too few to tell), too few to
    /// show the split.
    TooFewToSplit { n: Option<u64> },
    /// Goal 3: the share of closed courses resolved inside FI.
    ResolvedInFi { percent: u32, closed: u64 },
    /// Goal 3: the share of parents and of professionals who agree (strongly or not) that the
    /// course made a positive difference for the child.
    PositiveDifference {
        parents: Value,
        professionals: Value,
    },
    /// Goal 3 for one area: the askers' ratings of sparring, the citizens' advice and the
    /// offers pointed to keep no area, so they are shown for every area together only.
    RatingsForAllAreas,
    /// A figure's target and its status in `year`, where the figure was `value`.
    Target {
        target: Target,
        year: u32,
        value: Value,
        status: TargetStatus,
    },
}

/// Goal 1's counts: notifications per year by age band (in `NotificationBand::ALL`'s order),
/// oldest first, and per year and sender.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotificationCounts {
    pub by_band: Vec<(u32, [u64; 6])>,
    /// Every sender named in the notifications, alphabetically.
    pub senders: Vec<String>,
    /// `(year, sender, count)`; empty when the page is about one sender.
    pub by_sender: Vec<(u32, String, u64)>,
}

/// Goal 2's figures: the municipality's steps, least intrusive first, and every year's
/// figures on each.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StaircaseCounts {
    pub steps: Vec<Step>,
    pub figures: Vec<StepYear>,
    /// The kinds of step, in their order; which count as preventive is the municipality's
    /// setting.
    pub kinds: Vec<StepKind>,
}

/// Goal 3's counts within the query's area and months.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DifferenceCounts {
    /// Answers to the two satisfaction questions (overall, collaboration); the first gives
    /// the parents' split.
    pub satisfaction: [Vec<(Satisfaction, u64)>; 2],
    /// Answers to the two agreement questions (difference, involved).
    pub agreement: [Vec<(Agreement, u64)>; 2],
    /// Children reached and meetings, per year.
    pub activity: Vec<YearActivity>,
    /// Closed courses with 0, 1, … 5 meetings.
    pub meetings_per_course: [u64; 6],
    /// Closed courses by outcome, in `CourseOutcome::ALL`'s order.
    pub course_outcomes: Vec<u64>,
    /// Sparring requests received by outcome (`""` for those still open).
    pub sparring: Vec<(String, u64)>,
    /// The professionals' answers.
    pub professionals: ProfessionalCounts,
    /// The askers' ratings of sparring, per statement (helped, next step, ask again); kept
    /// without area, so given for every area together only (`None` on an area's page).
    pub ratings: Option<[Vec<(Agreement, u64)>; 3]>,
    /// Evaluation codes issued in the period: parents', professionals'.
    pub codes_issued: [u64; 2],
    /// Sparring requests received by the asker's role, theme and age band (stored values).
    pub sparring_by: [Vec<(String, u64)>; 3],
    /// Citizens' anonymous advice and the offers replies pointed to: kept without area, so
    /// given for every area together only (`None` on an area's page).
    pub advice: Option<AdviceCounts>,
    /// The course register and sparring per district.
    pub by_district: DistrictCounts,
}

/// Citizens' anonymous advice in the period, and the offers of the catalogue replies (to
/// professionals and citizens alike) pointed to.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AdviceCounts {
    /// Questions received by outcome (`""` for those still open).
    pub outcomes: Vec<(String, u64)>,
    /// Questions received by the asker's role, theme and age band (stored values).
    pub by: [Vec<(String, u64)>; 3],
    /// The citizens' ratings, per statement (helped, next step, ask again).
    pub ratings: [Vec<(Agreement, u64)>; 3],
    /// Times each offer was pointed to: `(name, times)`, the offers pointed to at all.
    pub offers_pointed: Vec<(String, u64)>,
}

/// Goal 3's course register and sparring per district, a value per row of `districts`; each
/// adds up over the districts to the page's own total of it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DistrictCounts {
    pub districts: Districts,
    /// Courses started.
    pub started: Vec<u64>,
    /// Meetings `[with parents, anonymous]`.
    pub meetings: Vec<[u64; 2]>,
    /// Closed courses by outcome, in `CourseOutcome::ALL`'s order.
    pub outcomes: Vec<Vec<u64>>,
    /// Sparring requests by outcome, the still open ones last.
    pub sparring: Vec<Vec<u64>>,
}

/// The professionals' answers within the query's area and months.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProfessionalCounts {
    /// "The course made a positive difference for the child."
    pub difference: Vec<(Agreement, u64)>,
    /// Satisfaction with the collaboration with the FI team.
    pub collaboration: Vec<(Satisfaction, u64)>,
    /// "I have become better at spotting and acting on a concern early."
    pub competence: Vec<(Agreement, u64)>,
    pub groups: Vec<(crate::domain::professional_evaluation::WorkGroup, u64)>,
}

/// The words the goal builders write into their tables: titles, heads and the names of
/// answers and outcomes. The texts module holds them in each language
/// (`i18n::goals::labels`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Labels {
    pub total: &'static str,
    pub total_n: &'static str,
    pub year: &'static str,
    pub change: &'static str,
    /// After an age band: "3–5 år".
    pub years_of_age: &'static str,
    pub notifications_by_age: &'static str,
    pub youngest_share: &'static str,
    pub share_up_to_nine: &'static str,
    pub share_under_eight: &'static str,
    pub change_by_age: &'static str,
    pub age: &'static str,
    pub notifications_by_sender: &'static str,
    pub measures_per_step: &'static str,
    pub expenditure_per_step: &'static str,
    pub preventive_share: &'static str,
    pub preventive_measures: &'static str,
    pub placements: &'static str,
    pub all_measures: &'static str,
    pub expenditure_preventive: &'static str,
    pub expenditure_placements: &'static str,
    pub expenditure_total: &'static str,
    /// Title of goal 2's table of growth.
    pub development: &'static str,
    pub key_figure: &'static str,
    pub overall_satisfaction: &'static str,
    pub answer: &'static str,
    pub count_share: &'static str,
    pub satisfied_or_medium: &'static str,
    /// "Very satisfied" against these, where the split is merged.
    pub all_others: &'static str,
    pub dissatisfied: &'static str,
    pub satisfaction_title: &'static str,
    pub question: &'static str,
    pub agreement_title: &'static str,
    pub statement: &'static str,
    pub activity_title: &'static str,
    pub children_reached: &'static str,
    pub meetings: &'static str,
    pub anonymous_meetings: &'static str,
    pub anonymous_share: &'static str,
    pub meetings_per_course: &'static str,
    pub mean: &'static str,
    pub closed_courses_n: &'static str,
    pub courses_share: &'static str,
    pub outcomes_title: &'static str,
    pub outcome: &'static str,
    pub sparring_title: &'static str,
    pub requests_share: &'static str,
    pub closed_n: &'static str,
    pub received: &'static str,
    /// The satisfaction scale, most satisfied first.
    pub satisfaction: [&'static str; 5],
    /// The agreement scale, "don't know" last.
    pub agreement: [&'static str; 6],
    /// Short names of the evaluation's questions, in `QUESTIONS`' order.
    pub questions: [&'static str; 5],
    /// In `CourseOutcome::ALL`'s order.
    pub course_outcomes: [&'static str; 4],
    /// In the sparring `Outcome::ALL`'s order.
    pub sparring_outcomes: [&'static str; 6],
    pub group: &'static str,
    pub parents: &'static str,
    pub professionals: &'static str,
    pub both_difference: &'static str,
    pub both_collaboration: &'static str,
    pub professional_statements: &'static str,
    /// The professionals' two statements: difference, competence.
    pub pro_statements: [&'static str; 2],
    pub work_groups_title: &'static str,
    /// In `WorkGroup::ALL`'s order.
    pub work_groups: [&'static str; 4],
    pub response_title: &'static str,
    pub codes_issued: &'static str,
    pub answers_n: &'static str,
    pub response_rate: &'static str,
    pub ratings_title: &'static str,
    /// The askers' three statements, in `RATING_QUESTIONS`' order.
    pub ratings: [&'static str; 3],
    pub sparring_roles_title: &'static str,
    pub sparring_themes_title: &'static str,
    pub sparring_ages_title: &'static str,
    pub role: &'static str,
    pub theme: &'static str,
    /// Under the themes: a request may have several.
    pub themes_total: &'static str,
    /// In `AskerRole::ALL`'s order.
    pub sparring_roles: [&'static str; 6],
    /// In `Theme::ALL`'s order.
    pub sparring_themes: [&'static str; 7],
    /// In `AgeBand::ALL`'s order.
    pub age_bands: [&'static str; 5],
    /// Title of the table of this status against the last.
    pub previous_title: &'static str,
    pub notifications_total: &'static str,
    pub measures_share: &'static str,
    pub expenditure_share: &'static str,
    pub answered_parents: &'static str,
    pub very_satisfied_share: &'static str,
    pub parents_difference_share: &'static str,
    pub answered_professionals: &'static str,
    pub professionals_difference_share: &'static str,
    pub resolved_share: &'static str,
    /// Title of goal 3's table by district.
    pub districts_title: &'static str,
    pub district: &'static str,
    pub no_district: &'static str,
    pub other_districts: &'static str,
    pub sparring_received: &'static str,
    pub advice_title: &'static str,
    pub advice_roles_title: &'static str,
    pub advice_themes_title: &'static str,
    pub advice_ages_title: &'static str,
    pub advice_ratings_title: &'static str,
    /// In `CitizenRole::ALL`'s order.
    pub advice_roles: [&'static str; 3],
    /// The citizens' three statements, in `RATING_QUESTIONS`' order.
    pub advice_ratings: [&'static str; 3],
    pub offers_pointed_title: &'static str,
    /// Row head: an offer of the catalogue.
    pub offer: &'static str,
    /// The row of the offers beyond the table's longest list, added up.
    pub other_offers: &'static str,
}
