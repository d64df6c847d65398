//! Result goal 3's activity figures from the course register: meetings per course (at most
//! five, typically two or three), the share of meetings held anonymously, and how courses end.

use super::disclosure::Disclosure;
use crate::domain::table::{Cell, Value};

/// The family of closed courses by their number of meetings.
pub const MEETINGS_PER_COURSE: &str = "courses-by-meetings";
/// The family of closed courses by outcome.
pub const OUTCOMES: &str = "course-outcomes";
/// The family of meetings by form `[with parents, anonymous]`, per year.
pub const MEETING_FORMS: &str = "meetings";
/// The family of courses started (children reached), per year.
pub const STARTED: &str = "courses-started";

/// Courses with 0, 1, … 5 meetings as shown, the mean (one decimal; hidden with any hidden
/// cell, since it is one more sum of them) and how many were counted.
pub fn meetings_per_course(d: &Disclosure, counts: &[u64; 6]) -> (Vec<Cell>, Option<f64>, Value) {
    let n: u64 = counts.iter().sum();
    let meetings: u64 = counts.iter().enumerate().map(|(m, c)| m as u64 * c).sum();
    let (cells, total) = d.row(MEETINGS_PER_COURSE, None, counts);
    let all_shown = total && cells.iter().all(|c| matches!(c, Cell::Shown { .. }));
    let mean = (all_shown && n >= d.threshold())
        .then(|| (meetings as f64 / n as f64 * 10.0).round() / 10.0);
    let total = if total {
        Value::Total(n)
    } else {
        Value::Count(Cell::Suppressed)
    };
    (cells, mean, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::disclosure::{protected, ANYWHERE};

    #[test]
    fn meetings_per_course_gives_the_distribution_and_a_mean_only_when_nothing_is_hidden() {
        let (cells, mean, total) = protected(ANYWHERE, 5, &[], |d| {
            meetings_per_course(d, &[0, 0, 9, 8, 0, 6])
        })
        .0;
        assert_eq!(total, Value::Total(23));
        assert_eq!(mean, Some(3.1), "72 meetings over 23 courses");
        assert_eq!(
            cells[2],
            Cell::Shown {
                count: 9,
                percent: 39
            }
        );
        let (cells, mean, _) = protected(ANYWHERE, 5, &[], |d| {
            meetings_per_course(d, &[0, 2, 9, 8, 0, 1])
        })
        .0;
        assert_eq!(cells[1], Cell::Suppressed);
        assert_eq!(cells[5], Cell::Suppressed);
        assert_eq!(
            mean, None,
            "the mean would be one more sum of the hidden cells"
        );
    }
}
