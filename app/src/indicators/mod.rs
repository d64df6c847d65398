//! Pure aggregation for the indicators: counts in, shares and suppressed cells out.
//!
//! Nothing here touches the database; the storage modules count in SQL and hand the counts
//! over, and the pages and exports show what comes out.

pub mod courses;
pub mod evaluation;
pub mod sparring;
pub mod suppression;
pub mod table;

pub use suppression::{percentages, suppress, Cell, DEFAULT_THRESHOLD};
