//! Goal 3 by district (issue 18, item 6): children reached, meetings, closed courses, the
//! share resolved inside FI and the sparring requests, a row per district of the
//! institutions.
//!
//! The families broken down ([`BY_DISTRICT`]) are split by district throughout the page
//! (`disclosure::Split`), so a district's figure and the page's totals are sums of the same
//! atoms; every small group of one category in one district is handed to the audit as
//! sensitive ([`sensitive`]), so that no combination of what the page shows narrows it. The
//! parents' and professionals' answers carry no institution and are not broken down.

use super::{
    courses::{MEETING_FORMS, OUTCOMES, STARTED},
    disclosure::{Categories, Disclosure, Figure, Scope, Split},
    percentages,
    sparring::SPARRING,
};
use crate::domain::{
    course::CourseOutcome,
    dashboard::{DistrictCounts, Labels},
    district::District,
    table::{Cell, Chart, Row, Table, Value},
};

/// The families broken down by district.
pub const BY_DISTRICT: [&str; 4] = [STARTED, MEETING_FORMS, OUTCOMES, SPARRING];

/// The split of a page whose counts are `counts`.
pub fn split(counts: &DistrictCounts) -> Split {
    Split {
        families: &BY_DISTRICT,
        districts: u32::try_from(counts.districts.len()).unwrap_or(1),
    }
}

/// Each family's counts per district and category.
fn rows(counts: &DistrictCounts) -> [(&'static str, Vec<Vec<u64>>); 4] {
    [
        (STARTED, counts.started.iter().map(|n| vec![*n]).collect()),
        (
            MEETING_FORMS,
            counts.meetings.iter().map(|m| m.to_vec()).collect(),
        ),
        (OUTCOMES, counts.outcomes.clone()),
        (SPARRING, counts.sparring.clone()),
    ]
}

/// Every group of one category of a broken-down family in one district, over the quarters
/// of `scope`, that is smaller than `threshold` (and not empty).
pub fn sensitive(counts: &DistrictCounts, scope: Scope, threshold: u64) -> Vec<Figure> {
    let mut out = Vec::new();
    for (family, per_district) in rows(counts) {
        for (k, categories) in (0u32..).zip(&per_district) {
            for (c, n) in (0u32..).zip(categories) {
                if *n > 0 && *n < threshold {
                    out.push(Figure {
                        family: family.to_owned(),
                        areas: scope.areas,
                        from: scope.from,
                        to: scope.to,
                        categories: scope.split.atoms(family, 1 << c, 1 << k),
                    });
                }
            }
        }
    }
    out
}

/// The table by district, or none where no institution names a district.
pub fn table(counts: &DistrictCounts, labels: &Labels, d: &Disclosure) -> Option<Table> {
    if !counts.districts.any_named() {
        return None;
    }
    let all = |len: usize| -> Categories { (1 << len) - 1 };
    let column = |family: &str, len: usize, per_district: Vec<u64>| -> Vec<Value> {
        let shares = percentages(&per_district);
        (0u32..)
            .zip(per_district.iter().zip(shares))
            .map(|(k, (n, percent))| {
                Value::Count(match d.district_sum(family, None, (all(len), k), *n) {
                    Some(count) => Cell::Shown { count, percent },
                    None => Cell::Suppressed,
                })
            })
            .collect()
    };
    let outcomes = CourseOutcome::ALL.len();
    let closed: Vec<u64> = counts.outcomes.iter().map(|o| o.iter().sum()).collect();
    let columns = [
        column(STARTED, 1, counts.started.clone()),
        column(
            MEETING_FORMS,
            2,
            counts.meetings.iter().map(|m| m[0] + m[1]).collect(),
        ),
        column(OUTCOMES, outcomes, closed.clone()),
        (0u32..)
            .zip(&counts.outcomes)
            .map(|(k, o)| {
                let resolved = o.first().copied().unwrap_or(0);
                d.district_share(
                    OUTCOMES,
                    None,
                    ((0b1, outcomes), k),
                    resolved,
                    o.iter().sum(),
                )
            })
            .collect(),
        column(
            SPARRING,
            counts.sparring.first().map_or(1, Vec::len),
            counts.sparring.iter().map(|s| s.iter().sum()).collect(),
        ),
    ];
    let rows = counts
        .districts
        .rows()
        .iter()
        .enumerate()
        .map(|(k, district)| Row {
            label: match district {
                District::Named(name) => name.clone(),
                District::None => labels.no_district.into(),
                District::Others => labels.other_districts.into(),
            },
            values: columns
                .iter()
                .map(|c| c.get(k).copied().unwrap_or(Value::Missing))
                .collect(),
        })
        .collect();
    Some(Table {
        id: "goal3-districts".into(),
        title: labels.districts_title.into(),
        row_head: labels.district.into(),
        columns: vec![
            labels.children_reached.into(),
            labels.meetings.into(),
            labels.closed_courses_n.into(),
            labels.resolved_share.into(),
            labels.sparring_received.into(),
        ],
        rows,
        chart: Chart::Bars { column: 0 },
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{
        domain::{district::Districts, period::quarter},
        indicators::disclosure::decide,
    };

    /// Two districts and the courses without one: Nord with 12 courses started, 9 closed (7
    /// resolved, 2 to a child-welfare case); Syd with 3 started, none closed; none with 10
    /// started, 8 closed, all resolved.
    fn counts() -> DistrictCounts {
        DistrictCounts {
            districts: Districts::of(["Nord", "Syd", ""]),
            started: vec![12, 3, 10],
            meetings: vec![[20, 6], [5, 0], [15, 5]],
            outcomes: vec![vec![7, 2, 0, 0], vec![0; 4], vec![8, 0, 0, 0]],
            sparring: vec![vec![6, 0, 0, 0, 0, 0, 2], vec![0; 7], vec![0; 7]],
        }
    }

    #[test]
    fn a_small_district_is_hidden_and_no_total_gives_it_away() {
        let counts = counts();
        let q = quarter(2025, 3);
        let scope = Scope {
            areas: 0b111,
            from: q,
            to: q,
            split: split(&counts),
        };
        let sensitive = sensitive(&counts, scope, 5);
        assert_eq!(
            sensitive.len(),
            3,
            "Syd's 3 started, Nord's 2 referred and 2 open: {sensitive:?}"
        );
        let build = |d: &Disclosure| {
            // The page's own totals over all districts, as goal 3's tables ask for them.
            let started = d.total(STARTED, None, 1, 25);
            let closed = d.row(OUTCOMES, None, &[15, 2, 0, 0]);
            (
                table(&counts, &Labels::default(), d).expect("named districts"),
                started,
                closed,
            )
        };
        let (decided, _) = decide(scope, 5, &[], &sensitive, build);
        let (table, started, _) = build(&decided);
        let syd = &table.rows[1].values;
        assert_eq!(
            syd[0],
            Value::Count(Cell::Suppressed),
            "3 children reached in Syd"
        );
        assert!(
            started == Value::Count(Cell::Suppressed)
                || [&table.rows[0].values[0], &table.rows[2].values[0]]
                    .iter()
                    .any(|v| **v == Value::Count(Cell::Suppressed)),
            "Syd's 3 is not 25 minus the others"
        );
        // Nord's 2 referred to a child-welfare case: closed 9 and resolved 7 are not both shown.
        let nord = &table.rows[0].values;
        let both = matches!(nord[2], Value::Count(Cell::Shown { .. }))
            && matches!(
                nord[3],
                Value::Share {
                    percent: Some(_),
                    ..
                }
            );
        assert!(!both, "{nord:?}");
    }
}
