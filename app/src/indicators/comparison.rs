//! Others' key figures beside the municipality's own (result goal 2): one table per year, a
//! row per group (the municipality itself when the file has it, a comparison group, the region,
//! the country), a column per key figure, drawn as bars of the first. These are published
//! aggregates of whole municipalities, so the disclosure rule has nothing to hide in them.

use crate::domain::{
    comparison::ComparisonFigure,
    dashboard::COMPARISON_TABLES,
    table::{Chart, Row, Table, Value},
};

/// The words of the comparison tables, in the reader's language.
pub struct ComparisonWords<'a> {
    /// A table's caption for its year.
    pub title: &'a dyn Fn(u32) -> String,
    /// The head of the group column.
    pub group: &'a str,
    /// A group's name from its key.
    pub group_name: &'a dyn Fn(&str) -> String,
    /// A key figure's name from its key.
    pub indicator_name: &'a dyn Fn(&str) -> String,
}

/// The tables of the years from `years.0` to `years.1` (every year when `None`), oldest first;
/// groups and key figures in the order first given.
pub fn tables(
    figures: &[ComparisonFigure],
    years: Option<(u32, u32)>,
    words: &ComparisonWords<'_>,
) -> Vec<Table> {
    let mut shown: Vec<u32> = figures
        .iter()
        .map(|f| f.year)
        .filter(|y| years.is_none_or(|(from, to)| (from..=to).contains(y)))
        .collect();
    shown.sort_unstable();
    shown.dedup();
    shown
        .into_iter()
        .map(|year| {
            let of_year: Vec<&ComparisonFigure> =
                figures.iter().filter(|f| f.year == year).collect();
            let first_seen = |key: fn(&ComparisonFigure) -> &str| {
                let mut keys: Vec<&str> = Vec::new();
                for figure in &of_year {
                    if !keys.contains(&key(figure)) {
                        keys.push(key(figure));
                    }
                }
                keys
            };
            let indicators = first_seen(|f| &f.indicator);
            let rows = first_seen(|f| &f.group)
                .into_iter()
                .map(|group| Row {
                    label: (words.group_name)(group),
                    values: indicators
                        .iter()
                        .map(|indicator| {
                            of_year
                                .iter()
                                .find(|f| f.group == group && f.indicator == *indicator)
                                .map_or(Value::Missing, |f| Value::Figure {
                                    value: f.number(),
                                    decimals: f.decimals(),
                                })
                        })
                        .collect(),
                })
                .collect();
            Table {
                id: format!("{COMPARISON_TABLES}{year}"),
                title: (words.title)(year),
                row_head: words.group.to_owned(),
                columns: indicators
                    .iter()
                    .map(|i| (words.indicator_name)(i))
                    .collect(),
                rows,
                chart: Chart::Bars { column: 0 },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(indicator: &str, group: &str, year: u32, value: &str) -> ComparisonFigure {
        ComparisonFigure {
            indicator: indicator.to_owned(),
            group: group.to_owned(),
            year,
            value: value.to_owned(),
        }
    }

    #[test]
    fn one_table_per_year_with_a_row_per_group_and_gaps_shown_as_gaps() {
        let figures = [
            figure("spending", "rebild", 2020, "7908"),
            figure("spending", "national", 2020, "10062"),
            figure("share", "national", 2020, "56.2"),
            figure("spending", "national", 2016, "9000"),
        ];
        let title = |year: u32| format!("Comparison {year}");
        let name = |key: &str| key.to_uppercase();
        let words = ComparisonWords {
            title: &title,
            group: "Group",
            group_name: &name,
            indicator_name: &name,
        };
        let all = tables(&figures, None, &words);
        assert_eq!(
            all.iter().map(|t| t.id.as_str()).collect::<Vec<_>>(),
            ["goal2-comparison-2016", "goal2-comparison-2020"]
        );
        let latest = &all[1];
        assert_eq!(latest.title, "Comparison 2020");
        assert_eq!(latest.columns, ["SPENDING", "SHARE"]);
        assert_eq!(latest.rows[0].label, "REBILD");
        assert_eq!(
            latest.rows[0].values,
            [
                Value::Figure {
                    value: 7908.0,
                    decimals: 0
                },
                Value::Missing
            ]
        );
        assert_eq!(
            latest.rows[1].values[1],
            Value::Figure {
                value: 56.2,
                decimals: 1
            }
        );
        assert_eq!(tables(&figures, Some((2017, 2020)), &words).len(), 1);
    }
}
