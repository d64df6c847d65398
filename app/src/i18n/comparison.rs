//! The words of the comparison with others (`comparison.ftl`): the tables' caption and the
//! names of the groups and key figures the published sources use. A key the catalogue does not
//! name is shown as it was imported, its underscores as spaces, so a new file still reads.

use super::catalogue::{catalogue, text, Template};
use crate::domain::Lang;

crate::texts! {
    /// The comparison tables' words.
    pub struct ComparisonText {
        /// A table's caption, with `{ $year }`.
        pub title: Template,
        /// Head of the group column.
        pub group: &'static str,
        /// Under the tables: where the figures come from, and why nothing is hidden.
        pub note: &'static str,
    }
    /// The comparison words in `lang`.
    pub fn comparison_text => "comparison";
}

/// The catalogue's name for `key` of `kind` (`group`, `indicator`), else the key made readable.
fn name(lang: Lang, kind: &str, key: &str) -> String {
    let id = format!("comparison_{kind}-{key}");
    if catalogue().has(lang, &id) {
        text(lang, &id, &[])
    } else {
        super::capitalised(&key.replace('_', " "))
    }
}

/// A group's name: "Landet", "Region Nordjylland" …
pub fn group_name(lang: Lang, key: &str) -> String {
    name(lang, "group", key)
}

/// A key figure's name.
pub fn indicator_name(lang: Lang, key: &str) -> String {
    name(lang, "indicator", key)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_keys_are_named_and_others_made_readable() {
        assert_eq!(group_name(Lang::Da, "national"), "Hele landet");
        assert_eq!(group_name(Lang::En, "national"), "Denmark");
        assert_eq!(group_name(Lang::Da, "region_sjaelland"), "Region sjaelland");
        assert_eq!(
            indicator_name(Lang::En, "net_expenditure_dkk_per_0_22"),
            "Net expenditure, DKK per 0–22-year-old"
        );
    }
}
