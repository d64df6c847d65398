//! Key figures of others – a comparison group of municipalities, the region, the country – as
//! the lead imports them from CSV, to be shown beside the municipality's own (result goal 2).
//!
//! Two shapes are read, the two the published sources come in (README, "Comparison with
//! others"):
//! - one line per group, one column per key figure: `group[,year],<key figure>…`; without a
//!   `year` column the year is given beside the file;
//! - one line per key figure and group, one column per period ending in its year:
//!   `indicator,group,march_2016,march_2019`.
//!
//! Every problem is reported with its line and column, and nothing is kept unless the whole
//! file reads (`store::comparison_store`).

use std::collections::HashSet;

use super::{csv_input, registry_import::take, ImportError, Problem};

/// Years a comparison figure may have.
pub const YEARS: (u32, u32) = (1990, 2100);

/// The longest key of a group or a key figure.
const MAX_KEY: usize = 100;

/// One key figure of one group in one year, as published.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparisonFigure {
    /// The key figure's key (`net_expenditure_dkk_per_0_22`).
    pub indicator: String,
    /// The group's key (`national`, `region_nordjylland`).
    pub group: String,
    pub year: u32,
    /// The figure as written, with `.` as the decimal point and no thousands separators
    /// (`54.6`), so that it keeps the decimals it was published with.
    pub value: String,
}

impl ComparisonFigure {
    /// The figure as a number.
    pub fn number(&self) -> f64 {
        self.value.parse().unwrap_or(0.0)
    }

    /// How many decimals it was published with.
    pub fn decimals(&self) -> u8 {
        self.value
            .split_once('.')
            .map_or(0, |(_, d)| u8::try_from(d.len()).unwrap_or(u8::MAX))
    }
}

/// A year typed beside a file, `YYYY`.
pub fn parse_year(value: &str) -> Result<u32, Problem> {
    let value = value.trim();
    if value.is_empty() {
        return Err(Problem::Required);
    }
    let year: u32 = value.parse().map_err(|_| Problem::NotANumber)?;
    if (YEARS.0..=YEARS.1).contains(&year) {
        Ok(year)
    } else {
        Err(Problem::OutOfRange {
            min: YEARS.0,
            max: YEARS.1,
        })
    }
}

/// A published figure: not negative, with a decimal comma in a semicolon file (as Danish
/// spreadsheets write it, where a dot groups thousands) and a decimal point otherwise.
fn figure(value: &str, decimal_comma: bool) -> Result<Option<String>, Problem> {
    let mut text: String = value
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '\u{a0}')
        .collect();
    if text.is_empty() {
        return Ok(None);
    }
    if decimal_comma {
        text = text.replace('.', "").replace(',', ".");
    }
    if let Some(rest) = text.strip_prefix('-') {
        return Err(if rest.parse::<f64>().is_ok() {
            Problem::Negative
        } else {
            Problem::NotAFigure
        });
    }
    let well_formed = !text.starts_with('.')
        && !text.ends_with('.')
        && text.chars().filter(|c| *c == '.').count() <= 1
        && text.chars().all(|c| c.is_ascii_digit() || c == '.');
    if !well_formed {
        return Err(Problem::NotAFigure);
    }
    Ok(Some(text))
}

/// A group's or a key figure's key, lower-cased.
fn key(value: &str) -> Result<String, Problem> {
    match value {
        "" => Err(Problem::Required),
        v if v.chars().count() > MAX_KEY => Err(Problem::TooLong {
            max: MAX_KEY as u32,
        }),
        v => Ok(v.to_lowercase()),
    }
}

/// The year a period column ends in: `march_2016`, `2019`.
fn column_year(column: &str) -> Option<u32> {
    let digits: String = column
        .chars()
        .rev()
        .take_while(char::is_ascii_digit)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect();
    (digits.len() == 4)
        .then(|| digits.parse().ok())
        .flatten()
        .filter(|y| (YEARS.0..=YEARS.1).contains(y))
}

/// Reads a file of comparison figures in either shape; `given_year` is the year of a file
/// with neither a `year` column nor years in its columns' names.
pub fn parse_comparison(
    bytes: &[u8],
    given_year: Option<u32>,
) -> Result<Vec<ComparisonFigure>, Vec<ImportError>> {
    let index = csv_input::columns(bytes, &["group"])?;
    let mut columns: Vec<(&str, usize)> = index.iter().map(|(c, i)| (c.as_str(), *i)).collect();
    columns.sort_by_key(|(_, i)| *i);
    let header_error = |column: &str, problem| ImportError {
        line: 1,
        column: column.to_owned(),
        problem,
    };
    let long = index.contains_key("indicator");
    let value_columns: Vec<&str> = columns
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| !matches!(*c, "group" | "indicator" | "year"))
        .collect();
    let mut errors = Vec::new();
    if value_columns.is_empty() {
        errors.push(header_error("", Problem::MissingColumn));
    }
    // In the long shape every value column is a period and names its year.
    let mut period_years = Vec::new();
    if long {
        let mut seen = HashSet::new();
        for column in &value_columns {
            match column_year(column) {
                None => errors.push(header_error(column, Problem::NoYearInColumn)),
                Some(year) if !seen.insert(year) => {
                    errors.push(header_error(column, Problem::DuplicateLine));
                }
                Some(year) => period_years.push(year),
            }
        }
    } else if !index.contains_key("year") && given_year.is_none() {
        errors.push(header_error("year", Problem::MissingColumn));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    let decimal_comma = csv_input::separated_by_semicolons(bytes);
    let (lines, mut errors) = csv_input::lines(bytes, &index);
    let mut seen = HashSet::new();
    let mut figures = Vec::new();
    for line in &lines {
        let Some(group) = take(line, &mut errors, "group", key(line.get("group"))) else {
            continue;
        };
        // The cells of the line as (key figure, year, column); a line that repeats an earlier
        // one's group and year is refused once, whatever its figures.
        let cells: Vec<(String, u32, &str)> = if long {
            let Some(indicator) = take(line, &mut errors, "indicator", key(line.get("indicator")))
            else {
                continue;
            };
            value_columns
                .iter()
                .zip(&period_years)
                .map(|(column, year)| (indicator.clone(), *year, *column))
                .collect()
        } else {
            let year = match line.get("year") {
                "" if given_year.is_some() && !index.contains_key("year") => given_year,
                typed => take(line, &mut errors, "year", parse_year(typed)),
            };
            let Some(year) = year else { continue };
            value_columns
                .iter()
                .map(|column| ((*column).to_owned(), year, *column))
                .collect()
        };
        let mut repeated = false;
        for (indicator, year, column) in cells {
            let raw = line.get(column);
            if raw.is_empty() {
                continue;
            }
            if !seen.insert((indicator.clone(), group.clone(), year)) {
                repeated = true;
                continue;
            }
            match figure(raw, decimal_comma) {
                Ok(Some(value)) => figures.push(ComparisonFigure {
                    indicator,
                    group: group.clone(),
                    year,
                    value,
                }),
                Ok(None) => {}
                Err(problem) => errors.push(line.error(column, problem)),
            }
        }
        if repeated {
            errors.push(line.error("group", Problem::DuplicateLine));
        }
    }
    if errors.is_empty() {
        Ok(figures)
    } else {
        errors.sort_by_key(|e| e.line);
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> Vec<u8> {
        std::fs::read(format!(
            "{}/../end2end/fixtures/{name}",
            env!("CARGO_MANIFEST_DIR")
        ))
        .expect("fixture")
    }

    fn value(figures: &[ComparisonFigure], indicator: &str, group: &str, year: u32) -> String {
        figures
            .iter()
            .find(|f| f.indicator == indicator && f.group == group && f.year == year)
            .map(|f| f.value.clone())
            .unwrap_or_default()
    }

    #[test]
    fn rebilds_key_figures_take_the_year_given_beside_the_file() {
        let figures =
            parse_comparison(&fixture("rebild_key_figures_2020.csv"), Some(2020)).expect("reads");
        assert_eq!(figures.len(), 4 * 5);
        let spending = "net_expenditure_dkk_per_0_22";
        assert_eq!(value(&figures, spending, "rebild", 2020), "7908");
        assert_eq!(value(&figures, spending, "comparison_group", 2020), "9192");
        assert_eq!(
            value(&figures, spending, "region_nordjylland", 2020),
            "11735"
        );
        assert_eq!(value(&figures, spending, "national", 2020), "10062");
        let share = figures
            .iter()
            .find(|f| f.indicator == "share_placements_pct" && f.group == "rebild")
            .expect("share");
        assert_eq!((share.number(), share.decimals()), (54.6, 1));
        let refused =
            parse_comparison(&fixture("rebild_key_figures_2020.csv"), None).expect_err("no year");
        assert_eq!(
            (
                refused[0].line,
                refused[0].column.as_str(),
                refused[0].problem
            ),
            (1, "year", Problem::MissingColumn)
        );
    }

    #[test]
    fn vives_files_read_in_both_shapes() {
        let spending =
            parse_comparison(&fixture("vive_expenditure_per_0_22.csv"), None).expect("year column");
        assert_eq!(spending.len(), 12);
        assert_eq!(
            value(&spending, "placements_dkk_per_0_22", "national", 2018),
            "5313"
        );
        let per_1000 = parse_comparison(&fixture("vive_key_figures_per_1000_0_17.csv"), None)
            .expect("years in the columns");
        assert_eq!(per_1000.len(), 12);
        assert_eq!(
            value(
                &per_1000,
                "foster_family_placements",
                "advisory_municipalities",
                2019
            ),
            "8.4"
        );
    }

    #[test]
    fn a_danish_spreadsheet_writes_decimal_commas_and_thousands_dots() {
        let figures = parse_comparison(
            "group;year;spending;share\nnational;2020;10.062;56,2\n".as_bytes(),
            None,
        )
        .expect("reads");
        assert_eq!(value(&figures, "spending", "national", 2020), "10062");
        assert_eq!(value(&figures, "share", "national", 2020), "56.2");
    }

    #[test]
    fn bad_files_are_refused_line_by_line() {
        let problems = |text: &str| -> Vec<(u64, String, Problem)> {
            parse_comparison(text.as_bytes(), Some(2020))
                .expect_err("refused")
                .into_iter()
                .map(|e| (e.line, e.column, e.problem))
                .collect()
        };
        assert_eq!(
            problems("group,spending\nnational,-3\nregion,abc\nnational,4\n"),
            vec![
                (2, "spending".to_owned(), Problem::Negative),
                (3, "spending".to_owned(), Problem::NotAFigure),
                (4, "group".to_owned(), Problem::DuplicateLine),
            ]
        );
        assert_eq!(
            problems("indicator,group,march_2016,latest\nx,national,1,2\n"),
            vec![(1, "latest".to_owned(), Problem::NoYearInColumn)]
        );
        assert_eq!(
            problems("indicator,group,march_2016,june_2016\nx,national,1,2\n"),
            vec![(1, "june_2016".to_owned(), Problem::DuplicateLine)]
        );
        assert_eq!(
            problems("group\tyear\tspending\nnational\t2020\t4\n"),
            vec![(1, "group".to_owned(), Problem::MissingColumn)]
        );
        assert_eq!(problems("\u{0}\u{1}\u{2}")[0].2, Problem::MissingColumn);
        assert_eq!(parse_year("20x0"), Err(Problem::NotANumber));
        assert_eq!(parse_year("2020"), Ok(2020));
    }
}
