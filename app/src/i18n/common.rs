//! Texts every page shares: header, footer, error pages.

use crate::domain::Lang;

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
}

const DA: Common = Common {
    skip_to_content: "Gå til indhold",
    programme: "Fælles Indsats",
    language_nav: "Sprog",
    footer_anonymity: "Forældres evalueringer og anonym sparring kan ikke spores tilbage til barnet eller familien.",
    not_found_title: "Siden findes ikke",
    not_found_body: "Vi kan ikke finde den side, du leder efter. Tjek adressen, eller gå til forsiden.",
    back_to_front: "Til forsiden",
    error_summary_title: "Der er et problem",
    try_again: "Noget gik galt hos os. Prøv igen om lidt.",
    send: "Send",
    error_title: "Fejl",
    print: "Udskriv",
};

const EN: Common = Common {
    skip_to_content: "Skip to content",
    programme: "Joint Effort (Fælles Indsats)",
    language_nav: "Language",
    footer_anonymity: "Parents' evaluations and anonymous consultations cannot be traced back to the child or the family.",
    not_found_title: "Page not found",
    not_found_body: "We cannot find the page you are looking for. Check the address, or go to the front page.",
    back_to_front: "Go to the front page",
    error_summary_title: "There is a problem",
    try_again: "Something went wrong on our side. Please try again shortly.",
    send: "Send",
    error_title: "Error",
    print: "Print",
};

/// The shared texts in `lang`.
pub fn common(lang: Lang) -> &'static Common {
    lang.pick(&DA, &EN)
}
