//! One module per page, rendered on the server.

pub mod accessibility;
pub mod account;
pub mod admin;
pub mod advice;
pub mod evaluation;
pub mod interrupted;
pub mod landing;
pub mod lead;
pub mod lead_import;
pub mod lead_report;
pub mod lead_targets;
pub mod login;
pub mod not_found;
pub mod offers;
pub mod privacy;
pub mod sparring;
pub mod staff_start;
pub mod team_codes;
pub mod team_comments;
pub mod team_courses;
pub mod team_offers;
pub mod team_sparring;
