//! Goal 3's sparring requests as the disclosure rule counts them: one family, the requests
//! received by outcome, the still open ones last.

use crate::domain::{dashboard::DifferenceCounts, sparring::Outcome};

/// The family of sparring requests received, by outcome (`Outcome::ALL`, then "still open").
pub const SPARRING: &str = "sparring";

/// Sparring requests received by outcome in [`SPARRING`]'s order, the still open ones last.
pub fn sparring_row(counts: &DifferenceCounts) -> Vec<u64> {
    Outcome::ALL
        .iter()
        .map(|o| outcome_count(counts, o.as_str()))
        .chain([outcome_count(counts, "")])
        .collect()
}

fn outcome_count(counts: &DifferenceCounts, outcome: &str) -> u64 {
    counts
        .sparring
        .iter()
        .filter(|(v, _)| v == outcome)
        .map(|(_, n)| n)
        .sum()
}
