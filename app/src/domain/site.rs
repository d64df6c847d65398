//! Facts about the installation that every page may show.

/// Facts about the installation that every page may show.
#[derive(Debug, Clone, Default)]
pub struct Site {
    /// The municipality's name.
    pub municipality: String,
    /// Address of the hashed stylesheet.
    pub stylesheet: String,
}
