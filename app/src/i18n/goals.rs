//! The words the result goals' tables are written in (titles, heads, the names of answers
//! and outcomes), and the goals' status sentences.

use super::{
    courses::{COURSE_OUTCOMES_DA, COURSE_OUTCOMES_EN},
    evaluation::questionnaire,
    figures::value_text,
    fill,
    professionals::{Q_DA as PRO_DA, Q_EN as PRO_EN, RATING_DA, RATING_EN},
    sparring::{AGE_BANDS, OUTCOMES_DA, OUTCOMES_EN, ROLES, THEMES},
};
use crate::domain::{
    dashboard::{Labels, Summary},
    Lang,
};

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
    count_share: "Antal",
    satisfied_or_medium: "Tilfreds eller middel tilfreds",
    all_others: "Alle andre svar",
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
    courses_share: "Forløb",
    outcomes_title: "Sådan sluttede forløbene",
    outcome: "Udfald",
    sparring_title: "Anonym sparring: henvendelser og udfald",
    requests_share: "Henvendelser",
    closed_n: "Afsluttede (n)",
    received: "Modtaget i alt",
    // The parents' answers and questions are the questionnaire's own words, from its
    // catalogue: `labels` fills them in.
    satisfaction: [""; 5],
    agreement: [""; 6],
    questions: [""; 5],
    course_outcomes: COURSE_OUTCOMES_DA,
    sparring_outcomes: OUTCOMES_DA,
    group: "Gruppe",
    parents: "Forældre",
    professionals: "Fagpersoner",
    both_difference: "Positiv forskel for barnet – forældre og fagpersoner",
    both_collaboration: "Tilfredshed med samarbejdet – forældre og fagpersoner",
    professional_statements: "Fagpersonernes udsagn",
    pro_statements: [
        "Positiv forskel for barnet",
        "Bedre til at opdage og handle tidligt",
    ],
    work_groups_title: "Fagpersonerne, der svarede, efter faggruppe",
    work_groups: PRO_DA.groups,
    response_title: "Svarprocent: svar i perioden mod koder udleveret i perioden",
    codes_issued: "Koder udleveret",
    answers_n: "Svar",
    response_rate: "Svarprocent",
    ratings_title: "Anonym sparring: spørgernes vurdering (alle områder)",
    ratings: RATING_DA.statements,
    sparring_roles_title: "Anonym sparring: henvendelser efter spørgerens rolle",
    sparring_themes_title: "Anonym sparring: henvendelser efter tema",
    sparring_ages_title: "Anonym sparring: henvendelser efter barnets alder",
    role: "Rolle",
    theme: "Tema",
    themes_total: "Temaer i alt (en henvendelse kan have flere)",
    sparring_roles: ROLES[0],
    sparring_themes: THEMES[0],
    age_bands: AGE_BANDS[0],
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
    count_share: "Count",
    satisfied_or_medium: "Satisfied or medium satisfied",
    all_others: "All other answers",
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
    courses_share: "Courses",
    outcomes_title: "How the courses ended",
    outcome: "Outcome",
    sparring_title: "Anonymous sparring: requests and outcomes",
    requests_share: "Requests",
    closed_n: "Closed (n)",
    received: "Received in all",
    // The parents' answers and questions are the questionnaire's own words, from its
    // catalogue: `labels` fills them in.
    satisfaction: [""; 5],
    agreement: [""; 6],
    questions: [""; 5],
    course_outcomes: COURSE_OUTCOMES_EN,
    sparring_outcomes: OUTCOMES_EN,
    group: "Group",
    parents: "Parents",
    professionals: "Professionals",
    both_difference: "Positive difference for the child – parents and professionals",
    both_collaboration: "Satisfaction with the collaboration – parents and professionals",
    professional_statements: "The professionals' statements",
    pro_statements: [
        "Positive difference for the child",
        "Better at spotting and acting early",
    ],
    work_groups_title: "The professionals who answered, by group",
    work_groups: PRO_EN.groups,
    response_title: "Response rate: answers in the period against codes issued in the period",
    codes_issued: "Codes issued",
    answers_n: "Answers",
    response_rate: "Response rate",
    ratings_title: "Anonymous sparring: the askers' ratings (all areas)",
    ratings: RATING_EN.statements,
    sparring_roles_title: "Anonymous sparring: requests by the asker's role",
    sparring_themes_title: "Anonymous sparring: requests by theme",
    sparring_ages_title: "Anonymous sparring: requests by the child's age",
    role: "Role",
    theme: "Theme",
    themes_total: "Themes in all (a request may have several)",
    sparring_roles: ROLES[1],
    sparring_themes: THEMES[1],
    age_bands: AGE_BANDS[1],
};

/// The words of the goals' tables in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    static CACHE: [std::sync::OnceLock<Labels>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    CACHE[lang as usize].get_or_init(|| {
        let questionnaire = questionnaire(lang);
        Labels {
            satisfaction: questionnaire.satisfaction,
            agreement: questionnaire.agreement,
            questions: questionnaire.short,
            ..*lang.pick(&LABELS_DA, &LABELS_EN)
        }
    })
}

/// The goals' status sentences; `{name}` is replaced by the figure of that name.
struct SummaryText {
    notifications: &'static str,
    staircase: &'static str,
    split: &'static str,
    split_merged: &'static str,
    too_few_to_split: &'static str,
    too_few_to_count: &'static str,
    resolved_in_fi: &'static str,
    positive_difference: &'static str,
    ratings_for_all_areas: &'static str,
}

const SUMMARY_DA: SummaryText = SummaryText {
    notifications: "Underretningerne gik fra {base_total} i {b} til {total} i {y} ({change}). Andelen om børn på 0–9 år var {young_base} i {b} og {young} i {y}.",
    staircase: "I {y} var der {measures} foranstaltninger (i {b}: {base_measures}), og udgiften var {expenditure} (i {b}: {base_expenditure}). De forebyggende foranstaltninger steg {growth} i antal og {spending_growth} i udgift fra {b} til {y}.",
    split: "Af {n} forældre, der evaluerede, var {a} % meget tilfredse og {c} % tilfredse eller middel tilfredse.",
    split_merged: "Af {n} forældre, der evaluerede, var {a} % meget tilfredse og {c} % gav et af de andre svar.",
    too_few_to_split: "{n} forældre har evalueret; for få til at vise fordelingen.",
    too_few_to_count: "For få forældre har evalueret i perioden til at vise tal.",
    resolved_in_fi: "{percent} % af {closed} afsluttede forløb blev løst i FI.",
    positive_difference: "Enige i, at forløbet gjorde en positiv forskel for barnet: forældre {parents}, fagpersoner {professionals}.",
    ratings_for_all_areas: "Spørgernes vurdering af sparringen gemmes uden område og vises kun for alle områder samlet.",
};

const SUMMARY_EN: SummaryText = SummaryText {
    notifications: "Notifications went from {base_total} in {b} to {total} in {y} ({change}). The share about children aged 0–9 was {young_base} in {b} and {young} in {y}.",
    staircase: "In {y} there were {measures} measures ({b}: {base_measures}), and expenditure was {expenditure} ({b}: {base_expenditure}). Preventive measures changed {growth} in count and {spending_growth} in expenditure from {b} to {y}.",
    split: "Of {n} parents who evaluated, {a} % were very satisfied and {c} % satisfied or medium satisfied.",
    split_merged: "Of {n} parents who evaluated, {a} % were very satisfied and {c} % gave one of the other answers.",
    too_few_to_split: "{n} parents have evaluated; too few to show the split.",
    too_few_to_count: "Too few parents have evaluated in the period to show figures.",
    resolved_in_fi: "{percent} % of {closed} closed courses were resolved in FI.",
    positive_difference: "Agreeing that the course made a positive difference for the child: parents {parents}, professionals {professionals}.",
    ratings_for_all_areas: "The askers' ratings of sparring are kept without an area and are shown for all areas together only.",
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
        Summary::SplitMerged {
            n,
            very_satisfied,
            all_others,
        } => fill(
            text.split_merged,
            &[
                ("n", n.to_string()),
                ("a", very_satisfied.to_string()),
                ("c", all_others.to_string()),
            ],
        ),
        Summary::TooFewToSplit { n: Some(n) } => {
            fill(text.too_few_to_split, &[("n", n.to_string())])
        }
        Summary::TooFewToSplit { n: None } => text.too_few_to_count.to_owned(),
        Summary::ResolvedInFi { percent, closed } => fill(
            text.resolved_in_fi,
            &[
                ("percent", percent.to_string()),
                ("closed", closed.to_string()),
            ],
        ),
        Summary::PositiveDifference {
            parents,
            professionals,
        } => fill(
            text.positive_difference,
            &[("parents", v(parents)), ("professionals", v(professionals))],
        ),
        Summary::RatingsForAllAreas => text.ratings_for_all_areas.to_owned(),
    }
}
