//! The FI team's course register: the list and one course (reads), a new course, meetings,
//! closing and the parents' card (posts), and the import of earlier registrations.

pub mod read;

#[cfg(feature = "ssr")]
pub mod post;

#[cfg(feature = "ssr")]
pub mod import;
