//! Small groups are never shown: a count under the threshold (default 5) is hidden, and so is a
//! second count when the first could otherwise be worked out from the total.

use crate::domain::table::{Cell, Value};

/// The smallest group shown as a number.
pub const DEFAULT_THRESHOLD: u64 = 5;

/// Whole-percent shares of `counts` that add up to exactly 100 (largest remainder), or all
/// zero when the total is zero.
pub fn percentages(counts: &[u64]) -> Vec<u32> {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return vec![0; counts.len()];
    }
    let mut shares: Vec<(usize, u64, u64)> = counts
        .iter()
        .enumerate()
        .map(|(i, &c)| (i, c * 100 / total, c * 100 % total))
        .collect();
    let floor_sum: u64 = shares.iter().map(|(_, q, _)| q).sum();
    let mut left = 100 - floor_sum;
    // Largest remainders first; ties go to the earlier category.
    shares.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0)));
    for share in shares.iter_mut() {
        if left == 0 {
            break;
        }
        if share.2 > 0 {
            share.1 += 1;
            left -= 1;
        }
    }
    shares.sort_by_key(|s| s.0);
    shares.into_iter().map(|(_, q, _)| q as u32).collect()
}

/// The cells of one row of `counts` whose total is shown beside them.
///
/// A count from 1 to `threshold - 1` is suppressed (0 is shown: "none" identifies no one). If
/// exactly one cell would be suppressed, the smallest other non-zero cell is suppressed too, so
/// the hidden one cannot be found by subtracting from the total. A row whose total is under the
/// threshold is suppressed whole.
pub fn suppress(counts: &[u64], threshold: u64) -> Vec<Cell> {
    let total: u64 = counts.iter().sum();
    let percent = percentages(counts);
    if total > 0 && total < threshold {
        return vec![Cell::Suppressed; counts.len()];
    }
    let small = |c: u64| c > 0 && c < threshold;
    let mut hidden: Vec<bool> = counts.iter().map(|&c| small(c)).collect();
    if hidden.iter().filter(|h| **h).count() == 1 {
        let partner = counts
            .iter()
            .enumerate()
            .filter(|(i, &c)| !hidden[*i] && c > 0)
            .min_by_key(|(_, &c)| c)
            .map(|(i, _)| i);
        if let Some(i) = partner {
            hidden[i] = true;
        }
    }
    counts
        .iter()
        .zip(percent)
        .zip(hidden)
        .map(|((&count, percent), hidden)| {
            if hidden {
                Cell::Suppressed
            } else {
                Cell::Shown { count, percent }
            }
        })
        .collect()
}

/// A lone count (a total with no row beside it): shown as it is unless it is a small group.
pub fn total(n: u64, threshold: u64) -> Value {
    if n > 0 && n < threshold {
        Value::Count(Cell::Suppressed)
    } else {
        Value::Total(n)
    }
}

/// Whether `n` cases are enough to show a figure made from all of them (a mean).
pub fn enough(n: u64, threshold: u64) -> bool {
    n > 0 && n >= threshold
}

/// `values` beside their `cells`: hidden wherever the cell is (a step's expenditure goes with
/// its count of measures).
pub fn alongside(cells: &[Cell], values: &[Option<u64>]) -> Vec<Option<u64>> {
    cells
        .iter()
        .zip(values)
        .map(|(cell, value)| match cell {
            Cell::Suppressed => None,
            Cell::Shown { .. } => *value,
        })
        .collect()
}

/// A share in percent with one decimal, or `None` when the group is under `threshold` or
/// the part is under it (either would reveal a small group).
pub fn share(part: u64, n: u64, threshold: u64) -> Value {
    let shown = n >= threshold
        && (part == 0 || part >= threshold)
        && (n - part == 0 || n - part >= threshold);
    Value::Share {
        percent: (shown && n > 0).then(|| (part as f64 * 1000.0 / n as f64).round() / 10.0),
        n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shares_add_up_to_one_hundred() {
        assert_eq!(percentages(&[27, 15, 0]), vec![64, 36, 0]);
        assert_eq!(percentages(&[1, 1, 1]), vec![34, 33, 33]);
        assert_eq!(percentages(&[0, 0]), vec![0, 0]);
        for counts in [[7u64, 11, 13, 19], [1, 2, 3, 94], [33, 33, 33, 1]] {
            assert_eq!(percentages(&counts).iter().sum::<u32>(), 100, "{counts:?}");
        }
    }

    #[test]
    fn small_groups_are_suppressed_and_zero_is_shown() {
        assert_eq!(
            suppress(&[27, 15, 0], 5),
            vec![
                Cell::Shown {
                    count: 27,
                    percent: 64
                },
                Cell::Shown {
                    count: 15,
                    percent: 36
                },
                Cell::Shown {
                    count: 0,
                    percent: 0
                },
            ]
        );
        assert_eq!(
            suppress(&[20, 3, 6, 2], 5),
            vec![
                Cell::Shown {
                    count: 20,
                    percent: 65
                },
                Cell::Suppressed,
                Cell::Shown {
                    count: 6,
                    percent: 19
                },
                Cell::Suppressed,
            ]
        );
    }

    #[test]
    fn a_lone_small_group_takes_a_partner_so_subtraction_reveals_nothing() {
        assert_eq!(
            suppress(&[20, 3, 8, 12], 5),
            vec![
                Cell::Shown {
                    count: 20,
                    percent: 46
                },
                Cell::Suppressed,
                Cell::Suppressed,
                Cell::Shown {
                    count: 12,
                    percent: 28
                },
            ]
        );
    }

    #[test]
    fn a_row_with_fewer_than_the_threshold_in_all_is_hidden_whole() {
        assert_eq!(
            suppress(&[4, 0], 5),
            vec![Cell::Suppressed, Cell::Suppressed]
        );
        assert_eq!(
            suppress(&[0, 0], 5),
            vec![
                Cell::Shown {
                    count: 0,
                    percent: 0
                },
                Cell::Shown {
                    count: 0,
                    percent: 0
                }
            ]
        );
    }

    #[test]
    fn a_share_that_would_reveal_a_small_group_is_hidden() {
        assert_eq!(
            share(140, 300, 5),
            Value::Share {
                percent: Some(46.7),
                n: 300
            }
        );
        assert_eq!(
            share(3, 300, 5),
            Value::Share {
                percent: None,
                n: 300
            }
        );
        assert_eq!(
            share(298, 300, 5),
            Value::Share {
                percent: None,
                n: 300
            },
            "the rest is 2"
        );
        assert_eq!(
            share(2, 4, 5),
            Value::Share {
                percent: None,
                n: 4
            }
        );
        assert_eq!(
            share(0, 40, 5),
            Value::Share {
                percent: Some(0.0),
                n: 40
            }
        );
    }
}
