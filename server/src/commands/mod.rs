//! The command line's subcommands.

pub mod backup;
pub mod create_user;
pub mod demo_data;
pub mod export;
pub mod import;
pub mod issue_codes;
pub mod seal;
pub mod serve;
