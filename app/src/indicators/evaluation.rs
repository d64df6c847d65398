//! Result goal 3 from the parents' evaluations: the answers per question and the split
//! "very satisfied / satisfied or medium / dissatisfied" the status report quotes – or, where
//! a small group of dissatisfied parents would hide that split, "very satisfied / all others".

use serde::{Deserialize, Serialize};

use super::disclosure::{Categories, Disclosure};
use crate::domain::{
    evaluation::QUESTIONS,
    table::{Cell, Value},
    Agreement, Satisfaction,
};

/// The counts of `counts` in the order of `scale`.
pub fn ordered<A: Copy + PartialEq>(scale: &[A], counts: &[(A, u64)]) -> Vec<u64> {
    scale
        .iter()
        .map(|a| counts.iter().filter(|(b, _)| b == a).map(|(_, c)| c).sum())
        .collect()
}

/// One question's row: a cell per answer of its scale, then how many answered.
pub fn answers_row<A: Copy + PartialEq>(
    d: &Disclosure,
    question: &str,
    scale: &[A],
    counts: &[(A, u64)],
) -> Vec<Value> {
    d.row_with_total(question, None, &ordered(scale, counts))
}

/// The status report's split of overall satisfaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Split {
    /// Very satisfied; satisfied or medium; dissatisfied or very dissatisfied.
    Three([Cell; 3]),
    /// Very satisfied against all other answers: the standard recoding where a small group
    /// of dissatisfied parents would otherwise hide the split.
    Merged([Cell; 2]),
    /// Neither can be shown.
    Hidden,
}

/// The split of the overall-satisfaction counts, three ways where that is safe, else merged.
pub fn split(d: &Disclosure, counts: &[(Satisfaction, u64)]) -> (Split, u64) {
    use Satisfaction::*;
    let bits = |answers: &[Satisfaction]| -> Categories {
        Satisfaction::ALL
            .iter()
            .enumerate()
            .filter(|(_, a)| answers.contains(a))
            .fold(0, |b, (i, _)| b | 1 << i)
    };
    let count = |answers: &[Satisfaction]| -> u64 {
        counts
            .iter()
            .filter(|(a, _)| answers.contains(a))
            .map(|(_, c)| c)
            .sum()
    };
    let n: u64 = count(&Satisfaction::ALL);
    let question = QUESTIONS[0];
    let n_shown = d.total(question, None, Satisfaction::ALL.len(), n) == Value::Total(n);
    let groups: [&[Satisfaction]; 3] = [
        &[VerySatisfied],
        &[Satisfied, Medium],
        &[Dissatisfied, VeryDissatisfied],
    ];
    let three = groups.map(|g| d.sum(question, None, bits(g), count(g)));
    let others = count(&[Satisfied, Medium, Dissatisfied, VeryDissatisfied]);
    let cells = |values: &[u64]| -> Vec<Cell> {
        super::percentages(values)
            .into_iter()
            .zip(values)
            .map(|(percent, &count)| Cell::Shown { count, percent })
            .collect()
    };
    let split = match (n_shown, three) {
        (true, [Some(a), Some(b), Some(c)]) => {
            let c3 = cells(&[a, b, c]);
            Split::Three([c3[0], c3[1], c3[2]])
        }
        (true, [Some(a), ..]) if n > 0 => {
            let c2 = cells(&[a, others]);
            Split::Merged([c2[0], c2[1]])
        }
        _ => Split::Hidden,
    };
    (split, n)
}

/// The scales of the four questions, for their rows.
pub fn satisfaction_row(d: &Disclosure, i: usize, counts: &[(Satisfaction, u64)]) -> Vec<Value> {
    answers_row(d, QUESTIONS[i], &Satisfaction::ALL, counts)
}

/// An agreement question's row (`i`: 2 or 3).
pub fn agreement_row(d: &Disclosure, i: usize, counts: &[(Agreement, u64)]) -> Vec<Value> {
    answers_row(d, QUESTIONS[i], &Agreement::ALL, counts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::indicators::disclosure::{protected, ANYWHERE};

    fn split_of(counts: &[(Satisfaction, u64)]) -> (Split, u64) {
        protected(ANYWHERE, 5, &[], |d| {
            let _ = satisfaction_row(d, 0, counts);
            split(d, counts)
        })
        .0
    }

    fn shown(count: u64, percent: u32) -> Cell {
        Cell::Shown { count, percent }
    }

    #[test]
    fn rebilds_golden_figures_64_36_0_from_42_evaluations() {
        let counts = [
            (Satisfaction::VerySatisfied, 27),
            (Satisfaction::Satisfied, 9),
            (Satisfaction::Medium, 6),
        ];
        assert_eq!(
            split_of(&counts),
            (
                Split::Three([shown(27, 64), shown(15, 36), shown(0, 0)]),
                42
            )
        );
    }

    #[test]
    fn a_few_dissatisfied_parents_merge_the_split_instead_of_hiding_the_headline() {
        let counts = [
            (Satisfaction::VerySatisfied, 27),
            (Satisfaction::Satisfied, 9),
            (Satisfaction::Medium, 4),
            (Satisfaction::Dissatisfied, 2),
        ];
        assert_eq!(
            split_of(&counts),
            (Split::Merged([shown(27, 64), shown(15, 36)]), 42)
        );
    }

    #[test]
    fn the_answers_keep_the_scale_order_and_hide_small_groups_with_their_zeros() {
        let counts = [
            (Agreement::Agree, 10),
            (Agreement::DontKnow, 2),
            (Agreement::StronglyAgree, 7),
        ];
        let row = protected(ANYWHERE, 5, &[], |d| agreement_row(d, 2, &counts)).0;
        let hidden = Value::Count(Cell::Suppressed);
        assert_eq!(row[5], hidden, "two do not know");
        assert_eq!(row[0], hidden, "the partner of the lone small cell");
        assert_eq!(row[1], Value::Count(shown(10, 53)));
        assert_eq!(
            row[2..5],
            [hidden, hidden, hidden],
            "zeros beside hidden cells"
        );
        assert_eq!(row[6], Value::Total(19));
    }
}
