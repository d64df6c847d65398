//! The parents' comments as the FI team reads them (a read only: comments are written with the
//! evaluation and deleted by the upkeep).

pub mod read;
