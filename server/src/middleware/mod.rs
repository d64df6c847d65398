//! Layers every response passes through.

pub mod access;
pub mod body_limit;
pub mod cache_control;
pub mod csrf;
pub mod observability;
pub mod security_headers;
pub mod server_fn_status;
