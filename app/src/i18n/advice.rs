//! Texts of anonymous advice for citizens' form (`advice.ftl`, which every parents' language
//! ships; the pages after the form are `sparring::AskerPage`'s).

crate::texts! {
    /// Texts of the advice form.
    pub struct Advice {
        pub title: &'static str,
        /// Who may ask, about what, and how the reply comes.
        pub intro: &'static str,
        /// The warning above the fields.
        pub warning: &'static str,
        pub role: &'static str,
        pub age_band: &'static str,
        pub themes: &'static str,
        /// Hint under themes.
        pub themes_hint: &'static str,
        pub concern: &'static str,
        /// Hint under it.
        pub concern_hint: &'static str,
        pub send: &'static str,
        /// Where to turn when a child is in danger now: the form is not for emergencies.
        pub urgent: &'static str,
    }
    /// The advice form's texts in `lang`.
    pub fn advice => "advice";
}
