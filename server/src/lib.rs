//! Tidlig's server: configuration, start-up, middleware and the command line's subcommands.
//! `main.rs` is only the command line; tests drive the same functions.

pub mod assets;
pub mod commands;
pub mod config;
pub mod health;
pub mod metrics;
pub mod middleware;
pub mod startup;
pub mod telemetry;
