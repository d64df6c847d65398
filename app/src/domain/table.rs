//! A dashboard table as every output shows it: the page, its chart, the CSV and the XLSX
//! export. Every cell is already decided (shown or hidden) by the indicators, so all outputs
//! show exactly the same figures; the texts module words the cells.

use serde::{Deserialize, Serialize};

use super::target::TargetStatus;

/// One cell of a table as it may be shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Cell {
    /// The count and its share of the row's total, in whole percent.
    Shown {
        count: u64,
        /// Whole percent of the total; the shown shares of a row add up to 100.
        percent: u32,
    },
    /// Too small to show, or hidden so that a small group cannot be worked out.
    Suppressed,
}

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
    /// Change of a share in percentage points, with one decimal; `None` when either share is
    /// hidden or missing.
    Points(Option<f64>),
    /// An amount in kroner; `None` when unknown or hidden.
    Money(Option<u64>),
    /// A mean with one decimal; `None` when too few.
    Mean(Option<f64>),
    /// A published figure of others, with the decimals it was published with.
    Figure { value: f64, decimals: u8 },
    /// A figure's status against its target.
    Status(TargetStatus),
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
    /// A line as [`Chart::Line`], and the target in column `target` as a dashed line.
    Target {
        /// The column drawn.
        column: usize,
        /// The column holding the target.
        target: usize,
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
    pub rows: Vec<Row>,
    /// How it is drawn.
    pub chart: Chart,
}

impl Value {
    /// The cell in an export: a plain number where the page shows one, hidden where it hides
    /// one, empty where there is nothing.
    pub fn export(&self) -> ExportCell {
        match *self {
            Value::Count(Cell::Shown { count, .. }) | Value::Total(count) => {
                ExportCell::Number(count as f64)
            }
            Value::Count(Cell::Suppressed) | Value::Share { percent: None, .. } => {
                ExportCell::Hidden
            }
            Value::Share {
                percent: Some(p), ..
            } => ExportCell::Number(p),
            Value::Change(Some(c)) => ExportCell::Number(c as f64),
            Value::Points(Some(p)) => ExportCell::Number(p),
            Value::Money(Some(dkk)) => ExportCell::Number(dkk as f64),
            Value::Mean(Some(m)) | Value::Figure { value: m, .. } => ExportCell::Number(m),
            Value::Status(status) => ExportCell::Status(status),
            Value::Change(None)
            | Value::Points(None)
            | Value::Money(None)
            | Value::Mean(None)
            | Value::Missing => ExportCell::Empty,
        }
    }

    /// The number a chart draws, if the cell shows one.
    pub fn plotted(&self) -> Option<f64> {
        match *self {
            Value::Count(Cell::Shown { count, .. }) | Value::Total(count) => Some(count as f64),
            Value::Share { percent, .. } => percent,
            Value::Change(c) => c.map(|c| c as f64),
            Value::Points(p) => p,
            Value::Money(m) => m.map(|m| m as f64),
            Value::Mean(m) => m,
            Value::Figure { value, .. } => Some(value),
            Value::Count(Cell::Suppressed) | Value::Missing | Value::Status(_) => None,
        }
    }
}

/// A cell of an export.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum ExportCell {
    Number(f64),
    /// A hidden figure: a small group, or one a small group could be worked out from (so not
    /// always "under 5"; the export writes the word for hidden).
    Hidden,
    /// A status against a target, written as its word.
    Status(TargetStatus),
    /// Nothing.
    Empty,
}
