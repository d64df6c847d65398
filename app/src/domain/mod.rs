//! Domain types and pure rules, compiled for both the browser and the server (what needs dates
//! or CSV is server only).
//!
//! A value a person typed is parsed, not validated: a newtype's field is private and the only
//! way in is a `parse` constructor that returns a [`Problem`] naming what is wrong, and a form
//! is read by a constructor such as `NewCourse::parse` that reports every problem at once. The
//! transfer types (`Course`, `SparringRequest`, `Dashboard` …) are plain data that storage
//! builds and pages show.

pub mod access;
pub mod advice;
pub mod area;
pub mod audit;
pub mod choice;
pub mod comment;
#[cfg(feature = "ssr")]
pub mod common_passwords;
#[cfg(feature = "ssr")]
pub mod comparison;
pub mod course;
#[cfg(feature = "ssr")]
pub mod course_import;
pub mod cpr;
#[cfg(feature = "ssr")]
pub mod csv_input;
pub mod dashboard;
pub mod disclosure;
pub mod district;
pub mod evaluation;
pub mod evaluation_code;
pub mod form;
pub mod identifying;
pub mod institution;
pub mod lang;
pub mod notice;
pub mod offer;
#[cfg(feature = "ssr")]
pub mod offer_import;
pub mod parent_comments;
pub mod period;
#[cfg(feature = "ssr")]
pub mod population;
pub mod problem;
pub mod professional_evaluation;
pub mod publishing;
pub mod registry;
#[cfg(feature = "ssr")]
pub mod registry_import;
pub mod settings;
pub mod site;
pub mod sparring;
pub mod staff;
pub mod submitted;
pub mod table;
pub mod target;
pub mod translation;

pub use access::{Interruption, SessionEnd};
pub use area::Area;
pub use comment::Comment;
pub use evaluation::{Agreement, Answers, Satisfaction};
pub use evaluation_code::{CodeStatus, EvaluationCode, Respondent};
pub use institution::Institution;
pub use lang::Lang;
pub use notice::Notice;
pub use problem::{FieldError, ImportError, ImportOutcome, Problem, Shown};
pub use site::{PageRequest, Site};
pub use staff::{CurrentStaff, Password, Profession, Role, StaffEmail, StaffMember, StaffName};
pub use submitted::Submitted;
