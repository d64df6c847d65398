//! The words the result goals' tables are written in (titles, heads, the names of answers
//! and outcomes), and the goals' status sentences (`goals.ftl`).

use super::{
    catalogue::{text, Template, Value},
    choices::choice_list,
    evaluation::questionnaire,
    figures::value_text,
    professionals,
};
use crate::domain::{
    advice::CitizenRole,
    course::CourseOutcome,
    dashboard::{Labels, Summary},
    sparring::{AgeBand, AskerRole, Outcome, Theme},
    Lang,
};

/// Builds [`Labels`]: each field named in the first list is the message `goals-<field>`; the
/// rest are the words of the lists they name, so that each is written once.
macro_rules! labels {
    ($words:ident; $($field:ident),* ; $($other:ident: $value:expr),* $(,)?) => {
        Labels {
            $($field: $words(stringify!($field)),)*
            $($other: $value,)*
        }
    };
}

/// The words of the goals' tables in `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    static CACHE: [std::sync::OnceLock<Labels>; Lang::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Lang::ALL.len()];
    CACHE[lang as usize].get_or_init(|| {
        let words = |field: &str| -> &'static str {
            // Read once per language (cached above), so leaking is bounded.
            Box::leak(text(lang, &format!("goals-{field}"), &[]).into_boxed_str())
        };
        let questionnaire = questionnaire(lang);
        labels!(
            words;
            total,
            total_n,
            year,
            change,
            years_of_age,
            notifications_by_age,
            youngest_share,
            share_up_to_nine,
            share_under_eight,
            change_by_age,
            age,
            notifications_by_sender,
            measures_per_step,
            expenditure_per_step,
            preventive_share,
            preventive_measures,
            placements,
            all_measures,
            expenditure_preventive,
            expenditure_placements,
            expenditure_total,
            development,
            key_figure,
            overall_satisfaction,
            answer,
            count_share,
            satisfied_or_medium,
            all_others,
            dissatisfied,
            satisfaction_title,
            question,
            agreement_title,
            statement,
            activity_title,
            children_reached,
            meetings,
            anonymous_meetings,
            anonymous_share,
            meetings_per_course,
            mean,
            closed_courses_n,
            courses_share,
            outcomes_title,
            outcome,
            sparring_title,
            requests_share,
            closed_n,
            received,
            group,
            parents,
            professionals,
            both_difference,
            both_collaboration,
            professional_statements,
            work_groups_title,
            response_title,
            codes_issued,
            answers_n,
            response_rate,
            ratings_title,
            sparring_roles_title,
            sparring_themes_title,
            sparring_ages_title,
            role,
            theme,
            themes_total,
            previous_title,
            notifications_total,
            measures_share,
            expenditure_share,
            answered_parents,
            very_satisfied_share,
            parents_difference_share,
            answered_professionals,
            professionals_difference_share,
            resolved_share,
            districts_title,
            district,
            no_district,
            other_districts,
            sparring_received,
            advice_title,
            advice_roles_title,
            advice_themes_title,
            advice_ages_title,
            advice_ratings_title,
            offers_pointed_title,
            offer,
            other_offers;
            pro_statements: [words("pro_statements-1"), words("pro_statements-2")],
            satisfaction: questionnaire.satisfaction,
            agreement: questionnaire.agreement,
            questions: questionnaire.short,
            course_outcomes: choice_list(lang, "course_outcome", CourseOutcome::ALL, CourseOutcome::as_str),
            sparring_outcomes: choice_list(lang, "sparring_outcome", Outcome::ALL, Outcome::as_str),
            work_groups: professionals::questionnaire(lang).groups,
            ratings: professionals::rating(lang).statements,
            sparring_roles: choice_list(lang, "asker_role", AskerRole::ALL, AskerRole::as_str),
            advice_roles: choice_list(lang, "advice_role", CitizenRole::ALL, CitizenRole::as_str),
            advice_ratings: professionals::advice_rating(lang).statements,
            sparring_themes: choice_list(lang, "theme", Theme::ALL, Theme::as_str),
            age_bands: choice_list(lang, "age_band", AgeBand::ALL, AgeBand::as_str),
        )
    })
}

crate::texts! {
    /// The goals' status sentences; `{name}` is filled with the figure of that name.
    pub struct SummaryText {
        pub notifications: Template,
        pub staircase: Template,
        pub split: Template,
        pub split_merged: Template,
        pub too_few_to_split: Template,
        pub too_few_to_count: &'static str,
        pub resolved_in_fi: Template,
        pub positive_difference: Template,
        pub ratings_for_all_areas: &'static str,
    }
    /// The status sentences in `lang`.
    pub fn summary_words => "summary";
}

/// `template` with each figure, already written out, filled in.
fn filled(template: Template, values: &[(&str, String)]) -> String {
    let args: Vec<(&str, Value)> = values
        .iter()
        .map(|(name, value)| (*name, Value::from(value.as_str())))
        .collect();
    template.fill(&args)
}

/// A goal's status as a sentence in `lang`.
pub fn summary_text(lang: Lang, summary: &Summary) -> String {
    let text = summary_words(lang);
    let v = |value| value_text(lang, value);
    match summary {
        Summary::Target {
            target,
            year,
            value,
            status,
        } => super::targets::target_summary(lang, target, *year, value, *status),
        Summary::Notifications {
            base_year,
            year,
            base_total,
            total,
            change,
            young_base,
            young,
        } => filled(
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
        } => filled(
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
        } => filled(
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
        } => filled(
            text.split_merged,
            &[
                ("n", n.to_string()),
                ("a", very_satisfied.to_string()),
                ("c", all_others.to_string()),
            ],
        ),
        Summary::TooFewToSplit { n: Some(n) } => {
            filled(text.too_few_to_split, &[("n", n.to_string())])
        }
        Summary::TooFewToSplit { n: None } => text.too_few_to_count.to_owned(),
        Summary::ResolvedInFi { percent, closed } => filled(
            text.resolved_in_fi,
            &[
                ("percent", percent.to_string()),
                ("closed", closed.to_string()),
            ],
        ),
        Summary::PositiveDifference {
            parents,
            professionals,
        } => filled(
            text.positive_difference,
            &[("parents", v(parents)), ("professionals", v(professionals))],
        ),
        Summary::RatingsForAllAreas => text.ratings_for_all_areas.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use crate::domain::Lang;
    use crate::i18n::goals::labels;

    #[test]
    fn every_label_is_a_message_of_its_own() {
        for lang in Lang::DANISH_AND_ENGLISH {
            // A field without a message would show its id.
            let shown = format!("{:?}", labels(lang));
            assert!(!shown.contains("goals-"), "{shown}");
            assert!(!shown.contains("\"\""), "an empty name: {shown}");
        }
        assert_eq!(labels(Lang::Da).sparring_themes[2], "Sprog og udvikling");
        assert_eq!(labels(Lang::En).total, "Total");
    }
}
