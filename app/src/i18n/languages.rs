//! The administrator's review of the translations (`languages.ftl`).

crate::texts! {
    /// Texts of the languages pages.
    pub struct Languages {
        pub title: &'static str,
        pub intro: &'static str,
        pub language: &'static str,
        pub files: &'static str,
        pub reviewed: &'static str,
        pub offered: &'static str,
        pub yes: &'static str,
        pub no: &'static str,
        /// The link to a language's side-by-side page.
        pub review: &'static str,
        pub message: &'static str,
        pub danish: &'static str,
        pub download: &'static str,
        pub back: &'static str,
        pub offered_where: &'static str,
    }
    /// The pages' texts in `lang`.
    pub fn languages => "languages";
}
