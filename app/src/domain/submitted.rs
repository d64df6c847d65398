//! A form the server refused, handed back to its page: which form, what was typed and what is
//! wrong, so the page shows everything again with a message at each field.

use super::FieldError;

/// A form the server refused: which one, what was typed, and what is wrong.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Submitted {
    /// The form's name (a page may hold several).
    pub form: String,
    /// The submitted values in order, by field name (secrets such as passwords are never
    /// kept); a name may repeat (checkboxes).
    pub values: Vec<(String, String)>,
    /// The problems, in the order of the fields.
    pub errors: Vec<FieldError>,
}

impl Submitted {
    /// The value typed into `field` (the last, if repeated).
    pub fn value(&self, field: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(name, _)| name == field)
            .map(|(_, value)| value.as_str())
    }

    /// Every value sent for `field` (ticked checkboxes).
    pub fn all_values(&self, field: &str) -> Vec<String> {
        self.values
            .iter()
            .filter(|(name, _)| name == field)
            .map(|(_, value)| value.clone())
            .collect()
    }

    /// The problem with `field`, if any.
    pub fn error(&self, field: &str) -> Option<&FieldError> {
        self.errors.iter().find(|e| e.field == field)
    }
}
