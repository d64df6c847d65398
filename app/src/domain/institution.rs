//! The institutions (daycares, childminding groups, schools) the FI team serves.

use serde::{Deserialize, Serialize};

use super::{
    form::{required_text, short_text, Fields, Problems},
    Area, FieldError,
};

/// An institution as the register holds it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Institution {
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

/// Longest institution name or district accepted.
pub const MAX_NAME: usize = 100;

/// An institution's name, area and district, as the administration's forms give them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InstitutionDetails {
    pub name: String,
    pub area: Area,
    pub district: String,
}

impl InstitutionDetails {
    /// Reads the form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let name = problems.check("name", required_text(form.get("name"), MAX_NAME));
        let area = problems.check("area", Area::parse(form.get("area")));
        let district = problems.check("district", short_text(form.get("district"), MAX_NAME));
        problems.finish(|| {
            Some(Self {
                name: name?,
                area: area?,
                district: district?,
            })
        })
    }
}
