//! The municipality's population by single year of age, as Statistics Denmark's Statbank
//! exports table FOLK1A ("Folketal den 1. i kvartalet efter område, køn, alder, civilstand og
//! tid") as CSV: `;`-separated, a header of the variables chosen and `INDHOLD` (the count),
//! values as text (`Rebild`, `I alt`, `7 år`, `2024K1`) or as codes (`840`, `TOT`, `7`). Figures
//! per 1,000 children and per 0–22-year-old are counted against it (result goals 1 and 2).
//!
//! A year's population is its first quarter's (1 January) or, where the file lacks that
//! quarter, its earliest. Lines split by sex or marital status are summed unless the file has
//! the totals too, in which case only the totals count. Every problem is reported with its line
//! and column; nothing is kept unless the whole file reads.

use std::collections::{BTreeMap, HashSet};

use super::{
    csv_input::{self, Line},
    registry_import::{count, take},
    ImportError, Problem,
};

/// The oldest age Statbank counts.
pub const MAX_AGE: u32 = 125;

/// Years a population may be for.
const YEARS: (u32, u32) = (1990, 2100);

/// People of one age in a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PopulationRow {
    pub year: u32,
    pub age: u32,
    pub number: u64,
}

/// What an age label says: one age, or the total over all ages (left out).
fn age(label: &str) -> Result<Option<u32>, Problem> {
    let label = label.trim().to_lowercase();
    if matches!(
        label.as_str(),
        "ialt" | "i alt" | "alder i alt" | "total" | "age, total"
    ) {
        return Ok(None);
    }
    let number = label
        .strip_suffix(" år")
        .or_else(|| label.strip_suffix(" years"))
        .or_else(|| label.strip_suffix(" year"))
        .unwrap_or(&label);
    number
        .parse::<u32>()
        .ok()
        .filter(|a| *a <= MAX_AGE)
        .map(Some)
        .ok_or(Problem::UnknownAge)
}

/// A period `2024K1`, `2024M01` or `2024`: its year and its place within the year.
fn period(label: &str) -> Result<(u32, u32), Problem> {
    let label = label.trim().to_uppercase();
    let (year, within) = match label.find(['K', 'Q', 'M']) {
        Some(at) => (&label[..at], label[at + 1..].parse::<u32>().ok()),
        None => (label.as_str(), Some(0)),
    };
    let year = year
        .parse::<u32>()
        .ok()
        .filter(|y| (YEARS.0..=YEARS.1).contains(y));
    match (year, within) {
        (Some(year), Some(within)) if within <= 12 => Ok((year, within)),
        _ => Err(Problem::UnknownPeriod),
    }
}

/// A count of people: not negative.
fn people_count(value: &str) -> Result<u64, Problem> {
    if value.trim_start().starts_with('-') {
        Err(Problem::Negative)
    } else {
        count(value)
    }
}

/// Whether a sex's or a marital status's value is the total over all.
fn total(value: &str) -> bool {
    let value = value.trim().to_lowercase();
    value.is_empty() || value == "tot" || value.ends_with("i alt") || value == "total"
}

/// Reads a FOLK1A export (see the module's notes).
pub fn parse_population(bytes: &[u8]) -> Result<Vec<PopulationRow>, Vec<ImportError>> {
    let index = csv_input::columns(bytes, &["alder", "tid", "indhold"])?;
    let (lines, mut errors) = csv_input::lines(bytes, &index);
    // Which split columns the file has totals for: only those lines count for it then.
    let splits: Vec<&str> = ["køn", "civilstand"]
        .into_iter()
        .filter(|c| index.contains_key(*c))
        .collect();
    let with_totals: Vec<bool> = splits
        .iter()
        .map(|c| lines.iter().any(|l| total(l.get(c))))
        .collect();
    let counted = |line: &Line<'_>| {
        splits
            .iter()
            .zip(&with_totals)
            .all(|(c, has_total)| !has_total || total(line.get(c)))
    };
    let area = lines.first().map(|l| l.get("område").to_owned());
    let mut seen = HashSet::new();
    // (year, place in the year) → age → people.
    let mut periods: BTreeMap<(u32, u32), BTreeMap<u32, u64>> = BTreeMap::new();
    for line in &lines {
        if area.as_deref().is_some_and(|a| a != line.get("område")) {
            errors.push(line.error("område", Problem::OtherArea));
            continue;
        }
        let age = take(line, &mut errors, "alder", age(line.get("alder")));
        let when = take(line, &mut errors, "tid", period(line.get("tid")));
        let number = take(
            line,
            &mut errors,
            "indhold",
            people_count(line.get("indhold")),
        );
        let (Some(age), Some(when), Some(number)) = (age, when, number) else {
            continue;
        };
        let key: Vec<&str> = std::iter::once(line.get("alder"))
            .chain(std::iter::once(line.get("tid")))
            .chain(splits.iter().map(|c| line.get(c)))
            .collect();
        if !seen.insert(key.join("\u{1f}")) {
            errors.push(line.error("alder", Problem::DuplicateLine));
            continue;
        }
        if let (Some(age), true) = (age, counted(line)) {
            *periods.entry(when).or_default().entry(age).or_default() += number;
        }
    }
    if !errors.is_empty() {
        errors.sort_by_key(|e| e.line);
        return Err(errors);
    }
    let mut rows = Vec::new();
    let mut years_done = HashSet::new();
    for ((year, _), ages) in periods {
        // The earliest period of a year is its population (1 January where the file has it).
        if years_done.insert(year) {
            rows.extend(
                ages.into_iter()
                    .map(|(age, number)| PopulationRow { year, age, number }),
            );
        }
    }
    Ok(rows)
}

/// The people aged `from` to `to` in `year`, if the year was imported.
pub fn people(rows: &[PopulationRow], year: u32, from: u32, to: u32) -> Option<u64> {
    let of_year: Vec<&PopulationRow> = rows.iter().filter(|r| r.year == year).collect();
    (!of_year.is_empty()).then(|| {
        of_year
            .iter()
            .filter(|r| (from..=to).contains(&r.age))
            .map(|r| r.number)
            .sum()
    })
}

/// `n` per 1,000 of `of`, to one decimal.
pub fn per_thousand(n: u64, of: u64) -> Option<f64> {
    (of > 0).then(|| (n as f64 * 10_000.0 / of as f64).round() / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture() -> Vec<u8> {
        std::fs::read(format!(
            "{}/../end2end/fixtures/population_folk1a_synthetic.csv",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    }

    #[test]
    fn the_synthetic_folk1a_export_gives_each_years_children_and_young_people() {
        let rows = parse_population(&fixture()).expect("reads");
        assert_eq!(people(&rows, 2020, 0, 17), Some(6_660));
        assert_eq!(people(&rows, 2020, 0, 22), Some(8_160));
        assert_eq!(people(&rows, 2015, 0, 17), Some(6_480));
        assert_eq!(people(&rows, 2019, 0, 17), None, "a year not imported");
        assert_eq!(per_thousand(411, 6_660), Some(61.7));
    }

    #[test]
    fn codes_and_splits_by_sex_read_as_statbank_writes_them() {
        let file = "OMRÅDE;KØN;ALDER;TID;INDHOLD\n840;1;0;2024K1;100\n840;2;0;2024K1;90\n840;1;0;2024K2;101\n";
        let rows = parse_population(file.as_bytes()).expect("reads");
        assert_eq!(
            rows,
            [PopulationRow {
                year: 2024,
                age: 0,
                number: 190
            }],
            "the sexes summed, the first quarter kept"
        );
        let with_total = "KØN;ALDER;TID;INDHOLD\nI alt;3 år;2024K1;50\nMænd;3 år;2024K1;26\nKvinder;3 år;2024K1;24\n";
        let rows = parse_population(with_total.as_bytes()).expect("reads");
        assert_eq!(
            rows[0].number, 50,
            "only the total counts where the file has it"
        );
    }

    #[test]
    fn bad_lines_are_refused_with_their_line_and_column() {
        let problems = |text: &str| -> Vec<(u64, String, Problem)> {
            parse_population(text.as_bytes())
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.line, e.column, e.problem))
                .collect()
        };
        assert_eq!(
            problems("OMRÅDE;ALDER;TID;INDHOLD\nRebild;0-4 år;2024K1;10\nRebild;5 år;i fjor;10\nRebild;6 år;2024K1;-3\nFaxe;7 år;2024K1;4\nRebild;8 år;2024K1;5\nRebild;8 år;2024K1;5\n"),
            vec![
                (2, "alder".to_owned(), Problem::UnknownAge),
                (3, "tid".to_owned(), Problem::UnknownPeriod),
                (4, "indhold".to_owned(), Problem::Negative),
                (5, "område".to_owned(), Problem::OtherArea),
                (7, "alder".to_owned(), Problem::DuplicateLine),
            ]
        );
        assert_eq!(
            parse_population(b"alder,tid,indhold\n"),
            Ok(Vec::new()),
            "a header alone is no problem"
        );
    }
}
