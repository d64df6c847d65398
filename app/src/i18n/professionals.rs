//! The professionals' evaluation of a course, its cards, and the askers' rating of sparring.

use crate::domain::{
    professional_evaluation::{QUESTIONS, RATING_QUESTIONS},
    sparring::AskerKind,
    Lang,
};

crate::texts! {
    /// Texts of the professionals' questionnaire and its receipt.
    pub struct Questionnaire {
        pub title: &'static str,
        pub intro: &'static str,
        pub difference: &'static str,
        pub collaboration: &'static str,
        pub competence: &'static str,
        pub work_group: &'static str,
        /// The groups, in `WorkGroup::ALL`'s order.
        pub groups: [&'static str; 4],
        /// Short names of the five fields, for the error summary.
        pub short: [&'static str; 5],
        pub comment: &'static str,
        pub comment_hint: &'static str,
        pub submit: &'static str,
        pub receipt_title: &'static str,
        pub receipt_body: &'static str,
        pub receipt_after: &'static str,
    }
    /// The professionals' questionnaire in `lang`.
    pub fn questionnaire => "professional_questionnaire";
}

/// `(field, short name)` of the professionals' fields in `lang`, for the error summary.
pub fn field_names(lang: Lang) -> Vec<(&'static str, &'static str)> {
    QUESTIONS
        .iter()
        .copied()
        .chain(["comment"])
        .zip(questionnaire(lang).short)
        .collect()
}

crate::texts! {
    /// Texts of the team's issuing of professionals' codes on a closed course, and of their sheet.
    pub struct Issuing {
        pub title: &'static str,
        /// How many may be issued: `{left}` of `{roles}`.
        pub intro: crate::i18n::catalogue::Template,
        pub count: &'static str,
        pub button: &'static str,
        /// When none are left: `{issued}`.
        pub done: crate::i18n::catalogue::Template,
        /// When no professional roles were registered.
        pub none: &'static str,
        /// Above the links on the sheet.
        pub links_title: &'static str,
        pub links_intro: &'static str,
    }
    /// The issuing texts in `lang`.
    pub fn issuing => "professional_codes";
}

crate::texts! {
    /// Texts of the asker's rating of a closed sparring request.
    pub struct Rating {
        pub title: &'static str,
        pub intro: &'static str,
        /// The three statements, in `RATING_QUESTIONS`' order.
        pub statements: [&'static str; 3],
        pub submit: &'static str,
        /// Once this receipt has rated.
        pub thanks: &'static str,
    }
    /// The rating texts in `lang`.
    pub fn rating => "rating";
    /// The citizens' rating texts in `lang` (`advice.ftl`).
    pub fn advice_rating => "advice_rating";
}

impl Rating {
    /// The rating texts of `kind` of asker.
    pub fn of(lang: Lang, kind: AskerKind) -> &'static Rating {
        match kind {
            AskerKind::Professional => rating(lang),
            AskerKind::Citizen => advice_rating(lang),
        }
    }

    /// `(field, statement)` for the error summary.
    pub fn names(&self) -> Vec<(&'static str, &'static str)> {
        RATING_QUESTIONS
            .iter()
            .copied()
            .zip(self.statements)
            .collect()
    }
}
