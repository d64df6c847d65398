//! One-time notices after a staff member's action, in the reader's language (`notices.ftl`).

use super::catalogue::{text, Value};
use crate::domain::{Lang, Notice};

/// The sentence for `notice`.
pub fn notice_text(lang: Lang, notice: &Notice) -> String {
    let name = |n: &String| ("name", Value::from(n.as_str()));
    // Request numbers are text, so that no language's number format groups their digits.
    let id = |id: &i64| ("id", Value::from(id.to_string()));
    let (message, args) = match notice {
        Notice::PasswordChanged => ("password_changed", vec![]),
        Notice::StaffCreated(n) => ("staff_created", vec![name(n)]),
        Notice::StaffUpdated(n) => ("staff_updated", vec![name(n)]),
        Notice::StaffDeactivated(n) => ("staff_deactivated", vec![name(n)]),
        Notice::StaffReactivated(n) => ("staff_reactivated", vec![name(n)]),
        Notice::PasswordReset(n) => ("password_reset", vec![name(n)]),
        Notice::InstitutionCreated(n) => ("institution_created", vec![name(n)]),
        Notice::InstitutionUpdated(n) => ("institution_updated", vec![name(n)]),
        Notice::SparringAssigned(i, n) => ("sparring_assigned", vec![id(i), name(n)]),
        Notice::SparringMeetingProposed(i) => ("sparring_meeting_proposed", vec![id(i)]),
        Notice::SparringMessageSent(i) => ("sparring_message_sent", vec![id(i)]),
        Notice::SparringClosed(i) => ("sparring_closed", vec![id(i)]),
        Notice::SettingsSaved => ("settings_saved", vec![]),
        Notice::CourseSaved(r) => ("course_saved", vec![("reference", Value::from(r.as_str()))]),
        Notice::FiguresCorrected(v) => ("figures_corrected", vec![("version", Value::from(*v))]),
        Notice::TargetSaved => ("target_saved", vec![]),
        Notice::TargetRemoved => ("target_removed", vec![]),
        Notice::PreventiveKindsSaved => ("preventive_kinds_saved", vec![]),
        Notice::OfferSaved(n) => ("offer_saved", vec![name(n)]),
        Notice::FiguresUnchanged(day) => (
            "figures_unchanged",
            vec![("day", Value::from(day.as_str()))],
        ),
    };
    text(lang, &format!("notice-{message}"), &args)
}

#[cfg(test)]
mod tests {
    use crate::domain::{Lang, Notice};
    use crate::i18n::notices::notice_text;

    #[test]
    fn notices_fill_in_what_they_are_about() {
        assert_eq!(
            notice_text(Lang::Da, &Notice::SparringAssigned(12345, "Mette".into())),
            "Henvendelse #12345 er tildelt Mette."
        );
        assert_eq!(
            notice_text(Lang::En, &Notice::FiguresCorrected(2)),
            "The figures have been published again as version 2; earlier versions are kept."
        );
    }
}
