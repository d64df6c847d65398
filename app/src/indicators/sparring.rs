//! Sparring statistics: requests per month by role, area, age band, theme or outcome, with
//! small groups suppressed row by row.

use super::suppression::suppress;
use crate::domain::table::Cell;

/// One month's row of a table.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct MonthRow {
    /// `YYYY-MM`.
    pub month: String,
    /// One cell per column, in the order of the columns given.
    pub cells: Vec<Cell>,
    /// Requests that month (for themes: mentions).
    pub total: u64,
}

/// Turns `(month, value, count)` rows into one row per month with a cell per column of
/// `columns`, suppressed like every other table.
pub fn monthly_table(
    counts: &[(String, String, u64)],
    columns: &[&str],
    threshold: u64,
) -> Vec<MonthRow> {
    let mut months: Vec<&str> = counts.iter().map(|(m, _, _)| m.as_str()).collect();
    months.sort_unstable();
    months.dedup();
    months
        .into_iter()
        .map(|month| {
            let row: Vec<u64> = columns
                .iter()
                .map(|column| {
                    counts
                        .iter()
                        .filter(|(m, v, _)| m == month && v == column)
                        .map(|(_, _, n)| n)
                        .sum()
                })
                .collect();
            MonthRow {
                month: month.to_owned(),
                total: row.iter().sum(),
                cells: suppress(&row, threshold),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_row_per_month_with_small_groups_hidden() {
        let counts = vec![
            ("2026-01".to_owned(), "laerer".to_owned(), 12),
            ("2026-01".to_owned(), "paedagog".to_owned(), 7),
            ("2026-01".to_owned(), "dagplejer".to_owned(), 2),
            ("2026-02".to_owned(), "paedagog".to_owned(), 3),
        ];
        let table = monthly_table(&counts, &["paedagog", "dagplejer", "laerer"], 5);
        assert_eq!(table.len(), 2);
        assert_eq!(table[0].month, "2026-01");
        assert_eq!(table[0].total, 21);
        assert_eq!(
            table[0].cells,
            vec![
                Cell::Suppressed,
                Cell::Suppressed,
                Cell::Shown {
                    count: 12,
                    percent: 57
                }
            ],
            "the lone small group takes the smallest other as partner"
        );
        assert_eq!(
            table[1].cells,
            vec![Cell::Suppressed; 3],
            "a month with under 5 in all is hidden"
        );
    }
}
