//! Server functions: thin wrappers that parse, authorise and call the server-side code.
//! Each has a stable endpoint under `/api/`, so the browser build, HTTP tests and load benches
//! agree on its address whatever the checkout path. Staff endpoints live under the access
//! prefixes of `crate::access` (`/api/admin/`, `/api/team/`, `/api/lead/`, `/api/session/`)
//! and check the role again themselves.

pub mod admin;
pub mod courses;
pub mod dashboard;
pub mod evaluation;
pub mod session;
pub mod sparring;
