//! Pure aggregation for the indicators: counts in, shares and suppressed cells out.
//!
//! Nothing here touches the database; the storage modules count in SQL and hand the counts
//! over, and the pages and exports show what comes out. One builder per result goal
//! ([`notifications`], [`staircase`], [`difference`]) takes counts, the words of its tables
//! and the [`disclosure::Disclosure`] it asks for each figure; [`disclosure`] alone decides
//! what is hidden.

pub mod advice;
pub mod comments;
pub mod comparison;
pub mod courses;
pub mod difference;
pub mod disclosure;
pub mod districts;
pub mod evaluation;
pub mod growth;
pub mod last_status;
pub mod notifications;
pub mod percentages;
pub mod population;
pub mod professionals;
pub mod sparring;
pub mod staircase;
pub mod target;

pub use disclosure::DEFAULT_THRESHOLD;
pub use percentages::percentages;

use crate::domain::dashboard::{DashboardQuery, Gap};

/// The years between the first and the last of `years` (in order) that have no figures.
fn missing_years(years: &[u32]) -> Option<Gap> {
    let (first, last) = (years.first()?, years.last()?);
    let missing: Vec<u32> = (*first..=*last).filter(|y| !years.contains(y)).collect();
    (!missing.is_empty()).then_some(Gap::YearsMissing(missing))
}

/// The baseline (the chosen year, else the first) and the year compared (the chosen year,
/// else the last) among `years`.
fn pick_years(years: &[u32], query: &DashboardQuery) -> (Option<u32>, Option<u32>) {
    let known = |y: Option<u32>| y.filter(|y| years.contains(y));
    (
        known(query.baseline).or(years.first().copied()),
        known(query.year).or(years.last().copied()),
    )
}
