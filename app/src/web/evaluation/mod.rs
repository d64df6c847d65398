//! The parents' evaluation: checking a code (read), the answers (post), and the FI team's issuing
//! of codes and their cards.

pub mod read;

#[cfg(feature = "ssr")]
pub mod post;

#[cfg(feature = "ssr")]
pub mod codes;
