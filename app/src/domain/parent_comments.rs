//! The parents' comments as the FI team reads them: sealed, a month and an area at a time, and
//! only where enough parents answered that no comment points to a family.

use super::Area;

/// The sealed answers of one area and month, with their comments (in the random order of the
/// sealed answers' ids).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthOfComments {
    pub area: Area,
    /// `YYYY-MM`.
    pub month: String,
    /// Answers sealed for the area and month, with or without a comment.
    pub answers: u64,
    pub comments: Vec<String>,
}

/// Comments shown together: of one area, over the months `from` through `to` (one month, or
/// several whose answers were too few alone).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct CommentGroup {
    pub area: Area,
    /// `YYYY-MM`.
    pub from: String,
    /// `YYYY-MM`.
    pub to: String,
    /// Answers of those months.
    pub answers: u64,
    pub comments: Vec<String>,
}
