//! Administration (role admin): staff accounts, institutions, the sparring retention settings and
//! the audit log.

pub mod read;

#[cfg(feature = "ssr")]
pub mod staff;

#[cfg(feature = "ssr")]
pub mod institutions;

#[cfg(feature = "ssr")]
pub mod settings;
