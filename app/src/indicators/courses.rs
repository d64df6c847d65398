//! Result goal 3's activity figures from the course register: meetings per course (at most
//! five, typically two or three), the share of meetings held anonymously, and how courses end.

use serde::{Deserialize, Serialize};

use super::suppression::{enough, suppress};
use crate::domain::table::Cell;

/// How many meetings the courses had.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MeetingsPerCourse {
    /// Courses with 0, 1, … 5 meetings.
    pub cells: Vec<Cell>,
    /// Courses counted.
    pub n: u64,
    /// Mean meetings per course, one decimal; hidden with fewer courses than the threshold.
    pub mean: Option<f64>,
}

/// The distribution and mean of meetings per course from `counts[m]` = courses with `m`
/// meetings.
pub fn meetings_per_course(counts: &[u64; 6], threshold: u64) -> MeetingsPerCourse {
    let n: u64 = counts.iter().sum();
    let meetings: u64 = counts.iter().enumerate().map(|(m, c)| m as u64 * c).sum();
    let mean = enough(n, threshold).then(|| (meetings as f64 / n as f64 * 10.0).round() / 10.0);
    MeetingsPerCourse {
        cells: suppress(counts, threshold),
        n,
        mean,
    }
}

/// Meetings `[with parents, anonymous]` as shown: the anonymous share is the second cell.
pub fn meeting_forms(counts: &[u64; 2], threshold: u64) -> Vec<Cell> {
    suppress(counts, threshold)
}

/// Courses by outcome (in `CourseOutcome::ALL`'s order) as shown; the first cell is the share
/// resolved inside FI.
pub fn outcomes(counts: &[u64], threshold: u64) -> Vec<Cell> {
    suppress(counts, threshold)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn meetings_per_course_gives_the_distribution_and_a_mean_with_one_decimal() {
        let figures = meetings_per_course(&[0, 2, 9, 8, 0, 1], 5);
        assert_eq!(figures.n, 20);
        assert_eq!(figures.mean, Some(2.5), "49 meetings over 20 courses");
        assert_eq!(
            figures.cells[2],
            Cell::Shown {
                count: 9,
                percent: 45
            }
        );
        assert_eq!(figures.cells[1], Cell::Suppressed);
        assert_eq!(figures.cells[5], Cell::Suppressed);
        assert_eq!(
            meetings_per_course(&[0, 1, 2, 0, 0, 0], 5).mean,
            None,
            "three courses are too few"
        );
    }

    #[test]
    fn seventy_percent_resolved_inside_fi() {
        let cells = outcomes(&[14, 4, 2, 0], 5);
        assert_eq!(
            cells[0],
            Cell::Shown {
                count: 14,
                percent: 70
            }
        );
        assert_eq!(
            meeting_forms(&[30, 10], 5),
            vec![
                Cell::Shown {
                    count: 30,
                    percent: 75
                },
                Cell::Shown {
                    count: 10,
                    percent: 25
                }
            ]
        );
    }
}
