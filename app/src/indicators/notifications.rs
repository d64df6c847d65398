//! Result goal 1, notifications move to younger children: notifications per year by the
//! child's age band, the shares about 0–9-year-olds and under-8s, the change by band against
//! the baseline year, and notifications by sender.

use super::{
    disclosure::{Categories, Disclosure},
    growth::change,
    last_status, missing_years, pick_years,
};
use crate::domain::{
    dashboard::{Dashboard, DashboardQuery, Gap, Goal, Labels, NotificationCounts, Summary},
    period::quarter,
    registry::NotificationBand,
    table::{Cell, Chart, Row, Table, Value},
};

/// The family of goal 1's counts by age band, and of its counts by sender.
const BANDS: &str = "notifications";
const SENDERS: &str = "notifications-by-sender";

/// The quarters of a year, which is what a registry figure covers.
fn year_span(year: u32) -> Option<(i32, i32)> {
    Some((quarter(year, 1), quarter(year, 4)))
}

/// The bits of the bands `keep` picks.
fn bands_where(keep: fn(NotificationBand) -> bool) -> Categories {
    NotificationBand::ALL
        .iter()
        .enumerate()
        .filter(|(_, b)| keep(**b))
        .fold(0, |bits, (i, _)| bits | 1 << i)
}

/// Goal 1's tables from its counts.
pub fn build(
    counts: &NotificationCounts,
    query: &DashboardQuery,
    labels: &Labels,
    d: &Disclosure,
) -> Dashboard {
    let mut out = Dashboard::empty(Goal::Notifications);
    let rows = &counts.by_band;
    out.senders = counts.senders.clone();
    out.years = rows.iter().map(|(y, _)| *y).collect();
    let (baseline, year) = pick_years(&out.years, query);
    (out.baseline, out.year) = (baseline, year);
    out.gaps.extend(missing_years(&out.years));
    let bands: Vec<String> = NotificationBand::ALL
        .iter()
        .map(|b| format!("{} {}", b.as_str().replace('-', "–"), labels.years_of_age))
        .collect();
    let by_year = |y: Option<u32>| rows.iter().find(|(r, _)| Some(*r) == y).map(|(_, c)| *c);

    let mut columns = bands.clone();
    columns.push(labels.total.into());
    out.tables.push(Table {
        id: "goal1-age".into(),
        title: labels.notifications_by_age.into(),
        row_head: labels.year.into(),
        columns,
        rows: rows
            .iter()
            .map(|(y, counts)| Row {
                label: y.to_string(),
                values: d.row_with_total(BANDS, year_span(*y), counts),
            })
            .collect(),
        chart: Chart::Stacked { from: 0, to: 6 },
    });

    let share_of = |year: u32, counts: &[u64; 6], keep: fn(NotificationBand) -> bool| {
        let part = NotificationBand::ALL
            .iter()
            .zip(counts)
            .filter(|(b, _)| keep(**b))
            .map(|(_, c)| c)
            .sum();
        let n = counts.iter().sum();
        d.share(
            BANDS,
            year_span(year),
            (bands_where(keep), counts.len()),
            part,
            n,
        )
    };
    out.tables.push(Table {
        id: "goal1-young".into(),
        title: labels.youngest_share.into(),
        row_head: labels.year.into(),
        columns: vec![
            labels.share_up_to_nine.into(),
            labels.share_under_eight.into(),
            labels.total_n.into(),
        ],
        rows: rows
            .iter()
            .map(|(y, counts)| Row {
                label: y.to_string(),
                values: vec![
                    share_of(*y, counts, NotificationBand::up_to_nine),
                    share_of(*y, counts, NotificationBand::under_eight),
                    d.total(BANDS, year_span(*y), counts.len(), counts.iter().sum()),
                ],
            })
            .collect(),
        chart: Chart::Line { column: 0 },
    });

    if let (Some(b), Some(y), Some(base), Some(now)) =
        (baseline, year, by_year(baseline), by_year(year))
    {
        let ((base_cells, base_shown), (now_cells, now_shown)) = (
            d.row(BANDS, year_span(b), &base),
            d.row(BANDS, year_span(y), &now),
        );
        let shown = |cell: Cell| match cell {
            Cell::Shown { count, .. } => Some(count),
            Cell::Suppressed => None,
        };
        let mut change_rows: Vec<Row> = bands
            .iter()
            .enumerate()
            .map(|(i, label)| Row {
                label: label.clone(),
                values: vec![
                    Value::Count(base_cells[i]),
                    Value::Count(now_cells[i]),
                    change(shown(base_cells[i]), shown(now_cells[i])),
                ],
            })
            .collect();
        let (base_total, now_total) = (base.iter().sum::<u64>(), now.iter().sum::<u64>());
        let total_change = change(
            base_shown.then_some(base_total),
            now_shown.then_some(now_total),
        );
        change_rows.push(Row {
            label: labels.total.into(),
            values: vec![
                d.total(BANDS, year_span(b), base.len(), base_total),
                d.total(BANDS, year_span(y), now.len(), now_total),
                total_change,
            ],
        });
        let young =
            |year: u32, counts: &[u64; 6]| share_of(year, counts, NotificationBand::up_to_nine);
        out.summary.push(Summary::Notifications {
            base_year: b,
            year: y,
            base_total,
            total: now_total,
            change: total_change,
            young_base: young(b, &base),
            young: young(y, &now),
        });
        out.tables.push(Table {
            id: "goal1-change".into(),
            title: format!("{} {b}–{y}", labels.change_by_age),
            row_head: labels.age.into(),
            columns: vec![b.to_string(), y.to_string(), labels.change.into()],
            rows: change_rows,
            chart: Chart::Bars { column: 2 },
        });
    }

    if let Some(y) = year {
        match (by_year(Some(y - 1)), by_year(Some(y))) {
            (Some(before), Some(now)) => {
                let figures = |year: u32, counts: &[u64; 6]| {
                    [
                        d.total(BANDS, year_span(year), counts.len(), counts.iter().sum()),
                        share_of(year, counts, NotificationBand::up_to_nine),
                        share_of(year, counts, NotificationBand::under_eight),
                    ]
                };
                let [b, n] = [figures(y - 1, &before), figures(y, &now)];
                let rows = [
                    labels.notifications_total,
                    labels.share_up_to_nine,
                    labels.share_under_eight,
                ]
                .into_iter()
                .zip(b.into_iter().zip(n))
                .map(|(label, (b, n))| (label, [b, n]))
                .collect();
                out.tables.push(last_status::table(
                    "goal1-previous",
                    labels,
                    [(y - 1).to_string(), y.to_string()],
                    rows,
                ));
            }
            _ => out.gaps.push(Gap::PreviousMissing((y - 1).to_string())),
        }
    }

    let one_sender = query.sender.as_deref().is_some_and(|s| !s.is_empty());
    if !one_sender && !out.senders.is_empty() {
        let mut columns = out.senders.clone();
        columns.push(labels.total.into());
        let table_rows = out
            .years
            .iter()
            .map(|y| {
                let row: Vec<u64> = out
                    .senders
                    .iter()
                    .map(|s| {
                        counts
                            .by_sender
                            .iter()
                            .filter(|(ry, rs, _)| ry == y && rs == s)
                            .map(|(_, _, n)| n)
                            .sum()
                    })
                    .collect();
                Row {
                    label: y.to_string(),
                    values: d.row_with_total(SENDERS, year_span(*y), &row),
                }
            })
            .collect();
        let n = out.senders.len();
        out.tables.push(Table {
            id: "goal1-sender".into(),
            title: labels.notifications_by_sender.into(),
            row_head: labels.year.into(),
            columns,
            rows: table_rows,
            chart: Chart::Stacked { from: 0, to: n },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The synthetic Rebild breakdown of `end2end/fixtures`, 2015 and 2020.
    fn rebild() -> NotificationCounts {
        NotificationCounts {
            by_band: vec![
                (2015, [25, 52, 29, 34, 94, 66]),
                (2020, [58, 90, 45, 47, 97, 74]),
            ],
            ..NotificationCounts::default()
        }
    }

    fn build(
        counts: &NotificationCounts,
        query: &DashboardQuery,
        labels: &Labels,
        threshold: u64,
    ) -> Dashboard {
        crate::indicators::disclosure::protected(
            crate::indicators::disclosure::ANYWHERE,
            threshold,
            &[],
            |d| super::build(counts, query, labels, d),
        )
        .0
    }

    fn table<'a>(dashboard: &'a Dashboard, id: &str) -> &'a Table {
        dashboard.tables.iter().find(|t| t.id == id).expect(id)
    }

    #[test]
    fn rebilds_notifications_grow_37_percent_and_132_percent_for_the_youngest() {
        let d = build(&rebild(), &DashboardQuery::default(), &Labels::default(), 5);
        assert_eq!((d.baseline, d.year), (Some(2015), Some(2020)));
        let change = table(&d, "goal1-change");
        assert_eq!(
            change.rows[0].values[2],
            Value::Change(Some(132)),
            "0–1 years"
        );
        assert_eq!(change.rows[6].values[2], Value::Change(Some(37)), "in all");
        let young = table(&d, "goal1-young");
        assert_eq!(
            young.rows[0].values[0],
            Value::Share {
                percent: Some(46.7),
                n: 300
            },
            "140 of 300 about 0–9-year-olds"
        );
        assert_eq!(
            d.summary,
            vec![Summary::Notifications {
                base_year: 2015,
                year: 2020,
                base_total: 300,
                total: 411,
                change: Value::Change(Some(37)),
                young_base: young.rows[0].values[0],
                young: young.rows[1].values[0],
            }]
        );
    }

    #[test]
    fn a_small_band_is_hidden_with_a_partner_and_gives_no_growth() {
        let counts = NotificationCounts {
            by_band: vec![
                (2019, [3, 40, 20, 20, 30, 30]),
                (2020, [10, 40, 20, 20, 30, 30]),
            ],
            ..NotificationCounts::default()
        };
        let d = build(&counts, &DashboardQuery::default(), &Labels::default(), 5);
        let by_age = table(&d, "goal1-age");
        assert_eq!(by_age.rows[0].values[0], Value::Count(Cell::Suppressed));
        assert_eq!(
            by_age.rows[0]
                .values
                .iter()
                .filter(|v| **v == Value::Count(Cell::Suppressed))
                .count(),
            2,
            "the lone small band takes a partner"
        );
        assert_eq!(
            table(&d, "goal1-change").rows[0].values[2],
            Value::Change(None)
        );
    }

    #[test]
    fn senders_get_their_own_table_unless_the_page_is_about_one() {
        let counts = NotificationCounts {
            senders: vec!["skole".into(), "sundhed".into()],
            by_sender: vec![(2020, "skole".into(), 30), (2020, "sundhed".into(), 12)],
            ..rebild()
        };
        let all = build(&counts, &DashboardQuery::default(), &Labels::default(), 5);
        assert_eq!(
            table(&all, "goal1-sender").rows[1].values[2],
            Value::Total(42)
        );
        let one = DashboardQuery {
            sender: Some("skole".into()),
            ..DashboardQuery::default()
        };
        let page = build(&counts, &one, &Labels::default(), 5);
        assert!(page.tables.iter().all(|t| t.id != "goal1-sender"));
    }
}
