//! Domain types and pure rules, compiled for both the browser and the server.
//!
//! Every type here is parsed, not validated: its field is private and the only way in is a
//! `parse` constructor that returns a [`Problem`] naming what is wrong.

pub mod access;
pub mod area;
pub mod audit;
pub mod choice;
pub mod comment;
pub mod course;
#[cfg(feature = "ssr")]
pub mod course_import;
pub mod cpr;
#[cfg(feature = "ssr")]
pub mod csv_input;
pub mod dashboard;
pub mod evaluation;
pub mod evaluation_code;
pub mod form;
pub mod identifying;
pub mod institution;
pub mod lang;
pub mod notice;
pub mod problem;
pub mod registry;
#[cfg(feature = "ssr")]
pub mod registry_import;
pub mod site;
pub mod sparring;
pub mod staff;
pub mod submitted;
pub mod table;

pub use access::{Interruption, SessionEnd};
pub use area::Area;
pub use comment::Comment;
pub use evaluation::{Agreement, Answers, Satisfaction};
pub use evaluation_code::{CodeStatus, EvaluationCode};
pub use institution::Institution;
pub use lang::Lang;
pub use notice::Notice;
pub use problem::{FieldError, ImportError, ImportOutcome, Problem};
pub use site::Site;
pub use staff::{CurrentStaff, Password, Profession, Role, StaffEmail, StaffMember, StaffName};
pub use submitted::Submitted;
