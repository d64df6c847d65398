//! Lists the Fluent catalogues under `locales/<language>/<feature>.ftl` for
//! `i18n::catalogue`, which compiles them into the binary: a translator's new file is picked
//! up without anyone editing Rust.

use std::{env, fs, path::Path};

fn main() {
    let root = Path::new(&env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    let mut languages: Vec<_> = fs::read_dir(&root)
        .expect("app/locales holds the catalogues")
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .collect();
    languages.sort_by_key(|e| e.file_name());
    for language in languages {
        let code = language.file_name().to_string_lossy().into_owned();
        let mut files: Vec<_> = fs::read_dir(language.path())
            .expect("a language folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for file in files {
            let feature = file
                .file_stem()
                .expect("a file name")
                .to_string_lossy()
                .into_owned();
            entries.push(format!(
                "    ({code:?}, {feature:?}, include_str!({:?})),\n",
                file.display().to_string()
            ));
        }
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets it")).join("catalogues.rs");
    let source = format!(
        "/// `(language, feature, Fluent source)` of every shipped catalogue file.\n\
         pub(crate) const SHIPPED: &[(&str, &str, &str)] = &[\n{}];\n",
        entries.concat()
    );
    fs::write(out, source).expect("writing the catalogue list");
}
