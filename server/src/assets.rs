//! The built front end's file names, which carry content hashes so browsers may cache them
//! for a year. `scripts/build-site.sh` writes them to `assets.txt` in the site root.

use std::path::Path;

/// Names of the hashed front-end files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assets {
    /// Leptos's output name: the script is `/pkg/{name}.js`, the WebAssembly `/pkg/{name}_bg.wasm`.
    pub output_name: String,
    /// Address of the stylesheet.
    pub stylesheet: String,
}

/// Name of the manifest file in the site root.
pub const MANIFEST: &str = "assets.txt";

impl Assets {
    /// Reads the manifest. Without one (the front end was not built, as in the HTTP tests) the
    /// pages still render, pointing at unhashed names.
    pub fn load(site_root: &Path) -> Self {
        let path = site_root.join(MANIFEST);
        let mut assets = Assets {
            output_name: "tidlig".into(),
            stylesheet: "/pkg/tidlig.css".into(),
        };
        match std::fs::read_to_string(&path) {
            Ok(text) => {
                for line in text.lines() {
                    match line.split_once('=') {
                        Some(("output_name", value)) => assets.output_name = value.trim().into(),
                        Some(("stylesheet", value)) => assets.stylesheet = value.trim().into(),
                        _ => {}
                    }
                }
            }
            Err(_) => tracing::warn!(
                path = %path.display(),
                "no front-end manifest: pages render without WebAssembly (run `make build`)"
            ),
        }
        assets
    }
}
