//! Result goal 2, more preventive and fewer placement measures: measures and expenditure per
//! step of the municipality's staircase per year, the preventive share of each, the figures
//! per kind of step where the municipality names more than two, and growth against the
//! baseline year. Which kinds count as preventive is the municipality's setting.

use super::{
    disclosure::{Categories, Disclosure},
    growth::change,
    last_status, missing_years, pick_years,
};
use crate::domain::{
    dashboard::{Dashboard, DashboardQuery, Gap, Goal, Labels, StaircaseCounts, Summary},
    period::quarter,
    registry::{StepKind, PREVENTIVE},
    table::{Cell, Chart, Row, Table, Value},
    Lang,
};

/// The family of goal 2's measures (categories: the municipality's steps).
const MEASURES: &str = "measures";

/// The words of goal 2's tables that are not the goals' common labels (`i18n::registry`).
pub struct StaircaseWords<'a> {
    /// Title of the measures per kind of step.
    pub kind_measures: &'a str,
    /// Title of the expenditure per kind of step.
    pub kind_expenditure: &'a str,
    /// A kind's row in the growth table: "Measures: {kind}", "Expenditure: {kind}".
    pub measures_of: &'a dyn Fn(&str) -> String,
    pub expenditure_of: &'a dyn Fn(&str) -> String,
}

/// The kinds the steps use, in the kinds' order, and each step's kind among them. A step
/// of a kind the list does not hold (none, once the database's reference holds) is taken as
/// a kind of its own, preventive if it is called so.
pub fn kinds_in_use(counts: &StaircaseCounts) -> (Vec<StepKind>, Vec<usize>) {
    let mut kinds: Vec<StepKind> = counts
        .kinds
        .iter()
        .filter(|k| counts.steps.iter().any(|s| s.kind == k.kind))
        .cloned()
        .collect();
    for step in &counts.steps {
        if !kinds.iter().any(|k| k.kind == step.kind) {
            kinds.push(StepKind {
                kind: step.kind.clone(),
                rank: u32::MAX,
                label_da: step.kind.clone(),
                label_en: step.kind.clone(),
                preventive: step.kind == PREVENTIVE,
            });
        }
    }
    let of_step = counts
        .steps
        .iter()
        .map(|s| kinds.iter().position(|k| k.kind == s.kind).unwrap_or(0))
        .collect();
    (kinds, of_step)
}

/// One year's figures as they may be shown: the measures per step (`None` where the file
/// gives none), the expenditure of a step hidden wherever its measures are, the sums per kind
/// and of the preventive and the other kinds hidden where they would single out a hidden
/// step, and the preventive shares.
struct YearFigures {
    measures: Vec<Option<Cell>>,
    expenditure: Vec<Option<u64>>,
    /// Every step's measures are given, so totals and shares of measures mean something.
    complete: bool,
    /// Some step's measures are given.
    any_measures: bool,
    total_measures: Value,
    total_shown: bool,
    /// Measures in all, shown or not, for the summary.
    measures_in_all: u64,
    total_expenditure: Option<u64>,
    /// Per kind in use: measures and expenditure (`None` where hidden or not given).
    kind_measures: Vec<Sum>,
    kind_expenditure: Vec<Option<u64>>,
    /// `[preventive, not preventive]`: measures and expenditure.
    split_measures: [Sum; 2],
    split_expenditure: [Option<u64>; 2],
    preventive_share: Value,
    preventive_expenditure_share: Option<f64>,
}

impl YearFigures {
    /// The preventive share of the expenditure as a cell: "–" where no kroner are given.
    fn expenditure_share(&self) -> Value {
        match self.total_expenditure {
            None => Value::Missing,
            Some(_) => Value::Share {
                percent: self.preventive_expenditure_share,
                n: self.measures_in_all,
            },
        }
    }

    /// The key figures this status is compared with the last by.
    fn key_figures(&self) -> [Value; 7] {
        [
            self.total_measures,
            self.split_measures[0].value,
            self.split_measures[1].value,
            self.preventive_share,
            Value::Money(self.total_expenditure),
            Value::Money(self.split_expenditure[0]),
            self.expenditure_share(),
        ]
    }
}

/// A sum of steps' measures as shown, and its number where it is shown.
#[derive(Debug, Clone, Copy)]
struct Sum {
    value: Value,
    shown: Option<u64>,
}

fn year_figures(
    counts: &StaircaseCounts,
    (kinds, of_step): (&[StepKind], &[usize]),
    year: u32,
    d: &Disclosure,
) -> YearFigures {
    let span = Some((quarter(year, 1), quarter(year, 4)));
    let figure = |step: &str| {
        counts
            .figures
            .iter()
            .find(|f| f.year == year && f.step == step)
    };
    let given: Vec<Option<u64>> = counts
        .steps
        .iter()
        .map(|s| figure(&s.step).and_then(|f| f.measures))
        .collect();
    // A measure not given is asked for as none: the audit then protects against someone who
    // knows more than the page shows, never less.
    let measures: Vec<u64> = given.iter().map(|m| m.unwrap_or(0)).collect();
    let kroner: Vec<Option<u64>> = counts
        .steps
        .iter()
        .map(|s| figure(&s.step).and_then(|f| f.expenditure_dkk))
        .collect();
    let complete = given.iter().all(Option::is_some);
    let (cells, total_shown) = d.row(MEASURES, span, &measures);
    let bits_where = |keep: &dyn Fn(usize) -> bool| -> Categories {
        (0..counts.steps.len())
            .filter(|i| keep(*i))
            .fold(0, |bits, i| bits | 1 << i)
    };
    let sum_where = |values: &[u64], keep: &dyn Fn(usize) -> bool| -> u64 {
        (0..values.len())
            .filter(|i| keep(*i))
            .map(|i| values[i])
            .sum()
    };
    let kroner_where = |keep: &dyn Fn(usize) -> bool| -> u64 {
        (0..kroner.len())
            .filter(|i| keep(*i))
            .filter_map(|i| kroner[i])
            .sum()
    };
    let known_where =
        |keep: &dyn Fn(usize) -> bool| (0..given.len()).all(|i| !keep(i) || given[i].is_some());
    // A sum of steps' measures: shown where the rule lets it and every step of it is given;
    // its kroner go with it.
    let group = |keep: &dyn Fn(usize) -> bool| -> (Sum, Option<u64>) {
        let shown = d.sum(MEASURES, span, bits_where(keep), sum_where(&measures, keep));
        let kroner_known = (0..kroner.len()).any(|i| keep(i) && kroner[i].is_some());
        let known = known_where(keep);
        // Where measures are not given, none is hidden and the kroner stand alone.
        let kroner_shown = shown.is_some() || !known;
        let sum = match (known, shown) {
            (false, _) => Sum {
                value: Value::Missing,
                shown: None,
            },
            (true, Some(n)) => Sum {
                value: Value::Total(n),
                shown: Some(n),
            },
            (true, None) => Sum {
                value: Value::Count(Cell::Suppressed),
                shown: None,
            },
        };
        (
            sum,
            (kroner_shown && kroner_known).then(|| kroner_where(keep)),
        )
    };
    let per_kind: Vec<(Sum, Option<u64>)> = (0..kinds.len())
        .map(|k| group(&|i| of_step[i] == k))
        .collect();
    let preventive = |i: usize| kinds[of_step[i]].preventive;
    let split = [group(&preventive), group(&|i| !preventive(i))];
    let total: u64 = measures.iter().sum();
    let total_expenditure = (total_shown && kroner.iter().any(Option::is_some))
        .then(|| kroner.iter().flatten().sum::<u64>());
    let preventive_share = d.share(
        MEASURES,
        span,
        (bits_where(&preventive), measures.len()),
        sum_where(&measures, &preventive),
        total,
    );
    let share_shown = matches!(
        preventive_share,
        Value::Share {
            percent: Some(_),
            ..
        }
    );
    let any_measures = given.iter().any(Option::is_some);
    YearFigures {
        expenditure: cells
            .iter()
            .zip(&kroner)
            .map(|(cell, kr)| kr.filter(|_| matches!(cell, Cell::Shown { .. })))
            .collect(),
        measures: cells
            .into_iter()
            .zip(&given)
            .map(|(cell, given)| given.map(|_| cell))
            .collect(),
        complete,
        any_measures,
        total_measures: match (complete, total_shown) {
            (false, _) => Value::Missing,
            (true, true) => Value::Total(total),
            (true, false) => Value::Count(Cell::Suppressed),
        },
        total_shown,
        measures_in_all: total,
        preventive_expenditure_share: total_expenditure
            .filter(|t| *t > 0 && (share_shown || !any_measures))
            .map(|t| (kroner_where(&preventive) as f64 * 1000.0 / t as f64).round() / 10.0),
        total_expenditure,
        kind_measures: per_kind.iter().map(|(m, _)| *m).collect(),
        kind_expenditure: per_kind.iter().map(|(_, kr)| *kr).collect(),
        split_measures: split.map(|(m, _)| m),
        split_expenditure: split.map(|(_, kr)| kr),
        preventive_share: if complete {
            preventive_share
        } else {
            Value::Missing
        },
    }
}

/// What is missing from the figures: years between the first and the last without any, years
/// whose measures are not given at all, and steps without a figure in a year that has others.
fn gaps(counts: &StaircaseCounts, years: &[u32], lang: Lang) -> Vec<Gap> {
    let mut out: Vec<Gap> = missing_years(years).into_iter().collect();
    let find = |year: u32, step: &str| {
        counts
            .figures
            .iter()
            .find(|f| f.year == year && f.step == step)
    };
    let no_measures: Vec<u32> = years
        .iter()
        .copied()
        .filter(|y| {
            counts
                .steps
                .iter()
                .all(|s| find(*y, &s.step).and_then(|f| f.measures).is_none())
        })
        .collect();
    if !no_measures.is_empty() {
        out.push(Gap::MeasuresMissing(no_measures.clone()));
    }
    for step in &counts.steps {
        let measures: Vec<u32> = years
            .iter()
            .copied()
            .filter(|y| !no_measures.contains(y))
            .filter(|y| find(*y, &step.step).and_then(|f| f.measures).is_none())
            .collect();
        let expenditure: Vec<u32> = years
            .iter()
            .copied()
            .filter(|y| {
                let others = counts
                    .steps
                    .iter()
                    .any(|s| find(*y, &s.step).and_then(|f| f.expenditure_dkk).is_some());
                others
                    && find(*y, &step.step)
                        .and_then(|f| f.expenditure_dkk)
                        .is_none()
            })
            .collect();
        if !measures.is_empty() || !expenditure.is_empty() {
            out.push(Gap::StepMissing {
                step: step.label(lang).to_owned(),
                measures,
                expenditure,
            });
        }
    }
    out
}

/// Goal 2's tables from the steps and their figures; step names in `lang`.
pub fn build(
    counts: &StaircaseCounts,
    query: &DashboardQuery,
    labels: &Labels,
    words: &StaircaseWords<'_>,
    lang: Lang,
    d: &Disclosure,
) -> Dashboard {
    let mut out = Dashboard::empty(Goal::Staircase);
    out.years = counts.figures.iter().map(|f| f.year).collect();
    out.years.dedup();
    let (baseline, year) = pick_years(&out.years, query);
    (out.baseline, out.year) = (baseline, year);
    out.gaps = gaps(counts, &out.years, lang);
    let (kinds, of_step) = kinds_in_use(counts);
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
        .map(|y| (*y, year_figures(counts, (&kinds, &of_step), *y, d)))
        .collect();
    let n = counts.steps.len();
    let per_year = |id: &str,
                    title: &str,
                    columns: Vec<String>,
                    cells: &dyn Fn(&YearFigures) -> Vec<Value>,
                    to: usize| Table {
        id: id.into(),
        title: title.into(),
        row_head: labels.year.into(),
        columns,
        rows: years
            .iter()
            .map(|(y, f)| Row {
                label: y.to_string(),
                values: cells(f),
            })
            .collect(),
        chart: Chart::Stacked { from: 0, to },
    };
    out.tables.push(per_year(
        "goal2-measures",
        labels.measures_per_step,
        step_columns(),
        &|f| {
            f.measures
                .iter()
                .map(|c| c.map_or(Value::Missing, Value::Count))
                .chain([f.total_measures, f.preventive_share])
                .collect()
        },
        n,
    ));
    out.tables.push(per_year(
        "goal2-expenditure",
        labels.expenditure_per_step,
        step_columns(),
        &|f| {
            f.expenditure
                .iter()
                .map(|kr| Value::Money(*kr))
                .chain([Value::Money(f.total_expenditure), f.expenditure_share()])
                .collect()
        },
        n,
    ));
    // The municipality's own kinds side by side, where it names more than the two.
    if kinds.len() > 2 {
        let kind_columns = || -> Vec<String> {
            kinds
                .iter()
                .map(|k| k.label(lang).to_owned())
                .chain([labels.total.into()])
                .collect()
        };
        if years.iter().any(|(_, f)| f.any_measures) {
            out.tables.push(per_year(
                "goal2-kind-measures",
                words.kind_measures,
                kind_columns(),
                &|f| {
                    f.kind_measures
                        .iter()
                        .map(|m| m.value)
                        .chain([f.total_measures])
                        .collect()
                },
                kinds.len(),
            ));
        }
        out.tables.push(per_year(
            "goal2-kind-expenditure",
            words.kind_expenditure,
            kind_columns(),
            &|f| {
                f.kind_expenditure
                    .iter()
                    .map(|kr| Value::Money(*kr))
                    .chain([Value::Money(f.total_expenditure)])
                    .collect()
            },
            kinds.len(),
        ));
    }
    let find = |y: Option<u32>| years.iter().find(|(r, _)| Some(*r) == y).map(|(_, f)| f);
    if let Some(y) = year {
        match (find(Some(y - 1)), find(Some(y))) {
            (Some(before), Some(now)) => {
                let rows = [
                    labels.all_measures,
                    labels.preventive_measures,
                    labels.placements,
                    labels.measures_share,
                    labels.expenditure_total,
                    labels.expenditure_preventive,
                    labels.expenditure_share,
                ]
                .into_iter()
                .zip(before.key_figures().into_iter().zip(now.key_figures()))
                .map(|(label, (b, n))| (label, [b, n]))
                .collect();
                out.tables.push(last_status::table(
                    "goal2-previous",
                    labels,
                    [(y - 1).to_string(), y.to_string()],
                    rows,
                ));
            }
            _ => out.gaps.push(Gap::PreviousMissing((y - 1).to_string())),
        }
    }
    if let (Some(b), Some(y), Some(base), Some(now)) = (baseline, year, find(baseline), find(year))
    {
        let measures = |label: String, bv: Sum, nv: Sum| {
            (label, bv.value, nv.value, change(bv.shown, nv.shown))
        };
        let money = |label: String, bv: Option<u64>, nv: Option<u64>| {
            (label, Value::Money(bv), Value::Money(nv), change(bv, nv))
        };
        let all = |f: &YearFigures| Sum {
            value: f.total_measures,
            shown: (f.total_shown && f.complete).then_some(f.measures_in_all),
        };
        let mut rows = vec![
            measures(
                labels.preventive_measures.into(),
                base.split_measures[0],
                now.split_measures[0],
            ),
            measures(
                labels.placements.into(),
                base.split_measures[1],
                now.split_measures[1],
            ),
            measures(labels.all_measures.into(), all(base), all(now)),
            money(
                labels.expenditure_preventive.into(),
                base.split_expenditure[0],
                now.split_expenditure[0],
            ),
            money(
                labels.expenditure_placements.into(),
                base.split_expenditure[1],
                now.split_expenditure[1],
            ),
            money(
                labels.expenditure_total.into(),
                base.total_expenditure,
                now.total_expenditure,
            ),
        ];
        if base.complete && now.complete && base.total_shown && now.total_shown {
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
        if kinds.len() > 2 {
            for (k, kind) in kinds.iter().enumerate() {
                let name = kind.label(lang);
                if base.any_measures || now.any_measures {
                    rows.push(measures(
                        (words.measures_of)(name),
                        base.kind_measures[k],
                        now.kind_measures[k],
                    ));
                }
                rows.push(money(
                    (words.expenditure_of)(name),
                    base.kind_expenditure[k],
                    now.kind_expenditure[k],
                ));
            }
        }
        out.tables.push(Table {
            id: "goal2-growth".into(),
            title: format!("{} {b}–{y}", labels.development),
            row_head: labels.key_figure.into(),
            columns: vec![b.to_string(), y.to_string(), labels.change.into()],
            rows: rows
                .into_iter()
                .map(|(label, b, y, c)| Row {
                    label,
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
    use crate::domain::registry::{Step, StepYear, PLACEMENT};

    fn kind(key: &str, rank: u32, preventive: bool) -> StepKind {
        StepKind {
            kind: key.into(),
            rank,
            label_da: key.into(),
            label_en: key.into(),
            preventive,
        }
    }

    /// A step's measures and million kroner in each year.
    type Figures = Vec<(Option<u64>, Option<f64>)>;

    /// Steps `(key, kind, figures)` over `years`.
    fn counts(
        kinds: Vec<StepKind>,
        steps: &[(&str, &str, Figures)],
        years: &[u32],
    ) -> StaircaseCounts {
        StaircaseCounts {
            steps: (1..)
                .zip(steps)
                .map(|(rank, (key, kind, _))| Step {
                    step: (*key).into(),
                    rank,
                    kind: (*kind).into(),
                    label_da: (*key).into(),
                    label_en: (*key).into(),
                })
                .collect(),
            figures: years
                .iter()
                .enumerate()
                .flat_map(|(i, year)| {
                    steps.iter().map(move |(key, _, figures)| StepYear {
                        year: *year,
                        step: (*key).into(),
                        measures: figures[i].0,
                        expenditure_dkk: figures[i].1.map(|m| (m * 1e6_f64).round() as u64),
                    })
                })
                .collect(),
            kinds,
        }
    }

    fn words() -> StaircaseWords<'static> {
        StaircaseWords {
            kind_measures: "measures by kind",
            kind_expenditure: "expenditure by kind",
            measures_of: &|k| format!("measures: {k}"),
            expenditure_of: &|k| format!("expenditure: {k}"),
        }
    }

    fn built(counts: &StaircaseCounts) -> Dashboard {
        crate::indicators::disclosure::protected(
            crate::indicators::disclosure::ANYWHERE,
            5,
            &[],
            |d| {
                build(
                    counts,
                    &DashboardQuery::default(),
                    &Labels::default(),
                    &words(),
                    Lang::Da,
                    d,
                )
            },
        )
        .0
    }

    /// Rebild's five steps with their 2015 and 2020 figures (`end2end/fixtures`), as tables.
    fn rebild() -> Dashboard {
        let two = vec![kind(PREVENTIVE, 1, true), kind(PLACEMENT, 2, false)];
        let m = |a: u64, x: f64, b: u64, y: f64| vec![(Some(a), Some(x)), (Some(b), Some(y))];
        built(&counts(
            two,
            &[
                ("sel11", PREVENTIVE, m(49, 1.0, 125, 2.2)),
                ("sel52", PREVENTIVE, m(177, 11.9, 230, 16.1)),
                ("netvaerk", PLACEMENT, m(4, 0.3, 4, 0.5)),
                ("pleje", PLACEMENT, m(33, 12.1, 34, 13.4)),
                ("institution", PLACEMENT, m(14, 12.3, 19, 14.9)),
            ],
            &[2015, 2020],
        ))
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
        assert!(
            d.tables.iter().all(|t| !t.id.starts_with("goal2-kind")),
            "two kinds need no table of their own"
        );
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

    #[test]
    fn three_kinds_each_get_their_column_and_the_preventive_share_counts_two_of_them() {
        let kinds = vec![
            kind("almen", 1, true),
            kind("hjemmebaseret", 2, true),
            kind("anbringelse", 3, false),
        ];
        let one = |m: u64, kr: f64| vec![(Some(m), Some(kr))];
        let d = built(&counts(
            kinds,
            &[
                ("almen", "almen", one(310, 2.1)),
                ("sel11", "hjemmebaseret", one(140, 3.0)),
                ("sel52", "hjemmebaseret", one(180, 14.0)),
                ("netvaerk", "anbringelse", one(12, 1.5)),
                ("pleje", "anbringelse", one(45, 17.0)),
                ("institution", "anbringelse", one(28, 30.0)),
            ],
            &[2019],
        ));
        assert_eq!(
            values(&d, "goal2-kind-measures", 0),
            [
                Value::Total(310),
                Value::Total(320),
                Value::Total(85),
                Value::Total(715)
            ]
        );
        assert_eq!(
            values(&d, "goal2-measures", 0)[7],
            Value::Share {
                percent: Some(88.1),
                n: 715
            },
            "630 of 715 in the two preventive kinds"
        );
        assert_eq!(
            values(&d, "goal2-kind-expenditure", 0)[1],
            Value::Money(Some(17_000_000))
        );
        assert_eq!(
            values(&d, "goal2-expenditure", 0)[7],
            Value::Share {
                percent: Some(28.3),
                n: 715
            },
            "19.1 of 67.6 million kroner"
        );
    }

    #[test]
    fn expenditure_only_with_a_missing_year_shows_kroner_and_says_what_is_missing() {
        let kinds = vec![
            kind("forebyggende", 1, true),
            kind("anbringelse", 2, false),
            kind("sikret", 3, false),
        ];
        let kr = |a: Option<f64>, b: f64| vec![(None, a), (None, Some(b))];
        let d = built(&counts(
            kinds,
            &[
                ("5.21", "forebyggende", kr(Some(30.3), 37.7)),
                ("5.22", "anbringelse", kr(None, 29.6)),
                ("5.20", "anbringelse", kr(Some(48.5), 41.7)),
                ("5.24", "sikret", kr(Some(1.3), 4.3)),
            ],
            &[2015, 2018],
        ));
        let measures = values(&d, "goal2-measures", 0);
        assert!(
            measures.iter().all(|v| *v == Value::Missing),
            "{measures:?}"
        );
        let money = values(&d, "goal2-expenditure", 1);
        assert_eq!(money[4], Value::Money(Some(113_300_000)));
        assert_eq!(
            money[5],
            Value::Share {
                percent: Some(33.3),
                n: 0
            }
        );
        assert_eq!(values(&d, "goal2-expenditure", 0)[1], Value::Money(None));
        assert!(d.tables.iter().all(|t| t.id != "goal2-kind-measures"));
        assert_eq!(
            d.gaps,
            vec![
                Gap::YearsMissing(vec![2016, 2017]),
                Gap::MeasuresMissing(vec![2015, 2018]),
                Gap::StepMissing {
                    step: "5.22".into(),
                    measures: vec![],
                    expenditure: vec![2015]
                },
                Gap::PreviousMissing("2017".into()),
            ]
        );
        assert!(d.summary.is_empty(), "no measures, no sentence about them");
    }
}
