//! Result goal 3, the adults around the child experience a positive difference: the parents'
//! evaluations (the 64 % / 36 % split and each question's answers), children reached and
//! meetings from the course register, how courses ended, and the anonymous sparring.

use super::{
    courses as course_figures, evaluation,
    suppression::{share, suppress, total},
};
use crate::domain::{
    course::CourseOutcome,
    dashboard::{Dashboard, DifferenceCounts, Goal, Labels, Summary},
    sparring::Outcome,
    table::{Cell, Chart, Row, Table, Value},
    Agreement, Satisfaction,
};

/// Goal 3's tables from its counts.
pub fn build(counts: &DifferenceCounts, labels: &Labels, threshold: u64) -> Dashboard {
    let mut out = Dashboard::empty(Goal::Difference);
    let split = evaluation::split(&counts.satisfaction[0], threshold);
    out.summary
        .push(match (split.very_satisfied, split.satisfied_or_medium) {
            (Cell::Shown { percent: a, .. }, Cell::Shown { percent: b, .. }) => Summary::Split {
                n: split.n,
                very_satisfied: a,
                satisfied_or_medium: b,
            },
            _ => Summary::TooFewToSplit { n: split.n },
        });
    let one = |label: &str, value: Value| Row {
        label: label.into(),
        values: vec![value],
    };
    out.tables.push(Table {
        id: "goal3-split".into(),
        title: labels.overall_satisfaction.into(),
        row_head: labels.answer.into(),
        columns: vec![labels.count_share.into()],
        rows: vec![
            one(labels.satisfaction[0], Value::Count(split.very_satisfied)),
            one(
                labels.satisfied_or_medium,
                Value::Count(split.satisfied_or_medium),
            ),
            one(labels.dissatisfied, Value::Count(split.dissatisfied)),
            one(labels.total_n, Value::Total(split.n)),
        ],
        chart: Chart::Bars { column: 0 },
    });

    let answers_row = |label: &str, cells: Vec<Cell>, n: u64| Row {
        label: label.into(),
        values: cells
            .into_iter()
            .map(Value::Count)
            .chain([Value::Total(n)])
            .collect(),
    };
    let scale_columns = |scale: &[&str]| -> Vec<String> {
        scale
            .iter()
            .map(|s| (*s).to_owned())
            .chain([labels.total_n.to_owned()])
            .collect()
    };
    out.tables.push(Table {
        id: "goal3-satisfaction".into(),
        title: labels.satisfaction_title.into(),
        row_head: labels.question.into(),
        columns: scale_columns(&labels.satisfaction),
        rows: counts
            .satisfaction
            .iter()
            .enumerate()
            .map(|(i, answers)| {
                let d = evaluation::satisfaction(answers, threshold);
                answers_row(
                    labels.questions[i],
                    d.cells.iter().map(|(_, c)| *c).collect(),
                    d.n,
                )
            })
            .collect(),
        chart: Chart::Stacked {
            from: 0,
            to: Satisfaction::ALL.len(),
        },
    });
    out.tables.push(Table {
        id: "goal3-agreement".into(),
        title: labels.agreement_title.into(),
        row_head: labels.statement.into(),
        columns: scale_columns(&labels.agreement),
        rows: counts
            .agreement
            .iter()
            .enumerate()
            .map(|(i, answers)| {
                let d = evaluation::agreement(answers, threshold);
                answers_row(
                    labels.questions[i + 2],
                    d.cells.iter().map(|(_, c)| *c).collect(),
                    d.n,
                )
            })
            .collect(),
        chart: Chart::Stacked {
            from: 0,
            to: Agreement::ALL.len(),
        },
    });

    // The course register, per year of the period.
    out.tables.push(Table {
        id: "goal3-activity".into(),
        title: labels.activity_title.into(),
        row_head: labels.year.into(),
        columns: vec![
            labels.children_reached.into(),
            labels.meetings.into(),
            labels.anonymous_meetings.into(),
            labels.anonymous_share.into(),
        ],
        rows: counts
            .activity
            .iter()
            .map(|year| {
                let [with_parents, anonymous] = year.meetings;
                let meetings = with_parents + anonymous;
                let cells = suppress(&year.meetings, threshold);
                Row {
                    label: year.year.to_string(),
                    values: vec![
                        total(year.started, threshold),
                        Value::Total(meetings),
                        Value::Count(cells[1]),
                        share(anonymous, meetings, threshold),
                    ],
                }
            })
            .collect(),
        chart: Chart::Line { column: 3 },
    });

    let per_course = course_figures::meetings_per_course(&counts.meetings_per_course, threshold);
    out.tables.push(Table {
        id: "goal3-meetings".into(),
        title: labels.meetings_per_course.into(),
        row_head: labels.meetings.into(),
        columns: vec![labels.courses_share.into()],
        rows: per_course
            .cells
            .iter()
            .enumerate()
            .map(|(m, c)| one(&m.to_string(), Value::Count(*c)))
            .chain([
                one(labels.mean, Value::Mean(per_course.mean)),
                one(labels.closed_courses_n, Value::Total(per_course.n)),
            ])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });

    let cells = course_figures::outcomes(&counts.course_outcomes, threshold);
    let closed: u64 = counts.course_outcomes.iter().sum();
    if let Cell::Shown { percent, .. } = cells[0] {
        out.summary.push(Summary::ResolvedInFi { percent, closed });
    }
    out.tables.push(Table {
        id: "goal3-outcomes".into(),
        title: labels.outcomes_title.into(),
        row_head: labels.outcome.into(),
        columns: vec![labels.courses_share.into()],
        rows: CourseOutcome::ALL
            .iter()
            .enumerate()
            .zip(cells)
            .map(|((i, _), c)| one(labels.course_outcomes[i], Value::Count(c)))
            .chain([one(labels.total_n, Value::Total(closed))])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });

    let by_outcome: Vec<u64> = Outcome::ALL
        .iter()
        .map(|o| {
            counts
                .sparring
                .iter()
                .filter(|(v, _)| v == o.as_str())
                .map(|(_, n)| n)
                .sum()
        })
        .collect();
    let received: u64 = counts.sparring.iter().map(|(_, n)| n).sum();
    let closed: u64 = by_outcome.iter().sum();
    out.tables.push(Table {
        id: "goal3-sparring".into(),
        title: labels.sparring_title.into(),
        row_head: labels.outcome.into(),
        columns: vec![labels.requests_share.into()],
        rows: suppress(&by_outcome, threshold)
            .into_iter()
            .enumerate()
            .map(|(i, c)| one(labels.sparring_outcomes[i], Value::Count(c)))
            .chain([
                one(labels.closed_n, Value::Total(closed)),
                one(labels.received, total(received, threshold)),
            ])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });
    out
}
