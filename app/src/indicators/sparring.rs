//! Goal 3's sparring requests as the disclosure rule counts them: one family, the requests
//! received by outcome, the still open ones last; and the table of them, which the citizens'
//! advice shares (`indicators::advice`).

use super::{disclosure::Disclosure, percentages};
use crate::domain::{
    dashboard::{DifferenceCounts, Labels},
    sparring::Outcome,
    table::{Cell, Chart, Row, Table, Value},
};

/// The family of sparring requests received, by outcome (`Outcome::ALL`, then "still open").
pub const SPARRING: &str = "sparring";

/// Sparring requests received by outcome in [`SPARRING`]'s order, the still open ones last.
pub fn sparring_row(counts: &DifferenceCounts) -> Vec<u64> {
    outcome_row(&counts.sparring)
}

/// Requests received by outcome (stored values, `""` for open) in `Outcome::ALL`'s order, the
/// still open ones last.
pub fn outcome_row(by_outcome: &[(String, u64)]) -> Vec<u64> {
    let count = |outcome: &str| -> u64 {
        by_outcome
            .iter()
            .filter(|(v, _)| v == outcome)
            .map(|(_, n)| n)
            .sum()
    };
    Outcome::ALL
        .iter()
        .map(|o| count(o.as_str()))
        .chain([count("")])
        .collect()
}

/// Requests received by outcome (`by_outcome`, the still open ones last) as the table `id`:
/// each outcome's count and share of the closed, then the closed and the received. Closed and
/// received are sums of one row, so neither can single out a hidden outcome.
pub fn outcome_table(
    (id, title): (&str, &str),
    family: &str,
    by_outcome: &[u64],
    labels: &Labels,
    d: &Disclosure,
) -> Table {
    let one = |label: &str, value: Value| Row {
        label: label.into(),
        values: vec![value],
    };
    let hidden = Value::Count(Cell::Suppressed);
    let outcomes = Outcome::ALL.len();
    let closed: u64 = by_outcome[..outcomes].iter().sum();
    let received: u64 = by_outcome.iter().sum();
    let (cells, _) = d.row(family, None, by_outcome);
    // Shares of the closed requests, as the column says.
    let shares = percentages(&by_outcome[..outcomes]);
    let closed_value = d
        .sum(family, None, (1 << outcomes) - 1, closed)
        .map_or(hidden, Value::Total);
    Table {
        id: id.into(),
        title: title.into(),
        row_head: labels.outcome.into(),
        columns: vec![labels.requests_share.into()],
        rows: cells[..outcomes]
            .iter()
            .zip(shares)
            .enumerate()
            .map(|(i, (c, percent))| {
                let cell = match *c {
                    Cell::Shown { count, .. } => Cell::Shown { count, percent },
                    Cell::Suppressed => Cell::Suppressed,
                };
                one(labels.sparring_outcomes[i], Value::Count(cell))
            })
            .chain([
                one(labels.closed_n, closed_value),
                one(
                    labels.received,
                    d.total(family, None, outcomes + 1, received),
                ),
            ])
            .collect(),
        chart: Chart::Bars { column: 0 },
    }
}
