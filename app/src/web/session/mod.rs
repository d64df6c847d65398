//! The staff session: keeping it alive (read), logging in and out, and changing one's own
//! password.

pub mod read;

#[cfg(feature = "ssr")]
pub mod login;

#[cfg(feature = "ssr")]
pub mod password;
