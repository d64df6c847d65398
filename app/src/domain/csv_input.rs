//! Reading CSV files that people export from spreadsheets: Danish Excel writes semicolons and
//! a byte-order mark, other tools commas and none. Every import reads its file through here.

use std::collections::HashMap;

use super::{ImportError, Problem};

/// One line of a file, its fields found by column name.
#[derive(Debug, Clone)]
pub struct Line<'a> {
    /// Line number, counting the header as line 1.
    pub number: u64,
    record: csv::StringRecord,
    index: &'a HashMap<String, usize>,
}

impl Line<'_> {
    /// The trimmed value of `column`; empty when the file has no such column.
    pub fn get(&self, column: &str) -> &str {
        self.index
            .get(column)
            .and_then(|i| self.record.get(*i))
            .unwrap_or("")
    }

    /// A problem with `column` on this line.
    pub fn error(&self, column: &str, problem: Problem) -> ImportError {
        ImportError {
            line: self.number,
            column: column.to_owned(),
            problem,
        }
    }
}

/// The header of a file: where each column is. Every `required` column must be there;
/// others may be.
pub fn columns(
    bytes: &[u8],
    required: &[&str],
) -> Result<HashMap<String, usize>, Vec<ImportError>> {
    let error = |column: &str, problem| ImportError {
        line: 1,
        column: column.to_owned(),
        problem,
    };
    let mut reader = reader(bytes);
    let header = reader
        .headers()
        .map_err(|_| vec![error("", Problem::CsvFormat)])?;
    let index: HashMap<String, usize> = header
        .iter()
        .enumerate()
        .map(|(i, name)| (name.to_lowercase(), i))
        .collect();
    let missing: Vec<ImportError> = required
        .iter()
        .filter(|c| !index.contains_key(**c))
        .map(|c| error(c, Problem::MissingColumn))
        .collect();
    if missing.is_empty() {
        Ok(index)
    } else {
        Err(missing)
    }
}

/// The lines of a file after its header (see [`columns`]), and a problem for each line that
/// is not readable CSV (a wrong number of fields, invalid UTF-8).
pub fn lines<'a>(
    bytes: &[u8],
    index: &'a HashMap<String, usize>,
) -> (Vec<Line<'a>>, Vec<ImportError>) {
    let mut lines = Vec::new();
    let mut errors = Vec::new();
    for (n, record) in reader(bytes).records().enumerate() {
        let number = n as u64 + 2;
        match record {
            Ok(record) => lines.push(Line {
                number,
                record,
                index,
            }),
            Err(_) => errors.push(ImportError {
                line: number,
                column: String::new(),
                problem: Problem::CsvFormat,
            }),
        }
    }
    (lines, errors)
}

/// Whether the file's header line has more semicolons than commas: then `;` separates its
/// fields (and, as a Danish spreadsheet writes it, a comma is its decimal point).
pub fn separated_by_semicolons(bytes: &[u8]) -> bool {
    let header = bytes.split(|b| *b == b'\n').next().unwrap_or_default();
    let count = |c: u8| header.iter().filter(|b| **b == c).count();
    count(b';') > count(b',')
}

/// A reader for `bytes` that trims fields, skips a UTF-8 byte-order mark and takes `;` as the
/// separator when [`separated_by_semicolons`].
pub fn reader(bytes: &[u8]) -> csv::Reader<&[u8]> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let delimiter = if separated_by_semicolons(bytes) {
        b';'
    } else {
        b','
    };
    csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .trim(csv::Trim::All)
        .flexible(false)
        .from_reader(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(bytes: &[u8]) -> Vec<Vec<String>> {
        let mut reader = reader(bytes);
        let mut out = vec![reader
            .headers()
            .expect("header")
            .iter()
            .map(str::to_owned)
            .collect()];
        for record in reader.records() {
            out.push(record.expect("record").iter().map(str::to_owned).collect());
        }
        out
    }

    #[test]
    fn commas_semicolons_and_a_byte_order_mark_read_alike() {
        let expected = vec![vec!["year", "count"], vec!["2024", "7"]];
        assert_eq!(rows(b"year,count\n2024, 7\n"), expected);
        assert_eq!(rows(b"\xEF\xBB\xBFyear;count\r\n2024;7\r\n"), expected);
        assert_eq!(
            rows(b"course;themes\nA;\"trivsel;sprog\"\n")[1],
            vec!["A", "trivsel;sprog"],
            "a quoted list keeps its semicolons"
        );
    }
}
