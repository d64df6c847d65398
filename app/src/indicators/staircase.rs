//! Result goal 2, more preventive and fewer placement measures: measures and expenditure per
//! step of the municipality's staircase per year, the preventive share of each, and growth
//! against the baseline year.

use super::{disclosure::Disclosure, growth::change, pick_years};
use crate::domain::{
    dashboard::{Dashboard, DashboardQuery, Goal, Labels, StaircaseCounts, Summary},
    period::quarter,
    registry::StepKind,
    table::{Cell, Chart, Row, Table, Value},
    Lang,
};

/// The family of goal 2's measures (categories: the municipality's steps).
const MEASURES: &str = "measures";

/// One year's figures as they may be shown: the measures per step, the expenditure of a step
/// hidden wherever its measures are, the totals per kind `[preventive, placement]` hidden
/// where they would single out a hidden step, and the preventive share.
struct YearFigures {
    measures: Vec<Cell>,
    expenditure: Vec<Option<u64>>,
    total_measures: Value,
    total_shown: bool,
    /// Measures in all, shown or not, for the summary.
    measures_in_all: u64,
    total_expenditure: Option<u64>,
    kind_measures: [Option<u64>; 2],
    kind_expenditure: [Option<u64>; 2],
    preventive_share: Value,
    preventive_expenditure_share: Option<f64>,
}

fn year_figures(counts: &StaircaseCounts, year: u32, d: &Disclosure) -> YearFigures {
    let span = Some((quarter(year, 1), quarter(year, 4)));
    let figure = |step: &str| {
        counts
            .figures
            .iter()
            .find(|f| f.year == year && f.step == step)
    };
    let measures: Vec<u64> = counts
        .steps
        .iter()
        .map(|s| figure(&s.step).and_then(|f| f.measures).unwrap_or(0))
        .collect();
    let kroner: Vec<Option<u64>> = counts
        .steps
        .iter()
        .map(|s| figure(&s.step).and_then(|f| f.expenditure_dkk))
        .collect();
    let (cells, total_shown) = d.row(MEASURES, span, &measures);
    let mut kind_bits = [0u64; 2];
    let mut kind_measures = [0; 2];
    let mut kind_kroner = [0; 2];
    for (i, (s, (n, kr))) in counts
        .steps
        .iter()
        .zip(measures.iter().zip(&kroner))
        .enumerate()
    {
        let kind = usize::from(s.kind == StepKind::Placement);
        kind_bits[kind] |= 1 << i;
        kind_measures[kind] += n;
        kind_kroner[kind] += kr.unwrap_or(0);
    }
    let total: u64 = measures.iter().sum();
    let shown_kinds = [0, 1].map(|k| d.sum(MEASURES, span, kind_bits[k], kind_measures[k]));
    let total_expenditure = (total_shown && kroner.iter().any(Option::is_some))
        .then(|| kroner.iter().flatten().sum::<u64>());
    let preventive_share = d.share(
        MEASURES,
        span,
        (kind_bits[0], measures.len()),
        kind_measures[0],
        total,
    );
    let share_shown = matches!(
        preventive_share,
        Value::Share {
            percent: Some(_),
            ..
        }
    );
    YearFigures {
        expenditure: cells
            .iter()
            .zip(&kroner)
            .map(|(cell, kr)| kr.filter(|_| matches!(cell, Cell::Shown { .. })))
            .collect(),
        measures: cells,
        total_measures: if total_shown {
            Value::Total(total)
        } else {
            Value::Count(Cell::Suppressed)
        },
        total_shown,
        measures_in_all: total,
        preventive_expenditure_share: total_expenditure
            .filter(|t| *t > 0 && share_shown)
            .map(|t| (kind_kroner[0] as f64 * 1000.0 / t as f64).round() / 10.0),
        total_expenditure,
        kind_measures: shown_kinds,
        // A kind's expenditure goes with its count of measures.
        kind_expenditure: [0, 1].map(|k| shown_kinds[k].map(|_| kind_kroner[k])),
        preventive_share,
    }
}

/// Goal 2's tables from the steps and their figures; step names in `lang`.
pub fn build(
    counts: &StaircaseCounts,
    query: &DashboardQuery,
    labels: &Labels,
    lang: Lang,
    d: &Disclosure,
) -> Dashboard {
    let mut out = Dashboard::empty(Goal::Staircase);
    out.years = counts.figures.iter().map(|f| f.year).collect();
    out.years.dedup();
    let (baseline, year) = pick_years(&out.years, query);
    (out.baseline, out.year) = (baseline, year);
    let step_columns = || -> Vec<String> {
        counts
            .steps
            .iter()
            .map(|s| s.label(lang).to_owned())
            .chain([labels.total.into(), labels.preventive_share.into()])
            .collect()
    };
    let years: Vec<(u32, YearFigures)> = out
        .years
        .iter()
        .map(|y| (*y, year_figures(counts, *y, d)))
        .collect();
    let n = counts.steps.len();
    let per_year = |id: &str, title: &str, cells: &dyn Fn(&YearFigures) -> Vec<Value>| Table {
        id: id.into(),
        title: title.into(),
        row_head: labels.year.into(),
        columns: step_columns(),
        rows: years
            .iter()
            .map(|(y, f)| Row {
                label: y.to_string(),
                values: cells(f),
            })
            .collect(),
        chart: Chart::Stacked { from: 0, to: n },
    };
    out.tables
        .push(per_year("goal2-measures", labels.measures_per_step, &|f| {
            f.measures
                .iter()
                .map(|c| Value::Count(*c))
                .chain([f.total_measures, f.preventive_share])
                .collect()
        }));
    out.tables.push(per_year(
        "goal2-expenditure",
        labels.expenditure_per_step,
        &|f| {
            f.expenditure
                .iter()
                .map(|kr| Value::Money(*kr))
                .chain([
                    Value::Money(f.total_expenditure),
                    Value::Share {
                        percent: f.preventive_expenditure_share,
                        n: f.measures_in_all,
                    },
                ])
                .collect()
        },
    ));
    let find = |y: Option<u32>| years.iter().find(|(r, _)| Some(*r) == y).map(|(_, f)| f);
    if let (Some(b), Some(y), Some(base), Some(now)) = (baseline, year, find(baseline), find(year))
    {
        let counted = |v: Option<u64>| v.map_or(Value::Count(Cell::Suppressed), Value::Total);
        let measures =
            |label, b: Option<u64>, n: Option<u64>| (label, counted(b), counted(n), change(b, n));
        let money = |label, b: Option<u64>, n: Option<u64>| {
            (label, Value::Money(b), Value::Money(n), change(b, n))
        };
        let kind_money = |f: &YearFigures, k: usize| f.kind_expenditure[k];
        let mut rows: Vec<_> = [(labels.preventive_measures, 0), (labels.placements, 1)]
            .map(|(label, k)| measures(label, base.kind_measures[k], now.kind_measures[k]))
            .into();
        let all = |f: &YearFigures| f.total_shown.then_some(f.measures_in_all);
        rows.push(measures(labels.all_measures, all(base), all(now)));
        rows.extend(
            [
                (labels.expenditure_preventive, 0),
                (labels.expenditure_placements, 1),
            ]
            .map(|(label, k)| money(label, kind_money(base, k), kind_money(now, k))),
        );
        rows.push(money(
            labels.expenditure_total,
            base.total_expenditure,
            now.total_expenditure,
        ));
        if base.total_shown && now.total_shown {
            out.summary.push(Summary::Staircase {
                base_year: b,
                year: y,
                base_measures: base.measures_in_all,
                measures: now.measures_in_all,
                base_expenditure: rows[5].1,
                expenditure: rows[5].2,
                preventive_growth: rows[0].3,
                preventive_expenditure_growth: rows[3].3,
            });
        }
        out.tables.push(Table {
            id: "goal2-growth".into(),
            title: format!("{} {b}–{y}", labels.development),
            row_head: labels.key_figure.into(),
            columns: vec![b.to_string(), y.to_string(), labels.change.into()],
            rows: rows
                .into_iter()
                .map(|(label, b, y, c)| Row {
                    label: label.into(),
                    values: vec![b, y, c],
                })
                .collect(),
            chart: Chart::Bars { column: 2 },
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::registry::{Step, StepYear};

    /// Rebild's five steps with their 2015 and 2020 figures (`end2end/fixtures`), as tables.
    fn rebild() -> Dashboard {
        let steps = [
            ("sel11", StepKind::Preventive, [(49, 1.0), (125, 2.2)]),
            ("sel52", StepKind::Preventive, [(177, 11.9), (230, 16.1)]),
            ("netvaerk", StepKind::Placement, [(4, 0.3), (4, 0.5)]),
            ("pleje", StepKind::Placement, [(33, 12.1), (34, 13.4)]),
            ("institution", StepKind::Placement, [(14, 12.3), (19, 14.9)]),
        ];
        let counts = StaircaseCounts {
            steps: (1..)
                .zip(&steps)
                .map(|(rank, (key, kind, _))| Step {
                    step: (*key).into(),
                    rank,
                    kind: *kind,
                    label_da: (*key).into(),
                    label_en: (*key).into(),
                })
                .collect(),
            figures: [2015, 2020]
                .into_iter()
                .enumerate()
                .flat_map(|(i, year)| {
                    steps.iter().map(move |(key, _, figures)| StepYear {
                        year,
                        step: (*key).into(),
                        measures: Some(figures[i].0),
                        expenditure_dkk: Some((figures[i].1 * 1e6_f64).round() as u64),
                    })
                })
                .collect(),
        };
        crate::indicators::disclosure::protected(
            crate::indicators::disclosure::ANYWHERE,
            5,
            &[],
            |d| {
                build(
                    &counts,
                    &DashboardQuery::default(),
                    &Labels::default(),
                    Lang::Da,
                    d,
                )
            },
        )
        .0
    }

    fn values<'a>(d: &'a Dashboard, id: &str, row: usize) -> &'a [Value] {
        &d.tables.iter().find(|t| t.id == id).expect(id).rows[row].values
    }

    #[test]
    fn rebilds_staircase_from_277_to_412_measures_and_preventive_growth_of_57_and_42_percent() {
        let d = rebild();
        let growth = |row| values(&d, "goal2-growth", row);
        assert_eq!(growth(2)[..2], [Value::Total(277), Value::Total(412)]);
        let millions = [Some(37_600_000), Some(47_100_000)].map(Value::Money);
        assert_eq!(growth(5)[..2], millions);
        assert_eq!(growth(0)[2], Value::Change(Some(57)), "preventive measures");
        assert_eq!(
            growth(3)[2],
            Value::Change(Some(42)),
            "preventive expenditure"
        );
        let summary = &d.summary[..];
        assert!(matches!(
            summary,
            [Summary::Staircase {
                base_measures: 277,
                measures: 412,
                ..
            }]
        ));
    }

    #[test]
    fn a_small_step_hides_its_measures_its_partner_and_their_expenditure() {
        let d = rebild();
        let hidden = Value::Count(Cell::Suppressed);
        let measures = values(&d, "goal2-measures", 0);
        assert_eq!(measures[2], hidden, "4 kinship placements in 2015");
        assert_eq!(measures[..5].iter().filter(|v| **v == hidden).count(), 2);
        let money = values(&d, "goal2-expenditure", 0);
        assert_eq!(money[2], Value::Money(None));
        assert_eq!(money[5], Value::Money(Some(37_600_000)), "the total stays");
    }
}
