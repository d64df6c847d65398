//! A dashboard table as shown: every cell already suppressed, so the page, its chart, the CSV
//! and the XLSX export all show exactly the same figures.

use serde::{Deserialize, Serialize};

use super::suppression::Cell;
use crate::domain::Lang;

/// One cell of a dashboard table.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub enum Value {
    /// A count of people or cases, with its share of the row; may be suppressed.
    Count(Cell),
    /// A total (the row's n), shown as it is.
    Total(u64),
    /// A share in percent with one decimal, of `n`; `None` when hidden.
    Share {
        /// The share, or `None` when it would reveal a small group.
        percent: Option<f64>,
        /// What it is a share of.
        n: u64,
    },
    /// Change in whole percent against the baseline; `None` when it cannot be given.
    Change(Option<i64>),
    /// An amount in kroner; `None` when unknown or hidden.
    Money(Option<u64>),
    /// A mean with one decimal; `None` when too few.
    Mean(Option<f64>),
    /// No figure for this cell.
    Missing,
}

/// How a table is drawn above its data.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Chart {
    /// No chart.
    None,
    /// One stacked bar per row of the count columns `from..to`.
    Stacked {
        /// First column stacked.
        from: usize,
        /// Column after the last one stacked.
        to: usize,
    },
    /// One bar per row: the share in column `column`.
    Bars {
        /// The share or count column.
        column: usize,
    },
    /// A line through the rows (years) of the share or change in column `column`.
    Line {
        /// The column drawn.
        column: usize,
    },
}

/// One row: a label (a year, a step, an answer) and its cells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row {
    /// What the row is about.
    pub label: String,
    /// The cells, one per column.
    pub values: Vec<Value>,
}

/// A table of the dashboard.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Table {
    /// Stable name, used for exports and anchors (`goal2-measures`).
    pub id: String,
    /// Caption.
    pub title: String,
    /// Heading of the label column.
    pub row_head: String,
    /// Headings of the value columns.
    pub columns: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
    /// How it is drawn.
    pub chart: Chart,
}

/// What a suppressed cell says, on the page and in every export.
pub const HIDDEN: &str = "< 5";

fn decimal(lang: Lang, value: f64) -> String {
    let text = format!("{value:.1}");
    match lang {
        Lang::Da => text.replace('.', ","),
        Lang::En => text,
    }
}

fn thousands(lang: Lang, n: u64) -> String {
    let digits = n.to_string();
    let sep = lang.pick('.', ',');
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

impl Value {
    /// The cell as the page shows it.
    pub fn text(&self, lang: Lang) -> String {
        match *self {
            Value::Count(Cell::Shown { count, percent }) => {
                format!("{} ({percent} %)", thousands(lang, count))
            }
            Value::Count(Cell::Suppressed) => HIDDEN.to_owned(),
            Value::Total(n) => thousands(lang, n),
            Value::Share {
                percent: Some(p), ..
            } => format!("{} %", decimal(lang, p)),
            Value::Share { percent: None, .. } => HIDDEN.to_owned(),
            Value::Change(Some(c)) => format!("{c:+} %"),
            Value::Money(Some(dkk)) => {
                format!(
                    "{} {}",
                    decimal(lang, dkk as f64 / 1e6),
                    lang.pick("mio. kr.", "m DKK")
                )
            }
            Value::Mean(Some(m)) => decimal(lang, m),
            Value::Change(None) | Value::Money(None) | Value::Mean(None) | Value::Missing => {
                "–".to_owned()
            }
        }
    }

    /// The cell in an export: a plain number where the page shows one, [`HIDDEN`] where it
    /// hides one, empty where there is nothing.
    pub fn export(&self) -> ExportCell {
        match *self {
            Value::Count(Cell::Shown { count, .. }) | Value::Total(count) => {
                ExportCell::Number(count as f64)
            }
            Value::Count(Cell::Suppressed) | Value::Share { percent: None, .. } => {
                ExportCell::Text(HIDDEN)
            }
            Value::Share {
                percent: Some(p), ..
            } => ExportCell::Number(p),
            Value::Change(Some(c)) => ExportCell::Number(c as f64),
            Value::Money(Some(dkk)) => ExportCell::Number(dkk as f64),
            Value::Mean(Some(m)) => ExportCell::Number(m),
            Value::Change(None) | Value::Money(None) | Value::Mean(None) | Value::Missing => {
                ExportCell::Empty
            }
        }
    }

    /// The number a chart draws, if the cell shows one.
    pub fn plotted(&self) -> Option<f64> {
        match *self {
            Value::Count(Cell::Shown { count, .. }) | Value::Total(count) => Some(count as f64),
            Value::Share { percent, .. } => percent,
            Value::Change(c) => c.map(|c| c as f64),
            Value::Money(m) => m.map(|m| m as f64),
            Value::Mean(m) => m,
            Value::Count(Cell::Suppressed) | Value::Missing => None,
        }
    }
}

/// A cell of an export.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ExportCell {
    /// A number.
    Number(f64),
    /// A text (only [`HIDDEN`]).
    Text(&'static str),
    /// Nothing.
    Empty,
}

/// A share in percent with one decimal, or `None` when the group is under `threshold` or
/// the part is under it (either would reveal a small group).
pub fn share(part: u64, n: u64, threshold: u64) -> Value {
    let shown = n >= threshold
        && (part == 0 || part >= threshold)
        && (n - part == 0 || n - part >= threshold);
    Value::Share {
        percent: (shown && n > 0).then(|| (part as f64 * 1000.0 / n as f64).round() / 10.0),
        n,
    }
}

/// Change from `base` to `now` in whole percent; `None` without a base.
pub fn change(base: Option<u64>, now: Option<u64>) -> Value {
    Value::Change(match (base, now) {
        (Some(b), Some(n)) if b > 0 => {
            Some(((n as f64 - b as f64) * 100.0 / b as f64).round() as i64)
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cells_read_the_same_on_the_page_and_in_exports() {
        let hidden = Value::Count(Cell::Suppressed);
        assert_eq!(hidden.text(Lang::Da), "< 5");
        assert_eq!(hidden.export(), ExportCell::Text("< 5"));
        let shown = Value::Count(Cell::Shown {
            count: 27,
            percent: 64,
        });
        assert_eq!(shown.text(Lang::Da), "27 (64 %)");
        assert_eq!(shown.export(), ExportCell::Number(27.0));
        assert_eq!(
            Value::Money(Some(37_600_000)).text(Lang::Da),
            "37,6 mio. kr."
        );
        assert_eq!(Value::Money(Some(47_100_000)).text(Lang::En), "47.1 m DKK");
        assert_eq!(Value::Total(1_000_000).text(Lang::Da), "1.000.000");
        assert_eq!(change(Some(226), Some(355)), Value::Change(Some(57)));
        assert_eq!(
            change(Some(12_900_000), Some(18_300_000)).text(Lang::Da),
            "+42 %"
        );
        assert_eq!(change(None, Some(3)).text(Lang::Da), "–");
    }

    #[test]
    fn a_share_that_would_reveal_a_small_group_is_hidden() {
        assert_eq!(
            share(140, 300, 5),
            Value::Share {
                percent: Some(46.7),
                n: 300
            }
        );
        assert_eq!(
            share(3, 300, 5),
            Value::Share {
                percent: None,
                n: 300
            }
        );
        assert_eq!(
            share(298, 300, 5),
            Value::Share {
                percent: None,
                n: 300
            },
            "the rest is 2"
        );
        assert_eq!(
            share(2, 4, 5),
            Value::Share {
                percent: None,
                n: 4
            }
        );
        assert_eq!(
            share(0, 40, 5),
            Value::Share {
                percent: Some(0.0),
                n: 40
            }
        );
    }
}
