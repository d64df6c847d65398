//! Result goal 2, more preventive and fewer placement measures: measures and expenditure per
//! step of the municipality's staircase per year, the preventive share of each, and growth
//! against the baseline year.

use super::{
    growth::change,
    pick_years,
    suppression::{alongside, share, suppress, total},
};
use crate::domain::{
    dashboard::{Dashboard, DashboardQuery, Goal, Labels, StaircaseCounts, Summary},
    registry::StepKind,
    table::{Cell, Chart, Row, Table, Value},
    Lang,
};

/// One year's figures: the measures per step suppressed like any count, and the expenditure
/// of a step hidden wherever its measures are; totals per kind `[preventive, placement]`.
struct YearFigures {
    measures: Vec<Cell>,
    expenditure: Vec<Option<u64>>,
    total_measures: u64,
    total_expenditure: Option<u64>,
    kind_measures: [u64; 2],
    kind_expenditure: [u64; 2],
}

fn year_figures(counts: &StaircaseCounts, year: u32, threshold: u64) -> YearFigures {
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
    let cells = suppress(&measures, threshold);
    let mut kind_measures = [0; 2];
    let mut kind_expenditure = [0; 2];
    for (s, (n, kr)) in counts.steps.iter().zip(measures.iter().zip(&kroner)) {
        let kind = usize::from(s.kind == StepKind::Placement);
        kind_measures[kind] += n;
        kind_expenditure[kind] += kr.unwrap_or(0);
    }
    YearFigures {
        expenditure: alongside(&cells, &kroner),
        measures: cells,
        total_measures: measures.iter().sum(),
        total_expenditure: kroner
            .iter()
            .any(Option::is_some)
            .then(|| kroner.iter().flatten().sum()),
        kind_measures,
        kind_expenditure,
    }
}

/// Goal 2's tables from the steps and their figures; step names in `lang`.
pub fn build(
    counts: &StaircaseCounts,
    query: &DashboardQuery,
    labels: &Labels,
    lang: Lang,
    threshold: u64,
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
        .map(|y| (*y, year_figures(counts, *y, threshold)))
        .collect();
    let n = counts.steps.len();
    out.tables.push(Table {
        id: "goal2-measures".into(),
        title: labels.measures_per_step.into(),
        row_head: labels.year.into(),
        columns: step_columns(),
        rows: years
            .iter()
            .map(|(y, f)| Row {
                label: y.to_string(),
                values: f
                    .measures
                    .iter()
                    .map(|c| Value::Count(*c))
                    .chain([
                        Value::Total(f.total_measures),
                        share(f.kind_measures[0], f.total_measures, threshold),
                    ])
                    .collect(),
            })
            .collect(),
        chart: Chart::Stacked { from: 0, to: n },
    });
    out.tables.push(Table {
        id: "goal2-expenditure".into(),
        title: labels.expenditure_per_step.into(),
        row_head: labels.year.into(),
        columns: step_columns(),
        rows: years
            .iter()
            .map(|(y, f)| Row {
                label: y.to_string(),
                values: f
                    .expenditure
                    .iter()
                    .map(|kr| Value::Money(*kr))
                    .chain([
                        Value::Money(f.total_expenditure),
                        Value::Share {
                            percent: f.total_expenditure.filter(|t| *t > 0).map(|t| {
                                (f.kind_expenditure[0] as f64 * 1000.0 / t as f64).round() / 10.0
                            }),
                            n: f.total_measures,
                        },
                    ])
                    .collect(),
            })
            .collect(),
        chart: Chart::Stacked { from: 0, to: n },
    });
    let find = |y: Option<u32>| years.iter().find(|(r, _)| Some(*r) == y).map(|(_, f)| f);
    if let (Some(b), Some(y), Some(base), Some(now)) = (baseline, year, find(baseline), find(year))
    {
        let money = |f: &YearFigures, k: usize| Some(f.kind_expenditure[k]);
        let rows = vec![
            (
                labels.preventive_measures,
                total(base.kind_measures[0], threshold),
                total(now.kind_measures[0], threshold),
                change(Some(base.kind_measures[0]), Some(now.kind_measures[0])),
            ),
            (
                labels.placements,
                total(base.kind_measures[1], threshold),
                total(now.kind_measures[1], threshold),
                change(Some(base.kind_measures[1]), Some(now.kind_measures[1])),
            ),
            (
                labels.all_measures,
                Value::Total(base.total_measures),
                Value::Total(now.total_measures),
                change(Some(base.total_measures), Some(now.total_measures)),
            ),
            (
                labels.expenditure_preventive,
                Value::Money(money(base, 0)),
                Value::Money(money(now, 0)),
                change(money(base, 0), money(now, 0)),
            ),
            (
                labels.expenditure_placements,
                Value::Money(money(base, 1)),
                Value::Money(money(now, 1)),
                change(money(base, 1), money(now, 1)),
            ),
            (
                labels.expenditure_total,
                Value::Money(base.total_expenditure),
                Value::Money(now.total_expenditure),
                change(base.total_expenditure, now.total_expenditure),
            ),
        ];
        out.summary.push(Summary::Staircase {
            base_year: b,
            year: y,
            base_measures: base.total_measures,
            measures: now.total_measures,
            base_expenditure: rows[5].1,
            expenditure: rows[5].2,
            preventive_growth: rows[0].3,
            preventive_expenditure_growth: rows[3].3,
        });
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
