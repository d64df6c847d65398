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
    if let Some(Cell::Shown { percent, .. }) = cells.first().copied() {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::course::YearActivity;

    /// Rebild's 42 evaluations (27 very satisfied, 9 satisfied, 6 medium), a year of courses
    /// (14 of 20 resolved inside FI) and a few sparring requests.
    fn counts() -> DifferenceCounts {
        use Satisfaction::*;
        DifferenceCounts {
            satisfaction: [
                vec![(VerySatisfied, 27), (Satisfied, 9), (Medium, 6)],
                vec![(VerySatisfied, 30), (Satisfied, 12)],
            ],
            agreement: [
                vec![(Agreement::StronglyAgree, 20), (Agreement::Agree, 22)],
                vec![(Agreement::Agree, 40), (Agreement::DontKnow, 2)],
            ],
            activity: vec![YearActivity {
                year: 2025,
                started: 3,
                meetings: [40, 10],
            }],
            meetings_per_course: [0, 2, 9, 8, 0, 1],
            course_outcomes: vec![14, 4, 2, 0],
            sparring: vec![("advice".into(), 6), ("".into(), 2)],
        }
    }

    fn values<'a>(d: &'a Dashboard, id: &str) -> Vec<&'a Value> {
        let table = d.tables.iter().find(|t| t.id == id).expect(id);
        table.rows.iter().flat_map(|r| &r.values).collect()
    }

    fn shown(count: u64, percent: u32) -> Value {
        Value::Count(Cell::Shown { count, percent })
    }

    #[test]
    fn rebilds_parents_split_64_36_0_and_seventy_percent_resolved_in_fi() {
        let d = build(&counts(), &Labels::default(), 5);
        let split = Summary::Split {
            n: 42,
            very_satisfied: 64,
            satisfied_or_medium: 36,
        };
        let resolved = Summary::ResolvedInFi {
            percent: 70,
            closed: 20,
        };
        assert_eq!(d.summary, vec![split, resolved]);
        let table = [shown(27, 64), shown(15, 36), shown(0, 0), Value::Total(42)];
        assert_eq!(values(&d, "goal3-split"), table.iter().collect::<Vec<_>>());
        assert_eq!(values(&d, "goal3-meetings")[6], &Value::Mean(Some(2.5)));
    }

    #[test]
    fn small_groups_are_hidden_in_every_table_of_goal_3() {
        let d = build(&counts(), &Labels::default(), 5);
        let hidden = &Value::Count(Cell::Suppressed);
        assert_eq!(
            values(&d, "goal3-agreement")[7 + 5],
            hidden,
            "two do not know"
        );
        assert_eq!(values(&d, "goal3-activity")[0], hidden, "three children");
        let sparring = values(&d, "goal3-sparring");
        assert_eq!(sparring[0], &shown(6, 100));
        assert_eq!(sparring[6..], [&Value::Total(6), &Value::Total(8)]);
    }

    #[test]
    fn too_few_parents_give_no_split_but_say_how_many_answered() {
        let few = DifferenceCounts {
            satisfaction: [vec![(Satisfaction::VerySatisfied, 3)], Vec::new()],
            ..DifferenceCounts::default()
        };
        let d = build(&few, &Labels::default(), 5);
        assert_eq!(d.summary, vec![Summary::TooFewToSplit { n: 3 }]);
    }
}
