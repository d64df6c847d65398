//! The three result goals as tables, built from counts made in the database (registry
//! figures, evaluations, the course register, sparring). The pages, the charts, the exports
//! and the status report all show these tables, so they agree to the cell.

use chrono::NaiveDate;

use super::{
    course_store::{self, Scope},
    evaluation_store, registry_store, sparring_store, Database,
};
use crate::{
    api::dashboard::{Dashboard, DashboardQuery, Goal},
    domain::Lang,
    domain::{
        course::CourseOutcome,
        evaluation::QUESTIONS,
        registry::{NotificationBand, StepKind},
        sparring::Outcome,
        Agreement, Satisfaction,
    },
    i18n::{courses::course_outcome_name, evaluation::questionnaire, sparring::outcome_name},
    indicators::{
        courses as course_figures, evaluation, suppress,
        table::{change, share, Chart, Row, Table, Value},
        Cell,
    },
};

/// Builds one goal's tables (the overview and the report take all three).
pub async fn build(
    db: &Database,
    goal: Goal,
    query: &DashboardQuery,
    lang: Lang,
    threshold: u64,
) -> Result<Dashboard, sqlx::Error> {
    let mut dashboard = Dashboard {
        goal,
        tables: Vec::new(),
        years: Vec::new(),
        baseline: None,
        year: None,
        senders: Vec::new(),
        summary: Vec::new(),
    };
    let t = Builder { lang, threshold };
    match goal {
        Goal::Notifications => t.notifications(db, query, &mut dashboard).await?,
        Goal::Staircase => t.staircase(db, query, &mut dashboard).await?,
        Goal::Difference => t.difference(db, query, &mut dashboard).await?,
    }
    Ok(dashboard)
}

struct Builder {
    lang: Lang,
    threshold: u64,
}

/// The baseline (the chosen year, else the first) and the year compared (the chosen year,
/// else the last) among `years`.
fn pick_years(years: &[u32], query: &DashboardQuery) -> (Option<u32>, Option<u32>) {
    let known = |y: Option<u32>| y.filter(|y| years.contains(y));
    (
        known(query.baseline).or(years.first().copied()),
        known(query.year).or(years.last().copied()),
    )
}

fn percent_text(lang: Lang, value: &Value) -> String {
    value.text(lang)
}

impl Builder {
    fn pick(&self, da: &str, en: &str) -> String {
        self.lang.pick(da, en).to_owned()
    }

    /// A count shown unless it is a small group.
    fn total(&self, n: u64) -> Value {
        if n > 0 && n < self.threshold {
            Value::Count(Cell::Suppressed)
        } else {
            Value::Total(n)
        }
    }

    async fn notifications(
        &self,
        db: &Database,
        query: &DashboardQuery,
        out: &mut Dashboard,
    ) -> Result<(), sqlx::Error> {
        let lang = self.lang;
        let sender = query.sender.as_deref().filter(|s| !s.is_empty());
        let rows = registry_store::notifications_by_band(db, sender).await?;
        out.senders = registry_store::senders(db).await?;
        out.years = rows.iter().map(|(y, _)| *y).collect();
        let (baseline, year) = pick_years(&out.years, query);
        (out.baseline, out.year) = (baseline, year);
        let bands: Vec<String> = NotificationBand::ALL
            .iter()
            .map(|b| {
                format!(
                    "{} {}",
                    b.as_str().replace('-', "–"),
                    self.pick("år", "years")
                )
            })
            .collect();
        let by_year = |y: Option<u32>| rows.iter().find(|(r, _)| Some(*r) == y).map(|(_, c)| *c);

        let mut columns = bands.clone();
        columns.push(self.pick("I alt", "Total"));
        out.tables.push(Table {
            id: "goal1-age".into(),
            title: self.pick(
                "Underretninger efter barnets alder",
                "Notifications by the child's age",
            ),
            row_head: self.pick("År", "Year"),
            columns,
            rows: rows
                .iter()
                .map(|(y, counts)| Row {
                    label: y.to_string(),
                    values: suppress(counts, self.threshold)
                        .into_iter()
                        .map(Value::Count)
                        .chain([Value::Total(counts.iter().sum())])
                        .collect(),
                })
                .collect(),
            chart: Chart::Stacked { from: 0, to: 6 },
        });

        let share_of = |counts: &[u64; 6], keep: fn(NotificationBand) -> bool| {
            let part = NotificationBand::ALL
                .iter()
                .zip(counts)
                .filter(|(b, _)| keep(**b))
                .map(|(_, c)| c)
                .sum();
            share(part, counts.iter().sum(), self.threshold)
        };
        out.tables.push(Table {
            id: "goal1-young".into(),
            title: self.pick(
                "Andel om de yngste børn",
                "Share about the youngest children",
            ),
            row_head: self.pick("År", "Year"),
            columns: vec![
                self.pick("Andel 0–9 år", "Share aged 0–9"),
                self.pick("Andel under 8 år", "Share under 8"),
                self.pick("I alt (n)", "Total (n)"),
            ],
            rows: rows
                .iter()
                .map(|(y, counts)| Row {
                    label: y.to_string(),
                    values: vec![
                        share_of(counts, NotificationBand::up_to_nine),
                        share_of(counts, NotificationBand::under_eight),
                        Value::Total(counts.iter().sum()),
                    ],
                })
                .collect(),
            chart: Chart::Line { column: 0 },
        });

        if let (Some(b), Some(y), Some(base), Some(now)) =
            (baseline, year, by_year(baseline), by_year(year))
        {
            let (base_cells, now_cells) = (
                suppress(&base, self.threshold),
                suppress(&now, self.threshold),
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
            change_rows.push(Row {
                label: self.pick("I alt", "Total"),
                values: vec![
                    Value::Total(base_total),
                    Value::Total(now_total),
                    change(Some(base_total), Some(now_total)),
                ],
            });
            let total_change = change(Some(base_total), Some(now_total));
            let young = |counts: &[u64; 6]| share_of(counts, NotificationBand::up_to_nine);
            out.summary.push(match lang {
                Lang::Da => format!(
                    "Underretningerne gik fra {base_total} i {b} til {now_total} i {y} ({}). Andelen om børn på 0–9 år var {} i {b} og {} i {y}.",
                    total_change.text(lang), percent_text(lang, &young(&base)), percent_text(lang, &young(&now))
                ),
                Lang::En => format!(
                    "Notifications went from {base_total} in {b} to {now_total} in {y} ({}). The share about children aged 0–9 was {} in {b} and {} in {y}.",
                    total_change.text(lang), percent_text(lang, &young(&base)), percent_text(lang, &young(&now))
                ),
            });
            out.tables.push(Table {
                id: "goal1-change".into(),
                title: format!(
                    "{} {b}–{y}",
                    self.pick("Ændring efter alder", "Change by age")
                ),
                row_head: self.pick("Alder", "Age"),
                columns: vec![b.to_string(), y.to_string(), self.pick("Ændring", "Change")],
                rows: change_rows,
                chart: Chart::Bars { column: 2 },
            });
        }

        if sender.is_none() && !out.senders.is_empty() {
            let by_sender = registry_store::notifications_by_sender(db).await?;
            let mut columns = out.senders.clone();
            columns.push(self.pick("I alt", "Total"));
            let table_rows = out
                .years
                .iter()
                .map(|y| {
                    let counts: Vec<u64> = out
                        .senders
                        .iter()
                        .map(|s| {
                            by_sender
                                .iter()
                                .filter(|(ry, rs, _)| ry == y && rs == s)
                                .map(|(_, _, n)| n)
                                .sum()
                        })
                        .collect();
                    Row {
                        label: y.to_string(),
                        values: suppress(&counts, self.threshold)
                            .into_iter()
                            .map(Value::Count)
                            .chain([Value::Total(counts.iter().sum())])
                            .collect(),
                    }
                })
                .collect();
            let n = out.senders.len();
            out.tables.push(Table {
                id: "goal1-sender".into(),
                title: self.pick("Underretninger efter afsender", "Notifications by sender"),
                row_head: self.pick("År", "Year"),
                columns,
                rows: table_rows,
                chart: Chart::Stacked { from: 0, to: n },
            });
        }
        Ok(())
    }

    async fn staircase(
        &self,
        db: &Database,
        query: &DashboardQuery,
        out: &mut Dashboard,
    ) -> Result<(), sqlx::Error> {
        let lang = self.lang;
        let steps = registry_store::steps(db).await?;
        let figures = registry_store::staircase(db).await?;
        out.years = figures.iter().map(|f| f.year).collect();
        out.years.dedup();
        let (baseline, year) = pick_years(&out.years, query);
        (out.baseline, out.year) = (baseline, year);
        let figure = |y: u32, step: &str| figures.iter().find(|f| f.year == y && f.step == step);
        let label = |s: &crate::domain::registry::Step| lang.pick(&s.label_da, &s.label_en).clone();
        let step_columns =
            |last: [String; 2]| -> Vec<String> { steps.iter().map(label).chain(last).collect() };

        // Per year: the measures per step suppressed like any count; the expenditure of a
        // step is hidden wherever its measures are.
        struct YearFigures {
            measures: Vec<Cell>,
            expenditure: Vec<Option<u64>>,
            total_measures: u64,
            total_expenditure: Option<u64>,
            kind_measures: [u64; 2],
            kind_expenditure: [u64; 2],
        }
        let kind_index = |k: StepKind| usize::from(k == StepKind::Placement);
        let per_year = |y: u32| -> YearFigures {
            let counts: Vec<u64> = steps
                .iter()
                .map(|s| figure(y, &s.step).and_then(|f| f.measures).unwrap_or(0))
                .collect();
            let measures = suppress(&counts, self.threshold);
            let expenditure: Vec<Option<u64>> = steps
                .iter()
                .zip(&measures)
                .map(|(s, cell)| match cell {
                    Cell::Suppressed => None,
                    Cell::Shown { .. } => figure(y, &s.step).and_then(|f| f.expenditure_dkk),
                })
                .collect();
            let all_kr: Vec<Option<u64>> = steps
                .iter()
                .map(|s| figure(y, &s.step).and_then(|f| f.expenditure_dkk))
                .collect();
            let total_expenditure = all_kr
                .iter()
                .any(Option::is_some)
                .then(|| all_kr.iter().flatten().sum());
            let mut kind_measures = [0; 2];
            let mut kind_expenditure = [0; 2];
            for (s, (n, kr)) in steps.iter().zip(counts.iter().zip(&all_kr)) {
                kind_measures[kind_index(s.kind)] += n;
                kind_expenditure[kind_index(s.kind)] += kr.unwrap_or(0);
            }
            YearFigures {
                measures,
                expenditure,
                total_measures: counts.iter().sum(),
                total_expenditure,
                kind_measures,
                kind_expenditure,
            }
        };
        let years: Vec<(u32, YearFigures)> = out.years.iter().map(|y| (*y, per_year(*y))).collect();
        let n = steps.len();
        out.tables.push(Table {
            id: "goal2-measures".into(),
            title: self.pick(
                "Foranstaltninger pr. trin på indsatstrappen",
                "Measures per step of the staircase",
            ),
            row_head: self.pick("År", "Year"),
            columns: step_columns([
                self.pick("I alt", "Total"),
                self.pick("Forebyggende andel", "Preventive share"),
            ]),
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
                            share(f.kind_measures[0], f.total_measures, self.threshold),
                        ])
                        .collect(),
                })
                .collect(),
            chart: Chart::Stacked { from: 0, to: n },
        });
        out.tables.push(Table {
            id: "goal2-expenditure".into(),
            title: self.pick(
                "Udgifter pr. trin på indsatstrappen",
                "Expenditure per step of the staircase",
            ),
            row_head: self.pick("År", "Year"),
            columns: step_columns([
                self.pick("I alt", "Total"),
                self.pick("Forebyggende andel", "Preventive share"),
            ]),
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
                                    (f.kind_expenditure[0] as f64 * 1000.0 / t as f64).round()
                                        / 10.0
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
        if let (Some(b), Some(y), Some(base), Some(now)) =
            (baseline, year, find(baseline), find(year))
        {
            let money = |f: &YearFigures, k: usize| Some(f.kind_expenditure[k]);
            let rows = vec![
                (
                    self.pick("Forebyggende foranstaltninger", "Preventive measures"),
                    self.total(base.kind_measures[0]),
                    self.total(now.kind_measures[0]),
                    change(Some(base.kind_measures[0]), Some(now.kind_measures[0])),
                ),
                (
                    self.pick("Anbringelser", "Placements"),
                    self.total(base.kind_measures[1]),
                    self.total(now.kind_measures[1]),
                    change(Some(base.kind_measures[1]), Some(now.kind_measures[1])),
                ),
                (
                    self.pick("Foranstaltninger i alt", "All measures"),
                    Value::Total(base.total_measures),
                    Value::Total(now.total_measures),
                    change(Some(base.total_measures), Some(now.total_measures)),
                ),
                (
                    self.pick("Udgift, forebyggende", "Expenditure, preventive"),
                    Value::Money(money(base, 0)),
                    Value::Money(money(now, 0)),
                    change(money(base, 0), money(now, 0)),
                ),
                (
                    self.pick("Udgift, anbringelser", "Expenditure, placements"),
                    Value::Money(money(base, 1)),
                    Value::Money(money(now, 1)),
                    change(money(base, 1), money(now, 1)),
                ),
                (
                    self.pick("Udgift i alt", "Expenditure, total"),
                    Value::Money(base.total_expenditure),
                    Value::Money(now.total_expenditure),
                    change(base.total_expenditure, now.total_expenditure),
                ),
            ];
            let growth = |i: usize| rows[i].3.text(lang);
            out.summary.push(match lang {
                Lang::Da => format!(
                    "I {y} var der {} foranstaltninger (i {b}: {}), og udgiften var {} (i {b}: {}). De forebyggende foranstaltninger steg {} i antal og {} i udgift fra {b} til {y}.",
                    now.total_measures, base.total_measures, rows[5].2.text(lang), rows[5].1.text(lang), growth(0), growth(3)
                ),
                Lang::En => format!(
                    "In {y} there were {} measures ({b}: {}), and expenditure was {} ({b}: {}). Preventive measures changed {} in count and {} in expenditure from {b} to {y}.",
                    now.total_measures, base.total_measures, rows[5].2.text(lang), rows[5].1.text(lang), growth(0), growth(3)
                ),
            });
            out.tables.push(Table {
                id: "goal2-growth".into(),
                title: format!("{} {b}–{y}", self.pick("Udvikling", "Change")),
                row_head: self.pick("Nøgletal", "Key figure"),
                columns: vec![b.to_string(), y.to_string(), self.pick("Ændring", "Change")],
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
        Ok(())
    }

    async fn difference(
        &self,
        db: &Database,
        query: &DashboardQuery,
        out: &mut Dashboard,
    ) -> Result<(), sqlx::Error> {
        let lang = self.lang;
        let filter = evaluation_store::Filter {
            area: query.area,
            from: query.from.clone(),
            to: query.to.clone(),
        };
        let q = questionnaire(lang);

        let overall = evaluation_store::satisfaction_counts(db, QUESTIONS[0], &filter).await?;
        let split = evaluation::split(&overall, self.threshold);
        out.summary.push(match (split.very_satisfied, split.satisfied_or_medium) {
            (Cell::Shown { percent: a, .. }, Cell::Shown { percent: b, .. }) => match lang {
                Lang::Da => format!("Af {} forældre, der evaluerede, var {a} % meget tilfredse og {b} % tilfredse eller middel tilfredse.", split.n),
                Lang::En => format!("Of {} parents who evaluated, {a} % were very satisfied and {b} % satisfied or medium satisfied.", split.n),
            },
            _ => match lang {
                Lang::Da => format!("{} forældre har evalueret; for få til at vise fordelingen.", split.n),
                Lang::En => format!("{} parents have evaluated; too few to show the split.", split.n),
            },
        });
        out.tables.push(Table {
            id: "goal3-split".into(),
            title: self.pick(
                "Forældrenes samlede tilfredshed",
                "Parents' overall satisfaction",
            ),
            row_head: self.pick("Svar", "Answer"),
            columns: vec![self.pick("Antal (andel)", "Count (share)")],
            rows: vec![
                Row {
                    label: q.satisfaction[0].into(),
                    values: vec![Value::Count(split.very_satisfied)],
                },
                Row {
                    label: self.pick(
                        "Tilfreds eller middel tilfreds",
                        "Satisfied or medium satisfied",
                    ),
                    values: vec![Value::Count(split.satisfied_or_medium)],
                },
                Row {
                    label: self.pick(
                        "Utilfreds eller meget utilfreds",
                        "Dissatisfied or very dissatisfied",
                    ),
                    values: vec![Value::Count(split.dissatisfied)],
                },
                Row {
                    label: self.pick("I alt (n)", "Total (n)"),
                    values: vec![Value::Total(split.n)],
                },
            ],
            chart: Chart::Bars { column: 0 },
        });

        let mut satisfaction_rows = Vec::new();
        for (i, question) in QUESTIONS[..2].iter().enumerate() {
            let counts = evaluation_store::satisfaction_counts(db, question, &filter).await?;
            let d = evaluation::satisfaction(&counts, self.threshold);
            satisfaction_rows.push(Row {
                label: q.short[i].into(),
                values: d
                    .cells
                    .iter()
                    .map(|(_, c)| Value::Count(*c))
                    .chain([Value::Total(d.n)])
                    .collect(),
            });
        }
        out.tables.push(Table {
            id: "goal3-satisfaction".into(),
            title: self.pick(
                "Tilfredshed med forløbet og samarbejdet",
                "Satisfaction with the course and the collaboration",
            ),
            row_head: self.pick("Spørgsmål", "Question"),
            columns: q
                .satisfaction
                .iter()
                .map(|s| (*s).to_owned())
                .chain([self.pick("I alt (n)", "Total (n)")])
                .collect(),
            rows: satisfaction_rows,
            chart: Chart::Stacked {
                from: 0,
                to: Satisfaction::ALL.len(),
            },
        });
        let mut agreement_rows = Vec::new();
        for (i, question) in QUESTIONS[2..].iter().enumerate() {
            let counts = evaluation_store::agreement_counts(db, question, &filter).await?;
            let d = evaluation::agreement(&counts, self.threshold);
            agreement_rows.push(Row {
                label: q.short[i + 2].into(),
                values: d
                    .cells
                    .iter()
                    .map(|(_, c)| Value::Count(*c))
                    .chain([Value::Total(d.n)])
                    .collect(),
            });
        }
        out.tables.push(Table {
            id: "goal3-agreement".into(),
            title: self.pick(
                "Forskel for barnet og inddragelse",
                "Difference for the child and involvement",
            ),
            row_head: self.pick("Udsagn", "Statement"),
            columns: q
                .agreement
                .iter()
                .map(|s| (*s).to_owned())
                .chain([self.pick("I alt (n)", "Total (n)")])
                .collect(),
            rows: agreement_rows,
            chart: Chart::Stacked {
                from: 0,
                to: Agreement::ALL.len(),
            },
        });

        // The course register, per year of the period, and for the whole period.
        let scope = period_scope(query);
        let mut activity = Vec::new();
        for year in course_store::activity_by_year(db, &scope).await? {
            let [with_parents, anonymous] = year.meetings;
            let meetings = with_parents + anonymous;
            let cells = suppress(&year.meetings, self.threshold);
            activity.push(Row {
                label: year.year.to_string(),
                values: vec![
                    self.total(year.started),
                    Value::Total(meetings),
                    Value::Count(cells[1]),
                    share(anonymous, meetings, self.threshold),
                ],
            });
        }
        out.tables.push(Table {
            id: "goal3-activity".into(),
            title: self.pick("Børn nået og møder", "Children reached and meetings"),
            row_head: self.pick("År", "Year"),
            columns: vec![
                self.pick("Børn nået (nye forløb)", "Children reached (new courses)"),
                self.pick("Møder", "Meetings"),
                self.pick("Heraf anonyme drøftelser", "Of which anonymous discussions"),
                self.pick("Andel anonyme", "Share anonymous"),
            ],
            rows: activity,
            chart: Chart::Line { column: 3 },
        });

        let distribution = course_store::meetings_per_course(db.pool(), &scope).await?;
        let per_course = course_figures::meetings_per_course(&distribution, self.threshold);
        let mut rows: Vec<Row> = per_course
            .cells
            .iter()
            .enumerate()
            .map(|(m, c)| Row {
                label: m.to_string(),
                values: vec![Value::Count(*c)],
            })
            .collect();
        rows.push(Row {
            label: self.pick("Gennemsnit", "Mean"),
            values: vec![Value::Mean(per_course.mean)],
        });
        rows.push(Row {
            label: self.pick("Afsluttede forløb (n)", "Closed courses (n)"),
            values: vec![Value::Total(per_course.n)],
        });
        out.tables.push(Table {
            id: "goal3-meetings".into(),
            title: self.pick("Møder pr. afsluttet forløb", "Meetings per closed course"),
            row_head: self.pick("Møder", "Meetings"),
            columns: vec![self.pick("Forløb (andel)", "Courses (share)")],
            rows,
            chart: Chart::Bars { column: 0 },
        });

        let outcomes = course_store::outcomes(db.pool(), &scope).await?;
        let cells = course_figures::outcomes(&outcomes, self.threshold);
        let closed: u64 = outcomes.iter().sum();
        if let Cell::Shown { percent, .. } = cells[0] {
            out.summary.push(match lang {
                Lang::Da => format!("{percent} % af {closed} afsluttede forløb blev løst i FI."),
                Lang::En => format!("{percent} % of {closed} closed courses were resolved in FI."),
            });
        }
        out.tables.push(Table {
            id: "goal3-outcomes".into(),
            title: self.pick("Sådan sluttede forløbene", "How the courses ended"),
            row_head: self.pick("Udfald", "Outcome"),
            columns: vec![self.pick("Forløb (andel)", "Courses (share)")],
            rows: CourseOutcome::ALL
                .iter()
                .zip(cells)
                .map(|(o, c)| Row {
                    label: course_outcome_name(lang, *o).into(),
                    values: vec![Value::Count(c)],
                })
                .chain([Row {
                    label: self.pick("I alt (n)", "Total (n)"),
                    values: vec![Value::Total(closed)],
                }])
                .collect(),
            chart: Chart::Bars { column: 0 },
        });

        let sparring =
            sparring_store::outcomes_in(db, query.area, query.from.as_deref(), query.to.as_deref())
                .await?;
        let counts: Vec<u64> = Outcome::ALL
            .iter()
            .map(|o| {
                sparring
                    .iter()
                    .filter(|(v, _)| v == o.as_str())
                    .map(|(_, n)| n)
                    .sum()
            })
            .collect();
        let received: u64 = sparring.iter().map(|(_, n)| n).sum();
        let closed: u64 = counts.iter().sum();
        out.tables.push(Table {
            id: "goal3-sparring".into(),
            title: self.pick(
                "Anonym sparring: henvendelser og udfald",
                "Anonymous sparring: requests and outcomes",
            ),
            row_head: self.pick("Udfald", "Outcome"),
            columns: vec![self.pick("Henvendelser (andel)", "Requests (share)")],
            rows: Outcome::ALL
                .iter()
                .zip(suppress(&counts, self.threshold))
                .map(|(o, c)| Row {
                    label: outcome_name(lang, *o).into(),
                    values: vec![Value::Count(c)],
                })
                .chain([
                    Row {
                        label: self.pick("Afsluttede (n)", "Closed (n)"),
                        values: vec![Value::Total(closed)],
                    },
                    Row {
                        label: self.pick("Modtaget i alt", "Received in all"),
                        values: vec![self.total(received)],
                    },
                ])
                .collect(),
            chart: Chart::Bars { column: 0 },
        });
        Ok(())
    }
}

/// The days of the query's period (`from`/`to` months), all days when not given.
pub fn period_scope(query: &DashboardQuery) -> Scope {
    let month_start = |m: &str| NaiveDate::parse_from_str(&format!("{m}-01"), "%Y-%m-%d").ok();
    let from = query
        .from
        .as_deref()
        .and_then(month_start)
        .unwrap_or(NaiveDate::from_ymd_opt(1990, 1, 1).unwrap_or_default());
    let to = query
        .to
        .as_deref()
        .and_then(month_start)
        .and_then(|d| d.checked_add_months(chrono::Months::new(1)))
        .and_then(|d| d.pred_opt())
        .unwrap_or(NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or_default());
    Scope {
        from,
        to,
        area: query.area,
    }
}
