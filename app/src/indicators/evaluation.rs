//! Result goal 3 from the parents' evaluations: the answers per question and the split
//! "very satisfied / satisfied or medium / dissatisfied" the status report quotes.

use serde::{Deserialize, Serialize};

use super::suppression::suppress;
use crate::domain::{table::Cell, Agreement, Satisfaction};

/// How many evaluations gave each answer to one question.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Distribution<A> {
    /// Each answer with its count, in the scale's order.
    pub cells: Vec<(A, Cell)>,
    /// How many answered.
    pub n: u64,
}

/// Counts per answer of a satisfaction question, suppressed.
pub fn satisfaction(counts: &[(Satisfaction, u64)], threshold: u64) -> Distribution<Satisfaction> {
    distribution(&Satisfaction::ALL, counts, threshold)
}

/// Counts per answer of an agreement question, suppressed.
pub fn agreement(counts: &[(Agreement, u64)], threshold: u64) -> Distribution<Agreement> {
    distribution(&Agreement::ALL, counts, threshold)
}

fn distribution<A: Copy + PartialEq>(
    scale: &[A],
    counts: &[(A, u64)],
    threshold: u64,
) -> Distribution<A> {
    let ordered: Vec<u64> = scale
        .iter()
        .map(|a| counts.iter().filter(|(b, _)| b == a).map(|(_, c)| c).sum())
        .collect();
    let n = ordered.iter().sum();
    let cells = suppress(&ordered, threshold);
    Distribution {
        cells: scale.iter().copied().zip(cells).collect(),
        n,
    }
}

/// The status report's split of overall satisfaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Split {
    /// "Meget tilfreds".
    pub very_satisfied: Cell,
    /// "Tilfreds" or "middel tilfreds".
    pub satisfied_or_medium: Cell,
    /// "Utilfreds" or "meget utilfreds".
    pub dissatisfied: Cell,
    /// How many answered.
    pub n: u64,
}

/// Groups the overall-satisfaction counts three ways and suppresses small groups.
pub fn split(counts: &[(Satisfaction, u64)], threshold: u64) -> Split {
    let count = |answers: &[Satisfaction]| -> u64 {
        counts
            .iter()
            .filter(|(a, _)| answers.contains(a))
            .map(|(_, c)| c)
            .sum()
    };
    let groups = [
        count(&[Satisfaction::VerySatisfied]),
        count(&[Satisfaction::Satisfied, Satisfaction::Medium]),
        count(&[Satisfaction::Dissatisfied, Satisfaction::VeryDissatisfied]),
    ];
    let cells = suppress(&groups, threshold);
    Split {
        very_satisfied: cells[0],
        satisfied_or_medium: cells[1],
        dissatisfied: cells[2],
        n: groups.iter().sum(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::DEFAULT_THRESHOLD;

    #[test]
    fn rebilds_golden_figures_64_36_0_from_42_evaluations() {
        let counts = [
            (Satisfaction::VerySatisfied, 27),
            (Satisfaction::Satisfied, 9),
            (Satisfaction::Medium, 6),
        ];
        assert_eq!(
            split(&counts, DEFAULT_THRESHOLD),
            Split {
                very_satisfied: Cell::Shown {
                    count: 27,
                    percent: 64
                },
                satisfied_or_medium: Cell::Shown {
                    count: 15,
                    percent: 36
                },
                dissatisfied: Cell::Shown {
                    count: 0,
                    percent: 0
                },
                n: 42,
            }
        );
    }

    #[test]
    fn per_question_distributions_keep_the_scale_order_and_hide_small_groups() {
        let counts = [
            (Satisfaction::Medium, 6),
            (Satisfaction::VerySatisfied, 27),
            (Satisfaction::Satisfied, 9),
        ];
        let d = satisfaction(&counts, DEFAULT_THRESHOLD);
        assert_eq!(d.n, 42);
        assert_eq!(
            d.cells,
            vec![
                (
                    Satisfaction::VerySatisfied,
                    Cell::Shown {
                        count: 27,
                        percent: 64
                    }
                ),
                (
                    Satisfaction::Satisfied,
                    Cell::Shown {
                        count: 9,
                        percent: 22
                    }
                ),
                (
                    Satisfaction::Medium,
                    Cell::Shown {
                        count: 6,
                        percent: 14
                    }
                ),
                (
                    Satisfaction::Dissatisfied,
                    Cell::Shown {
                        count: 0,
                        percent: 0
                    }
                ),
                (
                    Satisfaction::VeryDissatisfied,
                    Cell::Shown {
                        count: 0,
                        percent: 0
                    }
                ),
            ]
        );
        let few = agreement(
            &[
                (Agreement::Agree, 10),
                (Agreement::DontKnow, 2),
                (Agreement::StronglyAgree, 7),
            ],
            DEFAULT_THRESHOLD,
        );
        assert_eq!(few.cells[5], (Agreement::DontKnow, Cell::Suppressed));
        assert_eq!(
            few.cells[0],
            (Agreement::StronglyAgree, Cell::Suppressed),
            "partner of the lone small cell"
        );
        assert_eq!(
            few.cells[1],
            (
                Agreement::Agree,
                Cell::Shown {
                    count: 10,
                    percent: 53
                }
            )
        );
    }
}
