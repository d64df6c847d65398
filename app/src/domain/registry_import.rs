//! The project lead's yearly registry figures from CSV (result goals 1 and 2): notifications
//! by age, the kinds of step, the staircase's steps, and measures and expenditure per step. Each file is checked
//! whole – every problem with its line and column – before any of it is stored
//! (`store::registry_store`).

use std::collections::HashSet;

use super::{
    csv_input::{self, Line},
    registry::{Step, StepKind, MAX_AGE},
    ImportError, Problem,
};

/// Years a registry figure may have.
const YEARS: (u32, u32) = (1990, 2100);

/// Notifications about children of one age in one year, from one sender ('' when not given).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRow {
    pub year: u32,
    /// The child's age, 0–17.
    pub age: u32,
    /// Who sent them ("skole", "politi" …), or empty.
    pub sender: String,
    /// How many.
    pub number: u64,
}

/// Measures and expenditure on one step in one year; either may be unknown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureRow {
    pub year: u32,
    /// The step's key.
    pub step: String,
    /// Number of measures.
    pub measures: Option<u64>,
    /// Expenditure in Danish kroner.
    pub expenditure_dkk: Option<u64>,
}

fn whole(value: &str, min: u32, max: u32) -> Result<u32, Problem> {
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let n: u64 = value.parse().map_err(|_| Problem::NotANumber)?;
    u32::try_from(n)
        .ok()
        .filter(|n| (min..=max).contains(n))
        .ok_or(Problem::OutOfRange { min, max })
}

/// A count, with thousands grouped by dots or spaces or not at all.
pub(super) fn count(value: &str) -> Result<u64, Problem> {
    // Spreadsheets may write thousands with a dot or a space: 11.900.000.
    let digits: String = value.chars().filter(|c| !matches!(c, '.' | ' ')).collect();
    if digits.is_empty() {
        return Err(Problem::Required);
    }
    digits.parse().map_err(|_| Problem::NotANumber)
}

fn optional_count(value: &str) -> Result<Option<u64>, Problem> {
    if value.is_empty() {
        Ok(None)
    } else {
        count(value).map(Some)
    }
}

/// Reads every line with `read`, which reports its problems; all lines or the problems.
pub(super) fn read_all<T>(
    bytes: &[u8],
    required: &[&str],
    mut read: impl FnMut(&Line<'_>, &mut Vec<ImportError>) -> Option<T>,
) -> Result<Vec<T>, Vec<ImportError>> {
    let index = csv_input::columns(bytes, required)?;
    let (lines, mut errors) = csv_input::lines(bytes, &index);
    let rows: Vec<T> = lines
        .iter()
        .filter_map(|line| read(line, &mut errors))
        .collect();
    if errors.is_empty() {
        Ok(rows)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

/// Collects a field's value, or its problem.
pub(super) fn take<T>(
    line: &Line<'_>,
    errors: &mut Vec<ImportError>,
    column: &str,
    parsed: Result<T, Problem>,
) -> Option<T> {
    parsed.map_err(|p| errors.push(line.error(column, p))).ok()
}

/// `year,age,count` with an optional `sender`.
pub fn parse_notifications(bytes: &[u8]) -> Result<Vec<NotificationRow>, Vec<ImportError>> {
    let mut seen = HashSet::new();
    read_all(bytes, &["year", "age", "count"], |line, errors| {
        let year = take(
            line,
            errors,
            "year",
            whole(line.get("year"), YEARS.0, YEARS.1),
        );
        let age = take(line, errors, "age", whole(line.get("age"), 0, MAX_AGE));
        let number = take(line, errors, "count", count(line.get("count")));
        let sender = line.get("sender").to_lowercase();
        let (year, age, number) = (year?, age?, number?);
        if !seen.insert((year, age, sender.clone())) {
            errors.push(line.error("age", Problem::DuplicateLine));
            return None;
        }
        Some(NotificationRow {
            year,
            age,
            sender,
            number,
        })
    })
}

/// A key or a label: required, at most 200 characters.
fn required(line: &Line<'_>, column: &str) -> Result<String, Problem> {
    match line.get(column) {
        "" => Err(Problem::Required),
        value if value.chars().count() > 200 => Err(Problem::TooLong { max: 200 }),
        value => Ok(value.to_owned()),
    }
}

/// Yes or no, as a Danish or English spreadsheet writes it.
fn yes_or_no(value: &str) -> Result<bool, Problem> {
    match value.to_lowercase().as_str() {
        "" => Err(Problem::Required),
        "ja" | "yes" | "1" | "true" | "sand" => Ok(true),
        "nej" | "no" | "0" | "false" | "falsk" => Ok(false),
        _ => Err(Problem::NotAChoice),
    }
}

/// `kind,rank,label_da,label_en,preventive` (`preventive`: ja/nej, yes/no, 1/0).
pub fn parse_kinds(bytes: &[u8]) -> Result<Vec<StepKind>, Vec<ImportError>> {
    let (mut keys, mut ranks) = (HashSet::new(), HashSet::new());
    read_all(
        bytes,
        &["kind", "rank", "label_da", "label_en", "preventive"],
        |line, errors| {
            let kind = take(line, errors, "kind", required(line, "kind"));
            let rank = take(line, errors, "rank", whole(line.get("rank"), 1, 50));
            let label_da = take(line, errors, "label_da", required(line, "label_da"));
            let label_en = take(line, errors, "label_en", required(line, "label_en"));
            let preventive = take(
                line,
                errors,
                "preventive",
                yes_or_no(line.get("preventive")),
            );
            let (kind, rank) = (kind?, rank?);
            if !keys.insert(kind.clone()) {
                errors.push(line.error("kind", Problem::DuplicateLine));
            }
            if !ranks.insert(rank) {
                errors.push(line.error("rank", Problem::DuplicateLine));
            }
            Some(StepKind {
                kind,
                rank,
                label_da: label_da?,
                label_en: label_en?,
                preventive: preventive?,
            })
        },
    )
}

/// `step,rank,kind,label_da,label_en`; `kinds` are the kinds of step known (`preventive` and
/// `placement` until the municipality imports its own).
pub fn parse_steps(bytes: &[u8], kinds: &HashSet<String>) -> Result<Vec<Step>, Vec<ImportError>> {
    let (mut keys, mut ranks) = (HashSet::new(), HashSet::new());
    read_all(
        bytes,
        &["step", "rank", "kind", "label_da", "label_en"],
        |line, errors| {
            let step = take(line, errors, "step", required(line, "step"));
            let rank = take(line, errors, "rank", whole(line.get("rank"), 1, 50));
            let kind = take(
                line,
                errors,
                "kind",
                match line.get("kind") {
                    "" => Err(Problem::Required),
                    kind if kinds.contains(kind) => Ok(kind.to_owned()),
                    _ => Err(Problem::UnknownKind),
                },
            );
            let label_da = take(line, errors, "label_da", required(line, "label_da"));
            let label_en = take(line, errors, "label_en", required(line, "label_en"));
            let (step, rank) = (step?, rank?);
            if !keys.insert(step.clone()) {
                errors.push(line.error("step", Problem::DuplicateLine));
            }
            if !ranks.insert(rank) {
                errors.push(line.error("rank", Problem::DuplicateLine));
            }
            Some(Step {
                step,
                rank,
                kind: kind?,
                label_da: label_da?,
                label_en: label_en?,
            })
        },
    )
}

/// `year,step,measures,expenditure_dkk`; `known` are the steps already on the staircase.
pub fn parse_staircase(
    bytes: &[u8],
    known: &HashSet<String>,
) -> Result<Vec<FigureRow>, Vec<ImportError>> {
    let mut seen = HashSet::new();
    read_all(
        bytes,
        &["year", "step", "measures", "expenditure_dkk"],
        |line, errors| {
            let year = take(
                line,
                errors,
                "year",
                whole(line.get("year"), YEARS.0, YEARS.1),
            );
            let step = line.get("step").to_owned();
            let step = take(
                line,
                errors,
                "step",
                match step.as_str() {
                    "" => Err(Problem::Required),
                    s if known.contains(s) => Ok(step.clone()),
                    _ => Err(Problem::UnknownStep),
                },
            );
            let measures = take(
                line,
                errors,
                "measures",
                optional_count(line.get("measures")),
            );
            let expenditure_dkk = take(
                line,
                errors,
                "expenditure_dkk",
                optional_count(line.get("expenditure_dkk")),
            );
            let (year, step) = (year?, step?);
            if !seen.insert((year, step.clone())) {
                errors.push(line.error("step", Problem::DuplicateLine));
                return None;
            }
            Some(FigureRow {
                year,
                step,
                measures: measures?,
                expenditure_dkk: expenditure_dkk?,
            })
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::registry::{PLACEMENT, PREVENTIVE};

    /// The kinds every staircase starts with.
    fn two_kinds() -> HashSet<String> {
        [PREVENTIVE, PLACEMENT].map(str::to_owned).into()
    }

    #[test]
    fn the_rebild_fixtures_read_whole() {
        let steps = parse_steps(
            include_bytes!("../../../end2end/fixtures/rebild_indsatstrappe_steps.csv"),
            &two_kinds(),
        )
        .expect("steps");
        assert_eq!(steps.len(), 5);
        assert_eq!(
            steps[4].label_da,
            "Børnecenter, eksterne institutioner og opholdssteder"
        );
        let known = steps.iter().map(|s| s.step.clone()).collect();
        let figures = parse_staircase(
            include_bytes!("../../../end2end/fixtures/rebild_indsatstrappe_2015_2020.csv"),
            &known,
        )
        .expect("figures");
        assert_eq!(figures.len(), 30);
        let notifications = parse_notifications(include_bytes!(
            "../../../end2end/fixtures/rebild_notifications_synthetic.csv"
        ))
        .expect("notifications");
        assert_eq!(
            notifications
                .iter()
                .filter(|r| r.year == 2015)
                .map(|r| r.number)
                .sum::<u64>(),
            300
        );
    }

    #[test]
    fn every_bad_line_is_reported_with_its_column() {
        let errors = parse_notifications(
            b"year,age,count,sender\n2020,18,3,\n2020,4,x,skole\n20,4,2,\n2020,5,1,\n2020,5,2,\n",
        )
        .expect_err("bad lines");
        let found: Vec<(u64, &str, Problem)> = errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.problem))
            .collect();
        assert_eq!(
            found,
            vec![
                (2, "age", Problem::OutOfRange { min: 0, max: 17 }),
                (3, "count", Problem::NotANumber),
                (
                    4,
                    "year",
                    Problem::OutOfRange {
                        min: 1990,
                        max: 2100
                    }
                ),
                (6, "age", Problem::DuplicateLine),
            ]
        );
        let errors = parse_staircase(
            b"year,step,measures,expenditure_dkk\n2020,ukendt,3,\n",
            &HashSet::new(),
        )
        .expect_err("unknown step");
        assert_eq!(errors[0].problem, Problem::UnknownStep);
        let errors = parse_steps(b"step,rank,kind\n", &two_kinds()).expect_err("columns");
        assert_eq!(errors.len(), 2, "label_da and label_en are missing");
    }

    #[test]
    fn hjoerrings_three_kinds_read_and_a_step_of_an_unknown_kind_is_refused() {
        let kinds = parse_kinds(include_bytes!(
            "../../../end2end/fixtures/hjoerring_kinds.csv"
        ))
        .expect("kinds");
        let keys: Vec<(&str, bool)> = kinds
            .iter()
            .map(|k| (k.kind.as_str(), k.preventive))
            .collect();
        assert_eq!(
            keys,
            [
                ("almen", true),
                ("hjemmebaseret", true),
                ("anbringelse", false)
            ]
        );
        let known: HashSet<String> = kinds.iter().map(|k| k.kind.clone()).collect();
        let steps = parse_steps(
            include_bytes!("../../../end2end/fixtures/hjoerring_steps.csv"),
            &known,
        )
        .expect("six steps");
        assert_eq!(steps.len(), 6);
        let errors = parse_steps(
            b"step,rank,kind,label_da,label_en\nsikret,1,sikret,Sikrede,Secure\n",
            &known,
        )
        .expect_err("unknown kind");
        assert_eq!(
            (errors[0].line, errors[0].column.as_str(), errors[0].problem),
            (2, "kind", Problem::UnknownKind)
        );
        let errors = parse_kinds(
            b"kind;rank;label_da;label_en;preventive\nalmen;1;Almen;General;kanske\nalmen;1;Igen;Again;ja\n",
        )
        .expect_err("bad kinds");
        let found: Vec<(u64, &str, Problem)> = errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (2, "preventive", Problem::NotAChoice),
                (3, "kind", Problem::DuplicateLine),
                (3, "rank", Problem::DuplicateLine),
            ]
        );
    }
}
