//! What the audit log says about each change, beside who made it and when. The log is a
//! record, so it is written in one language (English), whatever the staff member reads.

use crate::domain::{course::CourseOutcome, Area};

/// Codes issued for an area (never the codes themselves).
pub fn codes_issued(area: Area, count: usize) -> String {
    format!("{area}: {count}")
}

/// A meeting registered on the course `reference`.
pub fn course_meeting(reference: &str) -> String {
    format!("{reference}: meeting")
}

/// The course `reference` closed with `outcome`.
pub fn course_closed(reference: &str, outcome: CourseOutcome) -> String {
    format!("{reference}: closed {}", outcome.as_str())
}

/// What the team did to sparring request `id` (`what`: assigned, a proposed meeting, a
/// message, or the outcome it was closed with).
pub fn sparring(id: i64, what: &str) -> String {
    format!("#{id}: {what}")
}

/// A sparring request that was read.
pub fn sparring_read(id: i64) -> String {
    format!("#{id}")
}

/// The team assigned a request.
pub const ASSIGNED: &str = "assigned";
/// The team proposed a meeting.
pub const MEETING_PROPOSED: &str = "meeting proposed";
/// The team wrote to the asker.
pub const MESSAGE: &str = "message";

/// The sparring retention settings saved.
pub fn retention(after_closing: i64, without_activity: i64) -> String {
    format!("sparring retention {after_closing} days, stale {without_activity} days")
}

/// Earlier courses imported.
pub fn courses_imported(courses: usize, meetings: usize) -> String {
    format!("{courses} courses, {meetings} meetings")
}

/// Registry figures imported through `address` (the import's form post).
pub fn figures_imported(address: &str, lines: usize, years: usize) -> String {
    format!("{address}: {lines} lines, {years} years")
}
