//! The settings an administrator keeps in the portal: how long what is written about children
//! and families is kept, and what askers are told to expect.

use serde::{Deserialize, Serialize};

use super::{
    form::{count_up_to, Fields, Problems},
    publishing::Publishing,
    FieldError,
};

/// How long sparring texts are kept after a request is closed and without any activity before
/// the system closes it (days), within how many working days the team usually answers (told to
/// askers waiting for a reply), and how many months after sealing the parents' comments are
/// kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Settings {
    pub after_closing: i64,
    pub without_activity: i64,
    pub answer_days: i64,
    pub comment_months: i64,
    /// The smallest group any figure shows (the disclosure threshold).
    pub threshold: i64,
}

impl Settings {
    /// The range either number of days of keeping may take.
    pub const RANGE: std::ops::RangeInclusive<u64> = 30..=3650;
    /// The range the working days of answering may take.
    pub const ANSWER_RANGE: std::ops::RangeInclusive<u64> = 1..=30;
    /// The range the months of keeping a comment may take.
    pub const COMMENT_RANGE: std::ops::RangeInclusive<u64> = 1..=60;
    /// The range the disclosure threshold may take: never below 3.
    pub const THRESHOLD_RANGE: std::ops::RangeInclusive<u64> =
        super::disclosure::MIN_THRESHOLD..=50;

    /// Reads the administration's settings form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let mut number = |name: &str, range: &std::ops::RangeInclusive<u64>| {
            problems
                .check(
                    name,
                    count_up_to(form.get(name), *range.start(), *range.end()),
                )
                .and_then(|n| i64::try_from(n).ok())
        };
        let after_closing = number("retention_days", &Self::RANGE);
        let without_activity = number("stale_days", &Self::RANGE);
        let answer_days = number("answer_days", &Self::ANSWER_RANGE);
        let comment_months = number("comment_months", &Self::COMMENT_RANGE);
        let threshold = number("threshold", &Self::THRESHOLD_RANGE);
        problems.finish(|| {
            Some(Self {
                after_closing: after_closing?,
                without_activity: without_activity?,
                answer_days: answer_days?,
                comment_months: comment_months?,
                threshold: threshold?,
            })
        })
    }
}

/// What the privacy notices say, taken from the settings in force rather than typed twice.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PrivacyFacts {
    pub published: Publishing,
    pub settings: Settings,
    /// How many days an evaluation code can be used.
    pub code_days: u32,
}
