//! The words of the catalogue of offers: the public page (`offers.ftl`, which the parents'
//! languages ship too), and the team's pages that keep it (`team_offers.ftl`).

crate::texts! {
    /// The public catalogue.
    pub struct OffersText {
        pub title: &'static str,
        pub intro: &'static str,
        /// Under the intro in every language but Danish: the offers' own texts are Danish.
        pub language_note: &'static str,
        pub filters: &'static str,
        pub age_band: &'static str,
        pub theme: &'static str,
        pub step: &'static str,
        pub all: &'static str,
        pub show: &'static str,
        /// `{shown}` of `{all}`.
        pub shown: crate::i18n::catalogue::Template,
        pub none: &'static str,
        /// The heading of the offers on no step.
        pub open_to_all: &'static str,
        pub staircase_title: &'static str,
        pub staircase_hint: &'static str,
        /// An offer's headings.
        pub purpose: &'static str,
        pub for_whom: &'static str,
        pub provider: &'static str,
        pub access: &'static str,
        pub duration: &'static str,
        pub contact: &'static str,
        pub experience: &'static str,
        pub effect: &'static str,
        /// The disclosure of an offer's other details.
        pub more: &'static str,
        /// `{n}` offers.
        pub count: crate::i18n::catalogue::Template,
        /// The heading of the offers a reply points to.
        pub pointed: &'static str,
    }
    /// The catalogue's words in `lang`.
    pub fn offers_text => "offers";
}

crate::texts! {
    /// The team's pages of the catalogue.
    pub struct TeamOffersText {
        pub title: &'static str,
        pub intro: &'static str,
        pub public: &'static str,
        pub new: &'static str,
        pub new_title: &'static str,
        pub edit_title: &'static str,
        pub save: &'static str,
        /// The form's fields, and hints.
        pub name: &'static str,
        pub purpose: &'static str,
        pub purpose_hint: &'static str,
        pub age_bands: &'static str,
        pub themes: &'static str,
        pub provider: &'static str,
        pub access: &'static str,
        pub duration: &'static str,
        pub duration_hint: &'static str,
        pub step: &'static str,
        pub no_step: &'static str,
        pub contact: &'static str,
        pub experience: &'static str,
        pub effect: &'static str,
        pub status: &'static str,
        pub on: &'static str,
        pub off: &'static str,
        pub take_off: &'static str,
        pub put_back: &'static str,
        pub back: &'static str,
        pub import: &'static str,
        pub import_format: &'static str,
        /// `{a}` offers stored.
        pub imported: crate::i18n::catalogue::Template,
    }
    /// The team's catalogue words in `lang`.
    pub fn team_offers_text => "team_offers";
}
