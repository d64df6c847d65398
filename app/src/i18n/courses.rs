//! Texts of the course register.

use super::choices::choice_name;
use crate::domain::{
    course::{CourseOutcome, CourseStatus, MeetingForm, Participant},
    Lang,
};

crate::texts! {
    /// Texts of the course pages.
    pub struct Courses {
        /// List title.
        pub title: &'static str,
        /// Link to a new course.
        pub new: &'static str,
        /// Link to the import.
        pub import: &'static str,
        /// Filter: reference search.
        pub search: &'static str,
        pub any: &'static str,
        pub filter: &'static str,
        pub reference: &'static str,
        pub institution: &'static str,
        pub age_band: &'static str,
        /// Column / field: started.
        pub started_on: &'static str,
        pub status: &'static str,
        pub meetings: &'static str,
        pub themes: &'static str,
        pub parents_take_part: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        pub note: &'static str,
        /// Hint under the note.
        pub note_hint: &'static str,
        /// New course: title.
        pub new_title: &'static str,
        /// New course: text.
        pub new_intro: &'static str,
        pub create: &'static str,
        /// Nothing matches.
        pub empty: &'static str,
        /// Detail: add meeting heading.
        pub add_meeting: &'static str,
        pub meeting_day: &'static str,
        pub meeting_form: &'static str,
        pub participants: &'static str,
        pub add_meeting_button: &'static str,
        /// Shown when five meetings are registered.
        pub full: &'static str,
        pub close: &'static str,
        /// End date.
        pub ended_on: &'static str,
        pub outcome: &'static str,
        pub close_button: &'static str,
        /// The offer to print the parents' card.
        pub card_offer: &'static str,
        pub card_button: &'static str,
        /// Shown once the card was printed.
        pub card_done: &'static str,
        /// The button beside a meeting that deletes it.
        pub delete_meeting: &'static str,
        /// The link to correct a meeting, the page's title, its introduction and button.
        pub change_meeting: &'static str,
        pub change_meeting_title: &'static str,
        pub change_meeting_intro: &'static str,
        pub change_meeting_button: &'static str,
        /// The heading and button that open a closed course again, and what it does.
        pub reopen: &'static str,
        pub reopen_intro: &'static str,
        /// Back to the list.
        pub back: &'static str,
        pub import_title: &'static str,
        /// Import: explanation of the format.
        pub import_intro: &'static str,
        /// Import succeeded; `{a}` (courses) and `{b}` (meetings) are replaced.
        pub imported: crate::i18n::catalogue::Template,
    }
    /// The course texts in `lang`.
    pub fn courses => "courses";
}

/// A meeting form, in words.
pub fn meeting_form_name(lang: Lang, form: MeetingForm) -> &'static str {
    choice_name(lang, "meeting_form", form.as_str())
}

pub fn participant_name(lang: Lang, participant: Participant) -> &'static str {
    choice_name(lang, "participant", participant.as_str())
}

pub fn course_outcome_name(lang: Lang, outcome: CourseOutcome) -> &'static str {
    choice_name(lang, "course_outcome", outcome.as_str())
}

pub fn course_status_name(lang: Lang, status: CourseStatus) -> &'static str {
    choice_name(lang, "course_status", status.as_str())
}
