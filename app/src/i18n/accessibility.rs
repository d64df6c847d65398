//! The portal's accessibility page (`accessibility.ftl`).

use crate::i18n::catalogue::Template;

crate::texts! {
    /// Texts of the accessibility page.
    pub struct Accessibility {
        pub title: &'static str,
        pub intro: &'static str,
        pub statement_link: &'static str,
        /// Where the administrator has set no statement.
        pub no_statement: &'static str,
        pub checks_heading: &'static str,
        /// The WCAG checks the test suite runs.
        pub check: [&'static str; 8],
        /// `{contact}`.
        pub contact: Template,
    }
    /// The page's texts in `lang`.
    pub fn accessibility => "accessibility";
}
