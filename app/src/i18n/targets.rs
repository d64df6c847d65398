//! The words of the lead's targets (`targets.ftl`): the form, the rules of each status, the
//! target tables' captions and the status sentence. The figures, directions and statuses are
//! named as `<list>-<value>` by their stored values.

use super::{
    catalogue::{Template, Value},
    choices::choice_name,
    figures::{decimal, status_name, value_text},
};
use crate::domain::{
    table,
    target::{Target, TargetFigure, TargetStatus},
    Lang,
};

crate::texts! {
    /// The targets' words on a goal's page and in the report.
    pub struct TargetText {
        pub heading: &'static str,
        pub intro: &'static str,
        /// The form's fields.
        pub figure: &'static str,
        pub percent: &'static str,
        pub percent_hint: &'static str,
        pub direction: &'static str,
        pub year: &'static str,
        pub save: &'static str,
        pub remove: &'static str,
        /// The targets set, each with its remove button.
        pub set_title: &'static str,
        /// The target tables' column heads.
        pub target_column: &'static str,
        pub status_column: &'static str,
        pub rules_title: &'static str,
        /// The rule of each status, in `TargetStatus::ALL`'s order.
        pub rules: [&'static str; 5],
        /// A target table's caption (`figure`, `direction`, `percent`, `year`).
        pub title: Template,
        /// The status sentence (`figure`, `direction`, `percent`, `target_year`, `year`,
        /// `value`, `status`).
        pub summary: Template,
    }
    /// The targets' words in `lang`.
    pub fn target_text => "targets";
}

/// A figure's name.
pub fn figure_name(lang: Lang, figure: TargetFigure) -> &'static str {
    choice_name(lang, "target_figure", figure.as_str())
}

fn shares(lang: Lang, target: &Target) -> [(&'static str, Value); 4] {
    [
        ("figure", figure_name(lang, target.figure).into()),
        (
            "direction",
            choice_name(lang, "direction", target.direction.as_str()).into(),
        ),
        (
            "percent",
            format!("{} %", decimal(lang, target.percent)).into(),
        ),
        ("year", target.year.into()),
    ]
}

/// The caption of `target`'s table, its first letter a capital.
pub fn target_title(lang: Lang, target: &Target) -> String {
    super::capitalised(&target_text(lang).title.fill(&shares(lang, target)))
}

/// A figure's name as a heading.
pub fn figure_heading(lang: Lang, figure: TargetFigure) -> String {
    super::capitalised(figure_name(lang, figure))
}

/// The sentence of `target`'s status in `year`, where the figure was `value`.
pub fn target_summary(
    lang: Lang,
    target: &Target,
    year: u32,
    value: &table::Value,
    status: TargetStatus,
) -> String {
    let [figure, direction, percent, target_year] = shares(lang, target);
    target_text(lang).summary.fill(&[
        figure,
        direction,
        percent,
        ("target_year", target_year.1),
        ("year", year.into()),
        ("value", value_text(lang, value).into()),
        ("status", status_name(lang, status).into()),
    ])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::target::Direction;

    #[test]
    fn the_status_sentence_names_the_figure_the_target_and_the_status() {
        let target = Target {
            figure: TargetFigure::UnderEight,
            percent: 50.0,
            direction: Direction::AtLeast,
            year: 2025,
        };
        let value = table::Value::Share {
            percent: Some(47.0),
            n: 411,
        };
        assert_eq!(
            target_summary(Lang::Da, &target, 2020, &value, TargetStatus::OnTheWay),
            "Mål for andelen af underretningerne om børn under 8 år: mindst 50,0 % i 2025. I 2020 var den 47,0 % – på vej."
        );
        assert_eq!(
            target_title(Lang::En, &target),
            "The share of notifications about children under 8: target at least 50.0 % by 2025"
        );
        for status in TargetStatus::ALL {
            assert!(
                !status_name(Lang::En, *status).contains('-'),
                "{status:?} is named"
            );
        }
    }
}
