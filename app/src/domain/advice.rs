//! Anonymous advice for citizens (Barnets Lov §§ 28–29): a parent, a young person or another
//! citizen asks the FI team about a child without naming it or themselves. Their request is a
//! sparring request of the citizen kind (`domain::sparring`) with the same receipt,
//! conversation, retention and rating, and without a workplace, a contact or the
//! professionals' questions.

use super::{
    form::{Fields, Problems},
    sparring::{Asker, AskerKind, NewRequest},
    FieldError,
};

pub use super::sparring::CitizenRole;

/// The advice form's name (field ids are `{FORM}-{field}`).
pub const FORM: &str = "advice";

/// The advice form's `<form>` id.
pub const FORM_ID: &str = "advice-form";

/// The disclosure family of a statement of the citizens' rating (`helped` →
/// `advice_rating_helped`), apart from the professionals' rating of the same statement.
pub fn advice_rating_family(question: &str) -> String {
    format!("advice_rating_{question}")
}

/// The pages and posts of one kind of asker: the request form, its receipt, the page opened
/// with the receipt, the reply and the rating.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Desk {
    pub form: &'static str,
    pub sent: &'static str,
    pub receipt: &'static str,
    pub reply: &'static str,
    pub rating: &'static str,
}

impl AskerKind {
    pub const fn desk(self) -> Desk {
        match self {
            AskerKind::Professional => Desk {
                form: "/sparring",
                sent: "/sparring/sendt",
                receipt: "/sparring/kvittering",
                reply: "/sparring/svar",
                rating: "/sparring/vurdering",
            },
            AskerKind::Citizen => Desk {
                form: "/raad",
                sent: "/raad/sendt",
                receipt: "/raad/kvittering",
                reply: "/raad/svar",
                rating: "/raad/vurdering",
            },
        }
    }
}

impl NewRequest {
    /// Reads the advice form (`/raad`); every problem is reported. A citizen gives only who
    /// they are, the child's age band, the themes and the concern.
    pub fn parse_advice(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let role = problems.check("role", CitizenRole::parse(form.get("role")));
        let (age_band, themes, concern) = Self::parse_child(form, &mut problems);
        problems.finish(|| {
            Some(Self {
                asker: Asker::Citizen(role?),
                workplace: None,
                age_band: age_band?,
                themes: themes?,
                concern: concern?,
                parents_know: None,
                preferred_form: None,
                contact: Default::default(),
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{sparring::AgeBand, Problem};

    #[test]
    fn a_citizen_gives_no_workplace_and_no_contact() {
        let form = vec![
            ("role", "parent"),
            ("age_band", "6-9"),
            ("themes", "trivsel"),
            ("themes", "fravaer"),
            ("concern", "Min søn vil ikke i skole om morgenen og græder"),
            // Fields of the professionals' form are not read from a citizen.
            ("contact_phone", "12 34 56 78"),
            ("institution", "1"),
        ];
        let request = NewRequest::parse_advice(&form).expect("a parent's request");
        assert_eq!(request.asker.kind(), AskerKind::Citizen);
        assert_eq!(request.age_band, AgeBand::Age6To9);
        assert_eq!(request.themes.len(), 2);
        assert_eq!(request.workplace, None);
        assert_eq!(request.contact.phone, None);
        assert_eq!(request.parents_know, None);
    }

    #[test]
    fn a_professional_role_is_not_a_citizen_role() {
        let form = vec![
            ("role", "laerer"),
            ("age_band", "6-9"),
            ("themes", "trivsel"),
            ("concern", "Barnet 010203-1234 vil ikke i skole om morgenen"),
        ];
        let errors = NewRequest::parse_advice(&form).expect_err("refused");
        let problems: Vec<(&str, Problem)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect();
        assert!(problems.contains(&("role", Problem::NotAChoice)));
        assert!(problems.contains(&("concern", Problem::ContainsCpr)));
    }
}
