//! The lead's targets on a goal's page: for each figure with a target, its yearly values as the
//! page shows them (hidden where the page hides them), the target beside them, a chart with the
//! target as a dashed line, and the status of the year compared. Nothing here is counted anew:
//! every value is read from the page's own tables, so a target can reveal nothing they do not.

use crate::domain::{
    dashboard::{Dashboard, Summary},
    table::{Chart, Row, Table, Value},
    target::{Column, Target, TargetFigure},
};

/// The words of the target tables, in the reader's language.
pub struct TargetWords<'a> {
    /// A target table's caption.
    pub title: &'a dyn Fn(&Target) -> String,
    /// The figure's column head.
    pub figure: &'a dyn Fn(TargetFigure) -> String,
    /// The target's column head.
    pub target: &'a str,
    /// The status's column head.
    pub status: &'a str,
    /// The year column's head.
    pub year: &'a str,
}

/// The id of the table of `figure`'s target (`goal1-target-under_eight`).
pub fn table_id(figure: TargetFigure) -> String {
    format!("goal{}-target-{}", figure.goal(), figure.as_str())
}

/// A figure's values in `source` as `(label, value)`: a row per year, or (for a table of this
/// status against the last) the earlier period and this one.
fn series(source: &Table, column: Column) -> Option<Vec<(String, Value)>> {
    match column {
        Column::At(i) => Some(
            source
                .rows
                .iter()
                .map(|r| {
                    (
                        r.label.clone(),
                        r.values.get(i).copied().unwrap_or(Value::Missing),
                    )
                })
                .collect(),
        ),
        Column::Last => Some(
            source
                .rows
                .iter()
                .map(|r| {
                    (
                        r.label.clone(),
                        r.values.last().copied().unwrap_or(Value::Missing),
                    )
                })
                .collect(),
        ),
        Column::Compared(row) => {
            let values = &source.rows.get(row)?.values;
            Some(
                source
                    .columns
                    .iter()
                    .take(2)
                    .zip(values)
                    .map(|(label, value)| (label.clone(), *value))
                    .collect(),
            )
        }
    }
}

/// Adds to `page` a table and a status sentence for each target of its goal, before its other
/// tables, in the order of [`TargetFigure::ALL`].
pub fn apply(page: &mut Dashboard, targets: &[Target], words: &TargetWords<'_>) {
    let mut tables = Vec::new();
    for figure in TargetFigure::of(page.goal.number()) {
        let Some(target) = targets.iter().find(|t| t.figure == figure) else {
            continue;
        };
        let (id, column) = figure.source();
        let Some(source) = page.tables.iter().find(|t| t.id == id) else {
            continue;
        };
        let Some(series) = series(source, column) else {
            continue;
        };
        let value_in = |label: Option<String>| {
            label.and_then(|l| series.iter().find(|(s, _)| *s == l).map(|(_, v)| *v))
        };
        let (before, now, now_label) = match column {
            Column::Compared(_) => (
                series.first().map(|(_, v)| *v),
                series.last().map(|(_, v)| *v),
                series.last().map(|(l, _)| l.clone()),
            ),
            Column::At(_) | Column::Last => {
                let label = page.year.map(|y| y.to_string());
                (
                    value_in(page.baseline.map(|y| y.to_string())),
                    value_in(label.clone()),
                    label,
                )
            }
        };
        let status = page.year.map(|year| {
            target.status(
                before.as_ref().and_then(Value::plotted),
                now.as_ref().and_then(Value::plotted),
                year,
            )
        });
        let goal = Value::Share {
            percent: Some(target.percent),
            n: 0,
        };
        let rows = series
            .iter()
            .map(|(label, value)| Row {
                label: label.clone(),
                values: vec![
                    *value,
                    goal,
                    match status {
                        Some(status) if now_label.as_ref() == Some(label) => Value::Status(status),
                        _ => Value::Missing,
                    },
                ],
            })
            .collect();
        tables.push(Table {
            id: table_id(figure),
            title: (words.title)(target),
            row_head: words.year.to_owned(),
            columns: vec![
                (words.figure)(figure),
                words.target.to_owned(),
                words.status.to_owned(),
            ],
            rows,
            chart: Chart::Target {
                column: 0,
                target: 1,
            },
        });
        if let (Some(year), Some(status)) = (page.year, status) {
            page.summary.push(Summary::Target {
                target: *target,
                year,
                value: now.unwrap_or(Value::Missing),
                status,
            });
        }
    }
    page.tables.splice(0..0, tables);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{
        dashboard::Goal,
        target::{Direction, TargetStatus},
    };

    fn share(percent: Option<f64>) -> Value {
        Value::Share { percent, n: 300 }
    }

    fn page() -> Dashboard {
        let mut page = Dashboard::empty(Goal::Notifications);
        (page.baseline, page.year) = (Some(2015), Some(2020));
        page.tables.push(Table {
            id: "goal1-young".into(),
            title: "Young".into(),
            row_head: "Year".into(),
            columns: vec!["0–9".into(), "Under 8".into(), "n".into()],
            rows: [(2015, 46.7, Some(35.3)), (2020, 58.4, Some(47.0))]
                .map(|(year, nine, eight)| Row {
                    label: year.to_string(),
                    values: vec![share(Some(nine)), share(eight), Value::Total(300)],
                })
                .into(),
            chart: Chart::Line { column: 0 },
        });
        page
    }

    fn words<'a>(
        title: &'a dyn Fn(&Target) -> String,
        name: &'a dyn Fn(TargetFigure) -> String,
    ) -> TargetWords<'a> {
        TargetWords {
            title,
            figure: name,
            target: "Target",
            status: "Status",
            year: "Year",
        }
    }

    #[test]
    fn a_target_reached_and_one_on_the_way_get_their_tables_and_sentences() {
        let mut page = page();
        let targets = [
            Target {
                figure: TargetFigure::UnderEight,
                percent: 50.0,
                direction: Direction::AtLeast,
                year: 2025,
            },
            Target {
                figure: TargetFigure::UpToNine,
                percent: 55.0,
                direction: Direction::AtLeast,
                year: 2025,
            },
            Target {
                figure: TargetFigure::PreventiveMeasures,
                percent: 90.0,
                direction: Direction::AtLeast,
                year: 2025,
            },
        ];
        let title = |t: &Target| format!("{} by {}", t.figure.as_str(), t.year);
        let name = |f: TargetFigure| f.as_str().to_owned();
        apply(&mut page, &targets, &words(&title, &name));
        let ids: Vec<&str> = page.tables.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "goal1-target-under_eight",
                "goal1-target-up_to_nine",
                "goal1-young"
            ],
            "goal 2's target is not on goal 1's page"
        );
        let eight = &page.tables[0];
        assert_eq!(
            eight.rows[1].values,
            [
                share(Some(47.0)),
                Value::Share {
                    percent: Some(50.0),
                    n: 0
                },
                Value::Status(TargetStatus::OnTheWay)
            ]
        );
        assert_eq!(eight.rows[0].values[2], Value::Missing);
        assert_eq!(
            eight.chart,
            Chart::Target {
                column: 0,
                target: 1
            }
        );
        let statuses: Vec<TargetStatus> = page
            .summary
            .iter()
            .filter_map(|s| match s {
                Summary::Target { status, .. } => Some(*status),
                _ => None,
            })
            .collect();
        assert_eq!(statuses, [TargetStatus::OnTheWay, TargetStatus::Reached]);
    }

    #[test]
    fn a_hidden_figure_stays_hidden_and_its_status_is_unknown() {
        let mut page = page();
        page.tables[0].rows[1].values[1] = share(None);
        let target = Target {
            figure: TargetFigure::UnderEight,
            percent: 50.0,
            direction: Direction::AtLeast,
            year: 2025,
        };
        let title = |_: &Target| String::new();
        let name = |_: TargetFigure| String::new();
        apply(&mut page, &[target], &words(&title, &name));
        assert_eq!(page.tables[0].rows[1].values[0], share(None));
        assert_eq!(
            page.tables[0].rows[1].values[2],
            Value::Status(TargetStatus::Unknown)
        );
    }

    #[test]
    fn goal_3s_target_reads_this_year_against_the_last_from_its_comparison() {
        let mut page = Dashboard::empty(Goal::Difference);
        (page.baseline, page.year) = (Some(2024), Some(2025));
        page.tables.push(Table {
            id: "goal3-previous".into(),
            title: String::new(),
            row_head: String::new(),
            columns: vec!["2024".into(), "2025".into(), "Change".into()],
            rows: vec![
                Row {
                    label: "answered".into(),
                    values: vec![Value::Total(20), Value::Total(24), Value::Change(Some(20))],
                },
                Row {
                    label: "very satisfied".into(),
                    values: vec![
                        share(Some(50.0)),
                        share(Some(75.0)),
                        Value::Points(Some(25.0)),
                    ],
                },
            ],
            chart: Chart::None,
        });
        let target = Target {
            figure: TargetFigure::VerySatisfied,
            percent: 80.0,
            direction: Direction::AtLeast,
            year: 2027,
        };
        let title = |_: &Target| String::new();
        let name = |_: TargetFigure| String::new();
        apply(&mut page, &[target], &words(&title, &name));
        let table = &page.tables[0];
        assert_eq!(table.id, "goal3-target-very_satisfied");
        let labels: Vec<&str> = table.rows.iter().map(|r| r.label.as_str()).collect();
        assert_eq!(labels, ["2024", "2025"]);
        assert_eq!(
            table.rows[1].values[2],
            Value::Status(TargetStatus::OnTheWay)
        );
    }
}
