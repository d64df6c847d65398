//! The institutions (daycares, childminding groups, schools) the FI team serves.

use serde::{Deserialize, Serialize};

use super::Area;

/// An institution as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
    /// Id.
    pub id: i64,
    /// Name, unique in the municipality.
    pub name: String,
    /// Its area, which evaluations and figures are grouped by.
    pub area: Area,
    /// The district (skoledistrikt) it lies in.
    pub district: String,
    /// Whether it is offered in lists for new registrations.
    pub active: bool,
}
