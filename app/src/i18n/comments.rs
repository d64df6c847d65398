//! Texts of the page where the FI team reads the parents' comments.

use crate::i18n::catalogue::Template;

crate::texts! {
    pub struct Comments {
        pub title: &'static str,
        /// What the team sees, and why not more.
        pub intro: Template,
        /// Before any comment may be shown.
        pub empty: &'static str,
        /// "`{n}` svar" under a group's heading.
        pub answers: Template,
        /// Heading of a group's list, for screen readers.
        pub list: &'static str,
        /// The retention, `{months}` months after sealing.
        pub kept: Template,
        /// Heading of the professionals' comments, kept and shown by the same rules.
        pub professionals_title: &'static str,
    }
    pub fn comments => "comments";
}
