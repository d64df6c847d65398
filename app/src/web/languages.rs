//! The portal's languages at startup: the shipped catalogues and the municipality's rewordings
//! from its data folder.

use std::path::Path;

use crate::i18n::catalogue::{self, Catalogue};

/// Reads the overrides under `dir` (`<language>/<feature>.ftl`) and makes the catalogue the
/// process's, before any page is rendered. Returns the files read; refuses any that would
/// show a wrong text (unknown message, other placeholders, bad syntax), naming file and line.
pub fn install_catalogue(dir: &Path) -> anyhow::Result<Vec<String>> {
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
