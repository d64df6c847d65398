//! The command line's subcommands.

pub mod backup;
pub mod create_user;
pub mod demo_data;
pub mod export;
pub mod import;
pub mod issue_codes;
pub mod seal;
pub mod serve;

/// Who the audit log names for what was done from the command line (by whoever can run the
/// server's program, so an administrator of the machine).
pub const COMMAND_LINE: &str = "command line";
