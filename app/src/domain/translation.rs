//! What an administrator reviews of the portal's translations: each language's standing, and
//! a catalogue file's messages beside the Danish.

use serde::{Deserialize, Serialize};

use super::Lang;

/// One language as the review page lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageStanding {
    pub lang: Lang,
    /// The catalogue files it ships.
    pub files: usize,
    /// Whether a native speaker has reviewed every one of them.
    pub reviewed: bool,
    /// Whether parents are offered it now.
    pub offered: bool,
}

/// A catalogue file of one language beside the Danish: `(message id, Danish, the language)`,
/// placeholders shown as `{name}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CatalogueFile {
    pub feature: String,
    pub reviewed: bool,
    pub messages: Vec<(String, String, String)>,
}
