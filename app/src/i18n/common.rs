//! Texts every page shares: header, footer, error pages (`common.ftl`).

crate::texts! {
    /// Texts around every page.
    pub struct Common {
        /// Link that jumps past the header to the page's content.
        pub skip_to_content: &'static str,
        /// The programme's name under the portal's name.
        pub programme: &'static str,
        /// Label of the navigation landmark holding the language switch.
        pub language_nav: &'static str,
        /// The footer's sentence about anonymity.
        pub footer_anonymity: &'static str,
        /// Heading of the page-not-found page.
        pub not_found_title: &'static str,
        /// Body of the page-not-found page.
        pub not_found_body: &'static str,
        /// Link back to the front page.
        pub back_to_front: &'static str,
        /// Heading of the error summary above a form.
        pub error_summary_title: &'static str,
        /// Shown when the server could not be reached or failed.
        pub try_again: &'static str,
        /// The unseen button that sends a form on Enter.
        pub send: &'static str,
        /// Before the title of a page whose form was refused.
        pub error_title: &'static str,
        /// The button that prints a page made for print.
        pub print: &'static str,
        /// Before the name of the page's language in the switch, for screen readers.
        pub current_language: &'static str,
        /// The footer's link to the privacy notice.
        pub privacy_link: &'static str,
        /// The footer's link to the accessibility statement.
        pub accessibility_link: &'static str,
    }
    /// The shared texts in `lang`.
    pub fn common => "common";
}
