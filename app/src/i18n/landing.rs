//! The front page, which routes parents, professionals and staff.

crate::texts! {
    /// Texts of the front page.
    pub struct Landing {
        /// Browser tab title.
        pub title: &'static str,
        /// Main heading.
        pub heading: &'static str,
        /// One sentence under the heading.
        pub intro: &'static str,
        /// Parents' card: heading.
        pub parents_heading: &'static str,
        /// Parents' card: who it is for and the promise of anonymity.
        pub parents_body: &'static str,
        /// Citizens' card: heading.
        pub advice_heading: &'static str,
        /// Citizens' card: who may ask anonymously.
        pub advice_body: &'static str,
        /// Citizens' card: link to the advice form.
        pub advice_link: &'static str,
        /// Citizens' card: link for those who hold a receipt code.
        pub advice_receipt_link: &'static str,
        /// Professionals' card: heading.
        pub sparring_heading: &'static str,
        /// Professionals' card: what sparring is.
        pub sparring_body: &'static str,
        /// Professionals' card: link to the request form.
        pub sparring_link: &'static str,
        /// Professionals' card: link for those who hold a receipt code.
        pub sparring_receipt_link: &'static str,
        /// The way to the catalogue of offers.
        pub offers_link: &'static str,
        /// Staff card: heading.
        pub staff_heading: &'static str,
        /// Staff card: who logs in.
        pub staff_body: &'static str,
        /// Staff card: link to the login page.
        pub staff_link: &'static str,
    }
    /// The front page's texts in `lang`.
    pub fn landing => "landing";
}
