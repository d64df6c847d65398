//! The server side of the app: state, storage and secrets. Compiled with the `ssr` feature only.

pub mod audit_store;
pub mod backup;
pub mod clock;
pub mod comment_store;
pub mod comparison_store;
pub mod course_store;
pub mod dashboard_store;
pub mod db;
pub mod demo_data;
pub mod evaluation_store;
pub mod handover;
pub mod institution_store;
pub mod ledger_store;
pub mod offer_store;
pub mod passwords;
pub mod population_store;
pub mod registry_store;
pub mod retention;
pub mod seal;
pub mod secret;
pub mod sessions;
pub mod settings_store;
pub mod sparring_rating_store;
pub mod sparring_store;
pub mod staff_store;
pub mod state;
pub mod surveys;
pub mod target_store;
pub mod throttle;

pub use db::{Backend, Database};
pub use secret::SecretKey;
pub use state::{AppState, Settings};
