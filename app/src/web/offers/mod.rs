//! The catalogue of offers: the public catalogue and the team's list (reads), the team's
//! posts that add, change and take offers off it, and its import from a file.

pub mod read;

#[cfg(feature = "ssr")]
pub mod import;

#[cfg(feature = "ssr")]
pub mod post;
