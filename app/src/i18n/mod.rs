//! Danish first, English too.
//!
//! Texts are plain structs, one per page or feature, with a Danish and an English value: a
//! missing translation is a compile error, and an island links only the texts it uses. The
//! language itself is a domain type, [`crate::domain::Lang`].

pub mod admin;
pub mod audit;
pub mod comments;
pub mod common;
pub mod courses;
pub mod dashboard;
pub mod dates;
pub mod evaluation;
pub mod figures;
pub mod goals;
pub mod imports;
pub mod landing;
pub mod notices;
pub mod problems;
pub mod professionals;
pub mod refusals;
pub mod sparring;
pub mod staff;

/// `template` with each `{name}` replaced by its value.
pub fn fill(template: &str, values: &[(&str, String)]) -> String {
    values
        .iter()
        .fold(template.to_owned(), |text, (name, value)| {
            text.replace(&format!("{{{name}}}"), value)
        })
}
