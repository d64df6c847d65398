//! The duty to notify, said before a professional asks for sparring (`duty_to_notify.ftl`).

crate::texts! {
    /// Texts of the duty-to-notify notice.
    pub struct DutyToNotify {
        pub title: &'static str,
        pub body: &'static str,
        /// The link to the municipality's notification page.
        pub link: &'static str,
        /// Where no notification page is set.
        pub no_link: &'static str,
    }
    /// The notice's texts in `lang`.
    pub fn duty_to_notify => "duty_to_notify";
}
