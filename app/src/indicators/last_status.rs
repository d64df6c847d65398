//! This status against the last (issue 18, item 2): each goal's key figures for the period
//! shown beside the period of the same length before it – year against year for the registry
//! figures, quarter against quarter or year against year for goal 3 – with the change.
//!
//! Every figure of both periods is asked of the page's [`Disclosure`] over its own quarters,
//! so the rule that hides a small group hides it here too, and the audit weighs the earlier
//! period's figures with everything else the page and the ledger show. A change is given only
//! where both figures it is made from are shown: a difference is a derived figure, and hidden
//! with either of them.

use super::{
    courses::{MEETING_FORMS, OUTCOMES, STARTED},
    disclosure::Disclosure,
    evaluation::ordered,
    growth::change,
    professionals::AGREE,
    sparring::{sparring_row, SPARRING},
};
use crate::domain::{
    course::CourseOutcome,
    dashboard::{DifferenceCounts, Labels},
    evaluation::QUESTIONS,
    professional_evaluation::family,
    table::{Cell, Chart, Row, Table, Value},
    Agreement, Satisfaction,
};

/// The number a shown count or amount holds.
fn number(value: &Value) -> Option<u64> {
    match *value {
        Value::Total(n) | Value::Count(Cell::Shown { count: n, .. }) | Value::Money(Some(n)) => {
            Some(n)
        }
        _ => None,
    }
}

/// The change from `before` to `now`: a share's in percentage points, a count's or an
/// amount's in whole percent; none where either is hidden or missing.
pub fn change_between(before: &Value, now: &Value) -> Value {
    match (before, now) {
        (
            Value::Share {
                percent: Some(a), ..
            },
            Value::Share {
                percent: Some(b), ..
            },
        ) => Value::Points(Some(((b - a) * 10.0).round() / 10.0)),
        (Value::Share { .. } | Value::Missing, Value::Share { .. })
        | (Value::Share { .. }, Value::Missing) => Value::Points(None),
        _ => change(number(before), number(now)),
    }
}

/// The table of this status against the last: a row per key figure `(label, [before, now])`,
/// the periods named in `periods` (the earlier first).
pub fn table(
    id: &str,
    labels: &Labels,
    periods: [String; 2],
    rows: Vec<(&str, [Value; 2])>,
) -> Table {
    let [before, now] = periods;
    Table {
        id: id.into(),
        title: format!("{}: {now} / {before}", labels.previous_title),
        row_head: labels.key_figure.into(),
        columns: vec![before, now, labels.change.into()],
        rows: rows
            .into_iter()
            .map(|(label, [b, n])| Row {
                label: label.into(),
                values: vec![b, n, change_between(&b, &n)],
            })
            .collect(),
        // Changes in percent and in points do not share an axis: the table says it.
        chart: Chart::None,
    }
}

/// Goal 3's key figures over the quarters `span`, from that period's counts.
pub fn difference_figures(
    counts: &DifferenceCounts,
    span: (i32, i32),
    labels: &Labels,
    d: &Disclosure,
) -> Vec<(&'static str, Value)> {
    let span = Some(span);
    let overall = ordered(&Satisfaction::ALL, &counts.satisfaction[0]);
    let parents: u64 = overall.iter().sum();
    let agreeing = |family: &str, answers: &[(Agreement, u64)]| {
        let counts = ordered(&Agreement::ALL, answers);
        let n = counts.iter().sum();
        d.share(
            family,
            span,
            (AGREE, Agreement::ALL.len()),
            counts[0] + counts[1],
            n,
        )
    };
    let pro = family("difference");
    let professionals: u64 = counts.professionals.difference.iter().map(|(_, n)| n).sum();
    let started: u64 = counts.activity.iter().map(|y| y.started).sum();
    let [with_parents, anonymous] = counts
        .activity
        .iter()
        .fold([0, 0], |[a, b], y| [a + y.meetings[0], b + y.meetings[1]]);
    let meetings = with_parents + anonymous;
    let closed: u64 = counts.course_outcomes.iter().sum();
    let resolved = counts.course_outcomes.first().copied().unwrap_or(0);
    let sparring = sparring_row(counts);
    let received: u64 = sparring.iter().sum();
    let outcomes = CourseOutcome::ALL.len();
    // The whole rows of the course register and of sparring are asked for, though only their
    // totals and one share are shown: so each of their small groups is weighed by the audit,
    // which otherwise would not know that "closed" minus "resolved" is one. (The answers'
    // small groups are weighed anyway, as the sensitive figures of every period.)
    let _ = d.row(OUTCOMES, span, &counts.course_outcomes);
    let _ = d.row(MEETING_FORMS, span, &[with_parents, anonymous]);
    let _ = d.row(SPARRING, span, &sparring);
    vec![
        (
            labels.answered_parents,
            d.total(QUESTIONS[0], span, Satisfaction::ALL.len(), parents),
        ),
        (
            labels.very_satisfied_share,
            d.share(
                QUESTIONS[0],
                span,
                (0b1, Satisfaction::ALL.len()),
                overall[0],
                parents,
            ),
        ),
        (
            labels.parents_difference_share,
            agreeing(QUESTIONS[2], &counts.agreement[0]),
        ),
        (
            labels.answered_professionals,
            d.total(&pro, span, Agreement::ALL.len(), professionals),
        ),
        (
            labels.professionals_difference_share,
            agreeing(&pro, &counts.professionals.difference),
        ),
        (labels.children_reached, d.total(STARTED, span, 1, started)),
        (labels.meetings, d.total(MEETING_FORMS, span, 2, meetings)),
        (
            labels.anonymous_share,
            d.share(MEETING_FORMS, span, (0b10, 2), anonymous, meetings),
        ),
        (
            labels.closed_courses_n,
            d.total(OUTCOMES, span, outcomes, closed),
        ),
        (
            labels.resolved_share,
            d.share(OUTCOMES, span, (0b1, outcomes), resolved, closed),
        ),
        (
            labels.received,
            d.total(SPARRING, span, sparring.len(), received),
        ),
    ]
}

/// Goal 3's table of this status (`now`, over `spans[1]`) against the period before it
/// (`before`, over `spans[0]`).
pub fn difference_table(
    [before, now]: [&DifferenceCounts; 2],
    spans: [(i32, i32); 2],
    periods: [String; 2],
    labels: &Labels,
    d: &Disclosure,
) -> Table {
    let earlier = difference_figures(before, spans[0], labels, d);
    let later = difference_figures(now, spans[1], labels, d);
    let rows = earlier
        .into_iter()
        .zip(later)
        .map(|((label, b), (_, n))| (label, [b, n]))
        .collect();
    table("goal3-previous", labels, periods, rows)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        domain::{course::YearActivity, period::quarter},
        indicators::disclosure::{protected, Scope},
    };

    #[test]
    fn a_share_changes_in_points_a_count_in_percent_and_a_hidden_one_not_at_all() {
        let share = |p: f64| Value::Share {
            percent: Some(p),
            n: 40,
        };
        assert_eq!(
            change_between(&share(47.0), &share(58.4)),
            Value::Points(Some(11.4))
        );
        assert_eq!(
            change_between(&Value::Total(300), &Value::Total(411)),
            Value::Change(Some(37))
        );
        let hidden = Value::Count(Cell::Suppressed);
        assert_eq!(
            change_between(&hidden, &Value::Total(411)),
            Value::Change(None)
        );
        let hidden_share = Value::Share {
            percent: None,
            n: 3,
        };
        assert_eq!(
            change_between(&hidden_share, &share(50.0)),
            Value::Points(None)
        );
    }

    /// Parents' answers in two quarters of 2025: 20 then 24, very satisfied 12 then 18; and
    /// three closed courses in the first, two of them resolved.
    fn quarters() -> [DifferenceCounts; 2] {
        use Satisfaction::*;
        let quarter = |very: u64, satisfied: u64, courses: Vec<u64>| DifferenceCounts {
            satisfaction: [
                vec![(VerySatisfied, very), (Satisfied, satisfied)],
                Vec::new(),
            ],
            activity: vec![YearActivity {
                year: 2025,
                started: 10,
                meetings: [20, 6],
            }],
            course_outcomes: courses,
            ..DifferenceCounts::default()
        };
        [
            quarter(12, 8, vec![2, 1, 0, 0]),
            quarter(18, 6, vec![9, 3, 0, 0]),
        ]
    }

    #[test]
    fn quarter_against_quarter_gives_each_figure_its_change_and_hides_a_small_group_in_both() {
        let [q2, q3] = quarters();
        let spans = [
            (quarter(2025, 2), quarter(2025, 2)),
            (quarter(2025, 3), quarter(2025, 3)),
        ];
        let scope = Scope {
            split: crate::indicators::disclosure::UNSPLIT,
            areas: 0b111,
            from: spans[1].0,
            to: spans[1].1,
        };
        let table = protected(scope, 5, &[], |d| {
            difference_table(
                [&q2, &q3],
                spans,
                ["Q2".into(), "Q3".into()],
                &Labels::default(),
                d,
            )
        })
        .0;
        let row = |i: usize| &table.rows[i].values;
        assert_eq!(
            row(0),
            &[Value::Total(20), Value::Total(24), Value::Change(Some(20))]
        );
        assert_eq!(
            row(1),
            &[
                Value::Share {
                    percent: Some(60.0),
                    n: 20
                },
                Value::Share {
                    percent: Some(75.0),
                    n: 24
                },
                Value::Points(Some(15.0))
            ]
        );
        // Three closed courses in Q2 are a small group: hidden, and the change with them.
        assert_eq!(row(8)[0], Value::Count(Cell::Suppressed));
        assert_eq!(row(8)[1], Value::Total(12));
        assert_eq!(row(8)[2], Value::Change(None));
        assert_eq!(row(9)[2], Value::Points(None));
    }
}
