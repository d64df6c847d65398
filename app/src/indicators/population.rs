//! Figures per 1,000 children and per 0–22-year-old (result goals 1 and 2): notifications per
//! 1,000 0–17-year-olds, measures per 1,000 0–17-year-olds by step, and expenditure per
//! 0–22-year-old by kind of step. Each is worked out from a figure the page already shows,
//! and hidden wherever that figure is: the population adds no count of its own about children
//! in the municipality's care, so nothing here can reveal what the page hides.

use crate::domain::{
    dashboard::Dashboard,
    population::{people, per_thousand, PopulationRow},
    table::{Cell, Chart, Row, Table, Value},
};

/// The words of the tables per 1,000, in the reader's language.
pub struct PopulationWords<'a> {
    pub notifications_title: &'a str,
    pub measures_title: &'a str,
    pub expenditure_title: &'a str,
    pub notifications: &'a str,
    /// "0–17-year-olds".
    pub children: &'a str,
    /// "0–22-year-olds".
    pub young: &'a str,
    pub per_thousand: &'a str,
    pub total: &'a str,
    pub year: &'a str,
}

const HIDDEN: Value = Value::Count(Cell::Suppressed);

fn figure(value: Option<f64>, decimals: u8) -> Value {
    value.map_or(Value::Missing, |value| Value::Figure { value, decimals })
}

/// A count the page shows, or `Err(())` where it hides it, `Ok(None)` where it has none.
fn shown(value: &Value) -> Result<Option<u64>, ()> {
    match value {
        Value::Count(Cell::Shown { count, .. }) | Value::Total(count) => Ok(Some(*count)),
        Value::Money(Some(kroner)) => Ok(Some(*kroner)),
        Value::Count(Cell::Suppressed) => Err(()),
        _ => Ok(None),
    }
}

/// `n` per 1,000 of the year's `people`, as a cell: hidden where `n` is.
fn rate(n: &Value, people: Option<u64>) -> Value {
    match shown(n) {
        Err(()) => HIDDEN,
        Ok(n) => figure(n.zip(people).and_then(|(n, p)| per_thousand(n, p)), 1),
    }
}

/// `kroner` per one of the year's `young` people, in whole kroner.
fn per_young(kroner: Option<u64>, young: Option<u64>) -> Value {
    figure(
        kroner
            .zip(young.filter(|y| *y > 0))
            .map(|(k, y)| (k as f64 / y as f64).round()),
        0,
    )
}

fn year_of(row: &Row) -> Option<u32> {
    row.label.parse().ok()
}

/// Goal 1's notifications per 1,000 0–17-year-olds, from the page's table by age (its last
/// column is each year's total), added after it; nothing when no population is imported.
pub fn notifications(
    page: &mut Dashboard,
    population: &[PopulationRow],
    words: &PopulationWords<'_>,
) {
    if population.is_empty() {
        return;
    }
    let Some(source) = page.tables.iter().position(|t| t.id == "goal1-age") else {
        return;
    };
    let rows = page.tables[source]
        .rows
        .iter()
        .map(|row| {
            let children = year_of(row).and_then(|y| people(population, y, 0, 17));
            let total = row.values.last().copied().unwrap_or(Value::Missing);
            Row {
                label: row.label.clone(),
                values: vec![
                    total,
                    children.map_or(Value::Missing, Value::Total),
                    rate(&total, children),
                ],
            }
        })
        .collect();
    page.tables.insert(
        source + 1,
        Table {
            id: "goal1-per-1000".into(),
            title: words.notifications_title.into(),
            row_head: words.year.into(),
            columns: vec![
                words.notifications.into(),
                words.children.into(),
                words.per_thousand.into(),
            ],
            rows,
            chart: Chart::Line { column: 2 },
        },
    );
}

/// Goal 2's measures per 1,000 0–17-year-olds by step and expenditure per 0–22-year-old by
/// kind, from the page's tables per step (`kinds` names the kinds in use, `of_step` gives each
/// step's among them, in the steps' order), added after them; nothing when no population is
/// imported.
pub fn staircase(
    page: &mut Dashboard,
    population: &[PopulationRow],
    (kinds, of_step): (&[String], &[usize]),
    words: &PopulationWords<'_>,
) {
    if population.is_empty() {
        return;
    }
    let n = of_step.len();
    let mut added = Vec::new();
    if let Some(measures) = page.tables.iter().find(|t| t.id == "goal2-measures") {
        // The steps and their total; the preventive share after them is no count.
        added.push(Table {
            id: "goal2-per-1000".into(),
            title: words.measures_title.into(),
            row_head: words.year.into(),
            columns: measures.columns.iter().take(n + 1).cloned().collect(),
            rows: measures
                .rows
                .iter()
                .map(|row| {
                    let children = year_of(row).and_then(|y| people(population, y, 0, 17));
                    Row {
                        label: row.label.clone(),
                        values: row
                            .values
                            .iter()
                            .take(n + 1)
                            .map(|v| rate(v, children))
                            .collect(),
                    }
                })
                .collect(),
            chart: Chart::Line { column: n },
        });
    }
    let measures = page.tables.iter().find(|t| t.id == "goal2-measures");
    if let Some(expenditure) = page.tables.iter().find(|t| t.id == "goal2-expenditure") {
        let rows = expenditure
            .rows
            .iter()
            .map(|row| {
                let young = year_of(row).and_then(|y| people(population, y, 0, 22));
                // A step's kroner go hidden with its measures; the table of kroner writes a
                // hidden amount as it writes an unknown one, so the measures tell them apart.
                let hidden = |i: usize| {
                    measures
                        .and_then(|t| t.rows.iter().find(|r| r.label == row.label))
                        .and_then(|r| r.values.get(i))
                        .is_some_and(|v| *v == HIDDEN)
                };
                // A kind's kroner where the page shows every one of its steps' kroner.
                let kind = |wanted: usize| -> Value {
                    let steps = || of_step.iter().enumerate().filter(|(_, k)| **k == wanted);
                    if steps().any(|(i, _)| hidden(i)) {
                        return HIDDEN;
                    }
                    let kroner: Option<u64> = steps()
                        .map(|(i, _)| row.values.get(i).and_then(|v| shown(v).ok().flatten()))
                        .sum();
                    per_young(kroner, young)
                };
                let total = row.values.get(n).and_then(|v| shown(v).ok().flatten());
                Row {
                    label: row.label.clone(),
                    values: (0..kinds.len())
                        .map(kind)
                        .chain([
                            per_young(total, young),
                            young.map_or(Value::Missing, Value::Total),
                        ])
                        .collect(),
                }
            })
            .collect();
        added.push(Table {
            id: "goal2-per-0-22".into(),
            title: words.expenditure_title.into(),
            row_head: words.year.into(),
            columns: kinds
                .iter()
                .cloned()
                .chain([words.total.into(), words.young.into()])
                .collect(),
            rows,
            chart: Chart::Line {
                column: kinds.len(),
            },
        });
    }
    let after = page
        .tables
        .iter()
        .position(|t| t.id == "goal2-expenditure")
        .map_or(page.tables.len(), |i| i + 1);
    page.tables.splice(after..after, added);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::dashboard::Goal;

    fn words() -> PopulationWords<'static> {
        PopulationWords {
            notifications_title: "Notifications per 1,000",
            measures_title: "Measures per 1,000",
            expenditure_title: "Expenditure per 0–22-year-old",
            notifications: "Notifications",
            children: "0–17",
            young: "0–22",
            per_thousand: "Per 1,000",
            total: "Total",
            year: "Year",
        }
    }

    fn population() -> Vec<PopulationRow> {
        (0..=22)
            .map(|age| PopulationRow {
                year: 2020,
                age,
                number: if age <= 17 { 370 } else { 300 },
            })
            .collect()
    }

    #[test]
    fn notifications_per_1000_children_to_one_decimal_and_hidden_where_the_total_is() {
        let mut page = Dashboard::empty(Goal::Notifications);
        page.tables.push(Table {
            id: "goal1-age".into(),
            title: String::new(),
            row_head: String::new(),
            columns: vec!["All".into()],
            rows: vec![
                Row {
                    label: "2019".into(),
                    values: vec![Value::Total(300)],
                },
                Row {
                    label: "2020".into(),
                    values: vec![Value::Total(411)],
                },
                Row {
                    label: "2021".into(),
                    values: vec![HIDDEN],
                },
            ],
            chart: Chart::None,
        });
        notifications(&mut page, &population(), &words());
        let table = &page.tables[1];
        assert_eq!(table.id, "goal1-per-1000");
        assert_eq!(
            table.rows[0].values[2],
            Value::Missing,
            "no population for 2019"
        );
        assert_eq!(
            table.rows[1].values[2],
            Value::Figure {
                value: 61.7,
                decimals: 1
            }
        );
        assert_eq!(table.rows[2].values[2], HIDDEN);
    }

    #[test]
    fn expenditure_per_young_person_by_kind_needs_every_step_of_the_kind_shown() {
        let mut page = Dashboard::empty(Goal::Staircase);
        let money = |kr: Option<u64>| Value::Money(kr);
        page.tables.push(Table {
            id: "goal2-expenditure".into(),
            title: String::new(),
            row_head: String::new(),
            columns: vec![
                "a".into(),
                "b".into(),
                "c".into(),
                "Total".into(),
                "Share".into(),
            ],
            rows: vec![Row {
                label: "2020".into(),
                values: vec![
                    money(Some(8_160_000)),
                    money(Some(8_160_000)),
                    money(None),
                    money(Some(40_800_000)),
                    Value::Missing,
                ],
            }],
            chart: Chart::None,
        });
        let kinds = ["Preventive".to_owned(), "Placements".to_owned()];
        staircase(&mut page, &population(), (&kinds, &[0, 0, 1]), &words());
        let table = page
            .tables
            .iter()
            .find(|t| t.id == "goal2-per-0-22")
            .expect("table");
        assert_eq!(
            table.rows[0].values[..3],
            [
                Value::Figure {
                    value: 2000.0,
                    decimals: 0
                },
                Value::Missing,
                Value::Figure {
                    value: 5000.0,
                    decimals: 0
                }
            ]
        );
    }

    #[test]
    fn a_kind_with_a_step_the_page_hides_is_hidden_not_unknown() {
        let mut page = Dashboard::empty(Goal::Staircase);
        let shown = Value::Count(Cell::Shown {
            count: 10,
            percent: 50,
        });
        let kroner = Value::Money(Some(8_160_000));
        for (id, values) in [
            (
                "goal2-measures",
                vec![shown, shown, HIDDEN, Value::Total(24), Value::Missing],
            ),
            (
                "goal2-expenditure",
                vec![
                    kroner,
                    kroner,
                    Value::Money(None),
                    Value::Money(Some(24_480_000)),
                    Value::Missing,
                ],
            ),
        ] {
            page.tables.push(Table {
                id: id.into(),
                title: String::new(),
                row_head: String::new(),
                columns: vec![
                    "a".into(),
                    "b".into(),
                    "c".into(),
                    "Total".into(),
                    "Share".into(),
                ],
                rows: vec![Row {
                    label: "2020".into(),
                    values,
                }],
                chart: Chart::None,
            });
        }
        let kinds = ["Preventive".to_owned(), "Placements".to_owned()];
        staircase(&mut page, &population(), (&kinds, &[0, 0, 1]), &words());
        let table = page
            .tables
            .iter()
            .find(|t| t.id == "goal2-per-0-22")
            .expect("table");
        assert_eq!(
            table.rows[0].values[..3],
            [
                Value::Figure {
                    value: 2000.0,
                    decimals: 0
                },
                HIDDEN,
                Value::Figure {
                    value: 3000.0,
                    decimals: 0
                }
            ]
        );
    }
}
