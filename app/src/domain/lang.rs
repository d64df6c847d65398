//! The reader's language. Chosen per request (`?lang=`, then a cookie), never stored with an
//! answer. The parents' journey is offered in eight languages – the ones Danish municipalities'
//! families most often read better than Danish – and every other page in Danish and English.

use serde::{Deserialize, Serialize};

/// The reader's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Danish, the default.
    #[default]
    Da,
    En,
    Ar,
    Tr,
    So,
    Uk,
    Pl,
    Ur,
}

/// Which way a language's script runs, as `<html dir>` says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    LeftToRight,
    RightToLeft,
}

impl Direction {
    /// The value of a `dir` attribute.
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::LeftToRight => "ltr",
            Direction::RightToLeft => "rtl",
        }
    }
}

impl Lang {
    /// The name of the cookie that remembers a reader's choice of language.
    pub const COOKIE: &'static str = "tidlig_lang";

    /// Every language the portal ships, Danish first.
    pub const ALL: [Lang; 8] = [
        Lang::Da,
        Lang::En,
        Lang::Ar,
        Lang::Tr,
        Lang::So,
        Lang::Uk,
        Lang::Pl,
        Lang::Ur,
    ];

    /// The languages of every page that is not the parents' journey.
    pub const DANISH_AND_ENGLISH: [Lang; 2] = [Lang::Da, Lang::En];

    /// The ISO 639-1 code, as used in `lang` attributes, `?lang=` and the catalogues' folders.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Tr => "tr",
            Lang::So => "so",
            Lang::Uk => "uk",
            Lang::Pl => "pl",
            Lang::Ur => "ur",
        }
    }

    /// Reads a language code; anything else is not a language we have.
    pub fn parse(code: &str) -> Option<Self> {
        let code = code.trim();
        Lang::ALL.into_iter().find(|lang| lang.code() == code)
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
            Lang::Ar => "العربية",
            Lang::Tr => "Türkçe",
            Lang::So => "Soomaali",
            Lang::Uk => "Українська",
            Lang::Pl => "Polski",
            Lang::Ur => "اردو",
        }
    }

    /// Which way the language is written.
    pub fn direction(self) -> Direction {
        match self {
            Lang::Ar | Lang::Ur => Direction::RightToLeft,
            _ => Direction::LeftToRight,
        }
    }

    /// The language a page offered in `offered` is shown in for a reader who asked for this
    /// one: the same if offered, else English (read by more of those who chose a third
    /// language than Danish is), else Danish.
    pub fn within(self, offered: &[Lang]) -> Lang {
        if offered.contains(&self) {
            self
        } else if offered.contains(&Lang::En) && self != Lang::Da {
            Lang::En
        } else {
            Lang::Da
        }
    }

    /// The language the two-language switch offers.
    pub fn other(self) -> Self {
        match self {
            Lang::Da => Lang::En,
            _ => Lang::Da,
        }
    }

    /// Picks the Danish or the English of a pair (English for every other language).
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            _ => en,
        }
    }
}

/// The addresses of the parents' journey, the pages (and posts) offered in every shipped
/// language: the evaluation, the citizens' anonymous advice and the catalogue of offers.
pub const PARENTS_PAGES: [&str; 10] = [
    "/",
    "/evaluering",
    "/evaluering/kvittering",
    super::publishing::PRIVACY_PAGE,
    ADVICE.form,
    ADVICE.sent,
    ADVICE.receipt,
    ADVICE.reply,
    ADVICE.rating,
    "/tilbud",
];

const ADVICE: super::advice::Desk = super::sparring::AskerKind::Citizen.desk();

/// The languages the page at `path` is offered in, `parents` being those the administrator
/// offers to parents.
pub fn offered_at<'a>(path: &str, parents: &'a [Lang]) -> &'a [Lang] {
    if PARENTS_PAGES.contains(&path) {
        parents
    } else {
        &Lang::DANISH_AND_ENGLISH
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_reads_back_as_its_language() {
        for lang in Lang::ALL {
            assert_eq!(Lang::parse(lang.code()), Some(lang));
        }
        assert_eq!(Lang::parse("de"), None);
    }

    #[test]
    fn a_third_language_falls_back_to_english_on_danish_and_english_pages() {
        assert_eq!(Lang::Ar.within(&Lang::DANISH_AND_ENGLISH), Lang::En);
        assert_eq!(Lang::Da.within(&Lang::DANISH_AND_ENGLISH), Lang::Da);
        assert_eq!(Lang::Ur.within(&Lang::ALL), Lang::Ur);
        assert_eq!(Lang::Tr.within(&[Lang::Da]), Lang::Da);
    }

    #[test]
    fn arabic_and_urdu_run_right_to_left() {
        let rtl: Vec<Lang> = Lang::ALL
            .into_iter()
            .filter(|l| l.direction() == Direction::RightToLeft)
            .collect();
        assert_eq!(rtl, [Lang::Ar, Lang::Ur]);
    }
}
