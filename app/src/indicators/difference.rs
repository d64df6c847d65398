//! Result goal 3, the adults around the child experience a positive difference: the parents'
//! evaluations (the 64 % / 36 % split and each question's answers), children reached and
//! meetings from the course register, how courses ended, and the anonymous sparring.

use super::{
    courses::{self as course_figures, MEETING_FORMS, OUTCOMES, STARTED},
    disclosure::Disclosure,
    evaluation::{self, Split},
    sparring::{sparring_row, SPARRING},
};
use crate::domain::{
    course::CourseOutcome,
    dashboard::{Dashboard, DifferenceCounts, Goal, Labels, Summary},
    period::quarter,
    table::{Cell, Chart, Row, Table, Value},
    Agreement, Satisfaction,
};

/// The period before the one shown, of the same length: its counts, the quarters of both
/// (the earlier first) and their names, to compare this status with.
pub struct Earlier<'a> {
    pub counts: &'a DifferenceCounts,
    pub spans: [(i32, i32); 2],
    pub names: [String; 2],
}

/// Goal 3's tables from its counts, and this status against the `earlier` one where there is
/// one.
pub fn build(
    counts: &DifferenceCounts,
    earlier: Option<&Earlier<'_>>,
    labels: &Labels,
    d: &Disclosure,
) -> Dashboard {
    let mut out = Dashboard::empty(Goal::Difference);
    let (split, n) = evaluation::split(d, &counts.satisfaction[0]);
    let n_value = d.total(
        crate::domain::evaluation::QUESTIONS[0],
        None,
        Satisfaction::ALL.len(),
        n,
    );
    out.summary.push(match split {
        Split::Three([Cell::Shown { percent: a, .. }, Cell::Shown { percent: b, .. }, _]) => {
            Summary::Split {
                n,
                very_satisfied: a,
                satisfied_or_medium: b,
            }
        }
        Split::Merged([Cell::Shown { percent: a, .. }, Cell::Shown { percent: b, .. }]) => {
            Summary::SplitMerged {
                n,
                very_satisfied: a,
                all_others: b,
            }
        }
        _ => Summary::TooFewToSplit {
            n: matches!(n_value, Value::Total(_)).then_some(n),
        },
    });
    let one = |label: &str, value: Value| Row {
        label: label.into(),
        values: vec![value],
    };
    let hidden = Value::Count(Cell::Suppressed);
    let split_rows = match split {
        Split::Three(cells) => vec![
            one(labels.satisfaction[0], Value::Count(cells[0])),
            one(labels.satisfied_or_medium, Value::Count(cells[1])),
            one(labels.dissatisfied, Value::Count(cells[2])),
        ],
        Split::Merged(cells) => vec![
            one(labels.satisfaction[0], Value::Count(cells[0])),
            one(labels.all_others, Value::Count(cells[1])),
        ],
        Split::Hidden => vec![
            one(labels.satisfaction[0], hidden),
            one(labels.satisfied_or_medium, hidden),
            one(labels.dissatisfied, hidden),
        ],
    };
    out.tables.push(Table {
        id: "goal3-split".into(),
        title: labels.overall_satisfaction.into(),
        row_head: labels.answer.into(),
        columns: vec![labels.count_share.into()],
        rows: split_rows
            .into_iter()
            .chain([one(labels.total_n, n_value)])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });

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
            .map(|(i, answers)| Row {
                label: labels.questions[i].into(),
                values: evaluation::satisfaction_row(d, i, answers),
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
            .map(|(i, answers)| Row {
                label: labels.questions[i + 2].into(),
                values: evaluation::agreement_row(d, i + 2, answers),
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
                let y = u32::try_from(year.year).unwrap_or_default();
                let span = d.within(quarter(y, 1), quarter(y, 4));
                let [with_parents, anonymous] = year.meetings;
                let (cells, _) = d.row(MEETING_FORMS, span, &year.meetings);
                Row {
                    label: year.year.to_string(),
                    values: vec![
                        d.total(STARTED, span, 1, year.started),
                        d.total(MEETING_FORMS, span, 2, with_parents + anonymous),
                        Value::Count(cells[1]),
                        d.share(
                            MEETING_FORMS,
                            span,
                            (0b10, 2),
                            anonymous,
                            with_parents + anonymous,
                        ),
                    ],
                }
            })
            .collect(),
        chart: Chart::Line { column: 3 },
    });

    let (cells, mean, courses) =
        course_figures::meetings_per_course(d, &counts.meetings_per_course);
    out.tables.push(Table {
        id: "goal3-meetings".into(),
        title: labels.meetings_per_course.into(),
        row_head: labels.meetings.into(),
        columns: vec![labels.courses_share.into()],
        rows: cells
            .iter()
            .enumerate()
            .map(|(m, c)| one(&m.to_string(), Value::Count(*c)))
            .chain([
                one(labels.mean, Value::Mean(mean)),
                one(labels.closed_courses_n, courses),
            ])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });

    let (cells, closed_shown) = d.row(OUTCOMES, None, &counts.course_outcomes);
    let closed: u64 = counts.course_outcomes.iter().sum();
    if let (Some(Cell::Shown { percent, .. }), true) = (cells.first().copied(), closed_shown) {
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
            .chain([one(
                labels.total_n,
                d.total(OUTCOMES, None, CourseOutcome::ALL.len(), closed),
            )])
            .collect(),
        chart: Chart::Bars { column: 0 },
    });

    out.tables.push(super::sparring::outcome_table(
        ("goal3-sparring", labels.sparring_title),
        SPARRING,
        &sparring_row(counts),
        labels,
        d,
    ));
    out.tables
        .extend(super::districts::table(&counts.by_district, labels, d));
    let (tables, summary) = super::professionals::build(counts, labels, d);
    out.tables.extend(tables);
    out.summary.extend(summary);
    if let Some(advice) = &counts.advice {
        out.tables.extend(super::advice::tables(advice, labels, d));
    }
    if let Some(earlier) = earlier {
        out.tables.push(super::last_status::difference_table(
            [earlier.counts, counts],
            earlier.spans,
            earlier.names.clone(),
            labels,
            d,
        ));
    }
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
            ..DifferenceCounts::default()
        }
    }

    fn built(counts: &DifferenceCounts) -> Dashboard {
        crate::indicators::disclosure::protected(
            crate::indicators::disclosure::ANYWHERE,
            5,
            &[],
            |d| build(counts, None, &Labels::default(), d),
        )
        .0
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
        let d = built(&counts());
        let split = Summary::Split {
            n: 42,
            very_satisfied: 64,
            satisfied_or_medium: 36,
        };
        let resolved = Summary::ResolvedInFi {
            percent: 70,
            closed: 20,
        };
        assert_eq!(d.summary[..2], [split, resolved]);
        let table = [shown(27, 64), shown(15, 36), shown(0, 0), Value::Total(42)];
        assert_eq!(values(&d, "goal3-split"), table.iter().collect::<Vec<_>>());
        // 2 courses with one meeting and 1 with five are hidden, so the mean (one more sum of
        // them) is too.
        assert_eq!(values(&d, "goal3-meetings")[6], &Value::Mean(None));
    }

    #[test]
    fn small_groups_are_hidden_in_every_table_of_goal_3() {
        let d = built(&counts());
        let hidden = &Value::Count(Cell::Suppressed);
        assert_eq!(
            values(&d, "goal3-agreement")[7 + 5],
            hidden,
            "two do not know"
        );
        assert_eq!(values(&d, "goal3-activity")[0], hidden, "three children");
        let sparring = values(&d, "goal3-sparring");
        assert_eq!(
            sparring[0], hidden,
            "6 advice and 2 open: the 2 would be 8 − 6"
        );
        assert_eq!(sparring[6..], [hidden, &Value::Total(8)]);
    }

    #[test]
    fn too_few_parents_give_no_split_but_say_how_many_answered() {
        let few = DifferenceCounts {
            satisfaction: [vec![(Satisfaction::VerySatisfied, 3)], Vec::new()],
            ..DifferenceCounts::default()
        };
        let d = built(&few);
        assert_eq!(d.summary[0], Summary::TooFewToSplit { n: None });
    }
}
