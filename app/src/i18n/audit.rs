//! What the audit log says about each change, beside who made it and when. The log is a
//! record, so it is stored in one language (English), whatever the staff member reads; the page
//! names each action in the reader's language.

use super::choices::choice_name;
use crate::domain::{audit::Action, course::CourseOutcome, Area, Lang, Respondent};

/// An action's name on the log page, in the reader's language (the stored value stays English).
pub fn action_name(lang: Lang, action: Action) -> &'static str {
    choice_name(lang, "audit_action", action.as_str())
}

/// `count` evaluation codes issued for `respondent` in `area` (never for which course).
pub fn codes_issued(respondent: Respondent, area: Area, count: usize) -> String {
    match respondent {
        Respondent::Parent => format!("{area}: {count}"),
        Respondent::Professional => format!("{area}: {count} professional"),
    }
}

/// A meeting registered on the course `reference`.
pub fn course_meeting(reference: &str) -> String {
    format!("{reference}: meeting")
}

/// The course `reference` closed with `outcome`.
pub fn course_closed(reference: &str, outcome: CourseOutcome) -> String {
    format!("{reference}: closed {}", outcome.as_str())
}

/// A meeting registered by mistake was deleted.
pub fn course_meeting_deleted(reference: &str, held_on: &str) -> String {
    format!("{reference}: meeting of {held_on} deleted")
}

/// A meeting of the course `reference` corrected: the day it had and the day it has.
pub fn course_meeting_changed(reference: &str, before: &str, after: &str) -> String {
    format!("{reference}: meeting of {before} corrected to {after}")
}

/// A closed course was opened again.
pub fn course_reopened(reference: &str) -> String {
    format!("{reference}: reopened")
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
pub fn settings(
    after_closing: i64,
    without_activity: i64,
    answer_days: i64,
    comment_months: i64,
    threshold: i64,
) -> String {
    format!(
        "sparring retention {after_closing} days, stale {without_activity} days, answer within {answer_days} working days, parents' comments kept {comment_months} months, smallest group shown {threshold}"
    )
}

/// What the municipality publishes saved.
pub fn publishing(published: &crate::domain::publishing::Publishing) -> String {
    let languages: Vec<&str> = published
        .parents_languages
        .iter()
        .map(|l| l.code())
        .collect();
    format!(
        "published details saved: controller {}, notification page {}, accessibility statement {}, parents' languages {}",
        published.controller,
        or_none(&published.notification_url),
        or_none(&published.accessibility_url),
        languages.join(", ")
    )
}

fn or_none(address: &str) -> &str {
    if address.is_empty() {
        "none"
    } else {
        address
    }
}

/// Earlier courses imported.
pub fn courses_imported(courses: usize, meetings: usize) -> String {
    format!("{courses} courses, {meetings} meetings")
}

/// Registry figures imported through `address` (the import's form post).
pub fn figures_imported(address: &str, lines: usize, years: usize) -> String {
    format!("{address}: {lines} lines, {years} years")
}

/// A target set for a figure.
pub fn target_set(target: &crate::domain::target::Target) -> String {
    format!(
        "target {}: {} {:.1} % by {}",
        target.figure.as_str(),
        target.direction.as_str(),
        target.percent,
        target.year
    )
}

/// The kinds of step that count as preventive, chosen anew.
pub fn preventive_kinds(kinds: &[&str]) -> String {
    format!("preventive kinds of step: {}", kinds.join(", "))
}

/// A figure's target removed.
pub fn target_removed(figure: crate::domain::target::TargetFigure) -> String {
    format!("target {} removed", figure.as_str())
}
