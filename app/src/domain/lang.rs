//! The reader's language: Danish first, English too. Chosen per request (`?lang=`, then a
//! cookie), never stored with an answer.

use serde::{Deserialize, Serialize};

/// The reader's language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Lang {
    /// Danish, the default.
    #[default]
    Da,
    /// English.
    En,
}

impl Lang {
    /// The name of the cookie that remembers a reader's choice of language.
    pub const COOKIE: &'static str = "tidlig_lang";

    /// The ISO 639-1 code, as used in `lang` attributes and `?lang=`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Da => "da",
            Lang::En => "en",
        }
    }

    /// Reads `da` or `en`; anything else is not a language we have.
    pub fn parse(code: &str) -> Option<Self> {
        match code.trim() {
            "da" => Some(Lang::Da),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    /// The language the switch offers.
    pub fn other(self) -> Self {
        match self {
            Lang::Da => Lang::En,
            Lang::En => Lang::Da,
        }
    }

    /// The language's name in itself, as the switch shows it.
    pub fn name(self) -> &'static str {
        match self {
            Lang::Da => "Dansk",
            Lang::En => "English",
        }
    }

    /// Picks the Danish or the English of a pair.
    pub fn pick<T>(self, da: T, en: T) -> T {
        match self {
            Lang::Da => da,
            Lang::En => en,
        }
    }
}
