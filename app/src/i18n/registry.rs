//! The words of the municipality's own staircase on the lead's pages (`registry.ftl`): the
//! import of its kinds of step, the choice of which count as preventive, goal 2's tables per
//! kind, and the gaps the imported registry figures leave.

use super::catalogue::Template;
use crate::domain::{dashboard::Gap, Lang};

crate::texts! {
    /// The staircase's kinds and the registry figures' gaps.
    pub struct RegistryText {
        /// The kinds' import: heading and format.
        pub import_kinds: [&'static str; 2],
        /// The choice of preventive kinds: heading, text, column heads, button.
        pub preventive_title: &'static str,
        pub preventive_intro: &'static str,
        pub kind_column: &'static str,
        pub preventive_column: &'static str,
        pub steps_column: &'static str,
        /// A kind no step uses.
        pub unused: &'static str,
        pub save: &'static str,
        /// Goal 2's tables per kind of step.
        pub kind_measures: &'static str,
        pub kind_expenditure: &'static str,
        /// A kind's rows in the growth table (`kind`).
        pub measures_of: Template,
        pub expenditure_of: Template,
        /// Under goal 2's figures: the kinds that count as preventive (`kinds`).
        pub preventive_note: Template,
        /// The gaps (`years`, `step`).
        pub gap_years: Template,
        pub gap_measures: Template,
        pub gap_step_measures: Template,
        pub gap_step_expenditure: Template,
        /// No period before this one to compare with (`period`), or none of the same length.
        pub gap_previous: Template,
        pub gap_no_previous: &'static str,
        /// Under the gaps: what a dash means.
        pub gap_note: &'static str,
    }
    /// The staircase's words in `lang`.
    pub fn registry_text => "registry";
}

fn years(years: &[u32]) -> String {
    years
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// The sentences that tell what the figures leave out.
pub fn gap_texts(lang: Lang, gap: &Gap) -> Vec<String> {
    let text = registry_text(lang);
    let of_years =
        |template: &Template, list: &[u32]| template.fill(&[("years", years(list).into())]);
    match gap {
        Gap::YearsMissing(list) => vec![of_years(&text.gap_years, list)],
        Gap::PreviousMissing(period) => {
            vec![text
                .gap_previous
                .fill(&[("period", period.as_str().into())])]
        }
        Gap::NoPreviousPeriod => vec![text.gap_no_previous.to_owned()],
        Gap::MeasuresMissing(list) => vec![of_years(&text.gap_measures, list)],
        Gap::StepMissing {
            step,
            measures,
            expenditure,
        } => {
            let of_step = |template: &Template, list: &[u32]| {
                template.fill(&[
                    ("step", step.as_str().into()),
                    ("years", years(list).into()),
                ])
            };
            let mut out = Vec::new();
            if !measures.is_empty() {
                out.push(of_step(&text.gap_step_measures, measures));
            }
            if !expenditure.is_empty() {
                out.push(of_step(&text.gap_step_expenditure, expenditure));
            }
            out
        }
    }
}
