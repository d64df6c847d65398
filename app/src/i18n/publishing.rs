//! What the municipality publishes: the administrator's form (`publishing.ftl`).

crate::texts! {
    /// Texts of the form for the municipality's published details.
    pub struct PublishingForm {
        pub title: &'static str,
        pub intro: &'static str,
        pub controller: &'static str,
        pub controller_hint: &'static str,
        pub contact: &'static str,
        pub contact_hint: &'static str,
        pub dpo: &'static str,
        pub dpo_hint: &'static str,
        pub notification_url: &'static str,
        pub notification_url_hint: &'static str,
        pub accessibility_url: &'static str,
        pub accessibility_url_hint: &'static str,
        pub languages: &'static str,
        pub languages_hint: &'static str,
        pub save: &'static str,
    }
    /// The form's texts in `lang`.
    pub fn publishing_form => "publishing";
}
