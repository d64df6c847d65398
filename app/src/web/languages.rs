//! The portal's languages: installing the catalogue with the municipality's rewordings at
//! start-up, and what an administrator reviews of the translations – each language's
//! standing, a file beside the Danish, and the file itself to hand to a translator.

use leptos::prelude::*;

use crate::{
    domain::translation::{CatalogueFile, LanguageStanding},
    web::error::AppError,
};

/// Where a catalogue file is downloaded: `/admin/sprog/ar/evaluation.ftl`.
pub const DOWNLOAD: &str = "/admin/sprog/{code}/{file}";

/// Reads the overrides under `dir` (`<language>/<feature>.ftl`) and makes the catalogue the
/// process's, before any page is rendered. Returns the files read; refuses any that would
/// show a wrong text (unknown message, other placeholders, bad syntax), naming file and line.
#[cfg(feature = "ssr")]
pub fn install_catalogue(dir: &std::path::Path) -> anyhow::Result<Vec<String>> {
    use crate::i18n::catalogue::{self, Catalogue};
    let (installed, read) = Catalogue::with_overrides(dir)?;
    // A process that builds several apps (the tests) installs once; only overrides that
    // could not take effect are an error.
    if catalogue::install(installed).is_err() && !read.is_empty() {
        anyhow::bail!(
            "the texts were read before the overrides in {} could be installed",
            dir.display()
        );
    }
    Ok(read)
}

/// Every shipped language with its files, whether they were reviewed and whether parents are
/// offered it.
#[server(endpoint = "admin/languages")]
pub async fn read_languages() -> Result<Vec<LanguageStanding>, AppError> {
    use crate::{
        domain::{access::ADMIN, Lang},
        i18n::catalogue::catalogue,
        web::request::{app_state, require},
    };
    require(ADMIN)?;
    let offered = app_state()?.published().parents_languages;
    Ok(Lang::ALL
        .into_iter()
        .map(|lang| LanguageStanding {
            lang,
            files: catalogue().files(lang).len(),
            reviewed: catalogue().reviewed(lang),
            offered: lang == crate::domain::Lang::Da
                || lang == crate::domain::Lang::En
                || offered.contains(&lang),
        })
        .collect())
}

/// The language `code`'s files beside the Danish.
#[server(endpoint = "admin/catalogue")]
pub async fn read_catalogue(code: String) -> Result<Vec<CatalogueFile>, AppError> {
    use crate::{
        domain::{access::ADMIN, Lang},
        i18n::catalogue::catalogue,
        web::request::require,
    };
    require(ADMIN)?;
    let lang = Lang::parse(&code).ok_or(AppError::NotFound)?;
    Ok(catalogue().side_by_side(lang))
}

/// The shipped file `file` (`evaluation.ftl`) of the language `code`, as a translator's
/// tools read it.
#[cfg(feature = "ssr")]
pub async fn download(
    axum::extract::Path((code, file)): axum::extract::Path<(String, String)>,
) -> axum::response::Response {
    use axum::response::IntoResponse as _;
    use http::{header, StatusCode};

    use crate::{domain::Lang, i18n::catalogue::Catalogue};
    let source = Lang::parse(&code).and_then(|lang| {
        let feature = file.strip_suffix(".ftl")?;
        Catalogue::source(lang, feature)
    });
    match source {
        Some(source) => (
            [
                (header::CONTENT_TYPE, "text/plain; charset=utf-8".to_owned()),
                (
                    header::CONTENT_DISPOSITION,
                    format!("attachment; filename=\"tidlig-{code}-{file}\""),
                ),
            ],
            source,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "No such catalogue file.").into_response(),
    }
}
