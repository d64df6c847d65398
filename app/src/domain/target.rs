//! Targets a project lead sets for a goal's figures, as Faxe writes *"50 % af alle
//! underretninger … vedrører børn under 8 år"*: a share, a direction (at least / at most) and
//! the year it is to be reached by; and the plain status each figure has against its target.

use serde::{Deserialize, Serialize};

use super::{
    form::{Fields, Problems},
    Problem,
};
use crate::choice;

choice! {
    /// A figure a target may be set for: a share with one figure per year on a goal's page
    /// (goal 3's on its pages for a whole year, beside the year before).
    pub enum TargetFigure {
        /// Goal 1: the share of notifications about children under 8.
        UnderEight => "under_eight",
        /// Goal 1: the share of notifications about children aged 0–9.
        UpToNine => "up_to_nine",
        /// Goal 2: the preventive share of the measures.
        PreventiveMeasures => "preventive_measures",
        /// Goal 2: the preventive share of the expenditure.
        PreventiveExpenditure => "preventive_expenditure",
        /// Goal 3: the share of parents very satisfied.
        VerySatisfied => "very_satisfied",
        /// Goal 3: the share of parents who see a positive difference for the child.
        PositiveDifference => "positive_difference",
    }
}

/// Which column of its table a figure is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    At(usize),
    /// The last (the preventive share after the steps, however many a municipality has).
    Last,
    /// Row `n` of a table of this status against the last (`goal3-previous`): the earlier
    /// period in its first column, this one in its second.
    Compared(usize),
}

impl TargetFigure {
    /// The number of the goal whose page shows it (`Goal::number`).
    pub fn goal(self) -> u8 {
        match self {
            TargetFigure::UnderEight | TargetFigure::UpToNine => 1,
            TargetFigure::PreventiveMeasures | TargetFigure::PreventiveExpenditure => 2,
            TargetFigure::VerySatisfied | TargetFigure::PositiveDifference => 3,
        }
    }

    /// The table (a row per year) and column it is read from, as the page shows it.
    pub fn source(self) -> (&'static str, Column) {
        match self {
            TargetFigure::UpToNine => ("goal1-young", Column::At(0)),
            TargetFigure::UnderEight => ("goal1-young", Column::At(1)),
            TargetFigure::PreventiveMeasures => ("goal2-measures", Column::Last),
            TargetFigure::PreventiveExpenditure => ("goal2-expenditure", Column::Last),
            // The rows of `indicators::last_status::difference_figures`.
            TargetFigure::VerySatisfied => ("goal3-previous", Column::Compared(1)),
            TargetFigure::PositiveDifference => ("goal3-previous", Column::Compared(2)),
        }
    }

    /// The figures of the goal numbered `goal`.
    pub fn of(goal: u8) -> impl Iterator<Item = TargetFigure> {
        Self::ALL.iter().copied().filter(move |f| f.goal() == goal)
    }
}

choice! {
    /// Whether the figure is to reach the target from below or stay under it.
    pub enum Direction {
        AtLeast => "at_least",
        AtMost => "at_most",
    }
}

impl Direction {
    /// Whether `value` meets `target` in this direction.
    pub fn met(self, value: f64, target: f64) -> bool {
        match self {
            Direction::AtLeast => value >= target,
            Direction::AtMost => value <= target,
        }
    }
}

/// A target: `figure` is to be `direction` `percent` by `year`.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Target {
    pub figure: TargetFigure,
    /// The share in percent, with at most one decimal.
    pub percent: f64,
    pub direction: Direction,
    /// The year it is to be reached by.
    pub year: u32,
}

/// The years a target may be set for.
pub const TARGET_YEARS: (u32, u32) = (2000, 2100);

/// A share in percent typed with a decimal comma or point, at most one decimal, 0–100.
fn percent(value: &str) -> Result<f64, Problem> {
    let value = value.trim().trim_end_matches('%').trim().replace(',', ".");
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let decimals = value.split_once('.').map_or(0, |(_, d)| d.len());
    let parsed: f64 = value
        .parse()
        .ok()
        .filter(|p: &f64| p.is_finite() && decimals <= 1 && !value.starts_with(['+', '-']))
        .ok_or(Problem::NotAFigure)?;
    if (0.0..=100.0).contains(&parsed) {
        Ok(parsed)
    } else {
        Err(Problem::OutOfRange { min: 0, max: 100 })
    }
}

fn year(value: &str) -> Result<u32, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let year: u32 = value.parse().map_err(|_| Problem::NotANumber)?;
    let (min, max) = TARGET_YEARS;
    if (min..=max).contains(&year) {
        Ok(year)
    } else {
        Err(Problem::OutOfRange { min, max })
    }
}

impl Target {
    /// Reads the target form (`figure`, `percent`, `direction`, `year`), every problem at once.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<crate::domain::FieldError>> {
        let mut problems = Problems::default();
        let figure = problems.check("figure", TargetFigure::parse(form.get("figure")));
        let percent = problems.check("percent", percent(form.get("percent")));
        let direction = problems.check("direction", Direction::parse(form.get("direction")));
        let year = problems.check("year", year(form.get("year")));
        problems.finish(|| {
            Some(Target {
                figure: figure?,
                percent: percent?,
                direction: direction?,
                year: year?,
            })
        })
    }

    /// The status of a figure that was `before` in an earlier year and is `now` in `year`
    /// (`None` where the page hides it or has none).
    pub fn status(&self, before: Option<f64>, now: Option<f64>, year: u32) -> TargetStatus {
        let Some(now) = now else {
            return TargetStatus::Unknown;
        };
        if self.direction.met(now, self.percent) {
            return TargetStatus::Reached;
        }
        if year >= self.year {
            return TargetStatus::Missed;
        }
        match before {
            Some(before) if (self.percent - now).abs() < (self.percent - before).abs() => {
                TargetStatus::OnTheWay
            }
            Some(_) => TargetStatus::MovingAway,
            None => TargetStatus::Unknown,
        }
    }
}

choice! {
    /// A figure's plain status against its target (the page writes the rule of each).
    pub enum TargetStatus {
        /// The figure of the year shown meets the target.
        Reached => "reached",
        /// Not met, the target year not yet come, and closer to the target than in the baseline.
        OnTheWay => "on_the_way",
        /// Not met, the target year not yet come, and no closer than in the baseline.
        MovingAway => "moving_away",
        /// Not met in the target year or after it.
        Missed => "missed",
        /// The figure is hidden or missing, or there is nothing to compare it with.
        Unknown => "unknown",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form<'a>(pairs: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
        pairs.to_vec()
    }

    #[test]
    fn a_target_reads_a_decimal_comma_and_names_each_bad_field() {
        let target = Target::parse(&form(&[
            ("figure", "under_eight"),
            ("percent", "50,5 %"),
            ("direction", "at_least"),
            ("year", "2025"),
        ]))
        .expect("reads");
        assert_eq!(target.percent, 50.5);
        let errors = Target::parse(&form(&[
            ("figure", "children"),
            ("percent", "120"),
            ("direction", "more"),
            ("year", "25"),
        ]))
        .expect_err("refused");
        let fields: Vec<(&str, Problem)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect();
        assert_eq!(
            fields,
            [
                ("figure", Problem::NotAChoice),
                ("percent", Problem::OutOfRange { min: 0, max: 100 }),
                ("direction", Problem::NotAChoice),
                (
                    "year",
                    Problem::OutOfRange {
                        min: 2000,
                        max: 2100
                    }
                ),
            ]
        );
        assert_eq!(percent("50,55"), Err(Problem::NotAFigure));
        assert_eq!(percent("-5"), Err(Problem::NotAFigure));
    }

    #[test]
    fn the_status_follows_the_rules_written_on_the_page() {
        let under_eight = Target {
            figure: TargetFigure::UnderEight,
            percent: 50.0,
            direction: Direction::AtLeast,
            year: 2025,
        };
        assert_eq!(
            under_eight.status(Some(35.3), Some(47.0), 2020),
            TargetStatus::OnTheWay
        );
        assert_eq!(
            under_eight.status(Some(47.0), Some(35.3), 2020),
            TargetStatus::MovingAway
        );
        assert_eq!(
            under_eight.status(Some(35.3), Some(50.0), 2020),
            TargetStatus::Reached
        );
        assert_eq!(
            under_eight.status(Some(35.3), Some(47.0), 2025),
            TargetStatus::Missed
        );
        assert_eq!(
            under_eight.status(Some(35.3), None, 2020),
            TargetStatus::Unknown
        );
        let fewer = Target {
            direction: Direction::AtMost,
            percent: 40.0,
            ..under_eight
        };
        assert_eq!(
            fewer.status(Some(50.0), Some(39.9), 2020),
            TargetStatus::Reached
        );
    }
}
