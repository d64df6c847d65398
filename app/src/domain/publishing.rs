//! What a municipality publishes about itself on the portal: who is responsible for the data
//! and how to reach them (the privacy notices), where its notification page and its
//! accessibility statement are, and which languages parents are offered.

use serde::{Deserialize, Serialize};

use super::{
    form::{required_text, short_text, Fields, Problems},
    FieldError, Lang, Problem,
};

/// The municipality's published details, set by an administrator.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Publishing {
    /// The data controller, as the privacy notices name it ("Eksempel Kommune, Torvet 1, …").
    pub controller: String,
    /// How citizens reach the controller (e-mail, phone).
    pub contact: String,
    /// How to reach the data protection officer.
    pub dpo: String,
    /// The municipality's page for notifications about a child (`https://…`), or empty.
    pub notification_url: String,
    /// The accessibility statement in the Agency for Digital Government's WAS tool, or empty.
    pub accessibility_url: String,
    /// The languages parents are offered, Danish always among them.
    pub parents_languages: Vec<Lang>,
}

/// The parents' privacy notice (the professionals' and the staff's are below it).
pub const PRIVACY_PAGE: &str = "/privatliv";
pub const ASKERS_PRIVACY_PAGE: &str = "/privatliv/fagpersoner";
pub const STAFF_PRIVACY_PAGE: &str = "/privatliv/medarbejdere";

/// The portal's page on accessibility (the statement itself is in the WAS tool).
pub const ACCESSIBILITY_PAGE: &str = "/tilgaengelighed";

/// The longest text a detail may be.
pub const MAX_DETAIL: usize = 300;

fn web_address(raw: &str) -> Result<String, Problem> {
    let text = short_text(raw, MAX_DETAIL)?;
    let valid = text.is_empty()
        || (text.starts_with("https://")
            && text.len() > "https://".len()
            && !text.contains(char::is_whitespace));
    if valid {
        Ok(text)
    } else {
        Err(Problem::WebAddress)
    }
}

impl Publishing {
    /// Before an administrator has said anything: the municipality's name as controller, and
    /// every shipped language.
    pub fn defaults(municipality: &str) -> Self {
        Publishing {
            controller: municipality.to_owned(),
            contact: String::new(),
            dpo: String::new(),
            notification_url: String::new(),
            accessibility_url: String::new(),
            parents_languages: Lang::ALL.to_vec(),
        }
    }

    /// Reads the administration's form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let controller = problems.check(
            "controller",
            required_text(form.get("controller"), MAX_DETAIL),
        );
        let contact = problems.check("contact", short_text(form.get("contact"), MAX_DETAIL));
        let dpo = problems.check("dpo", short_text(form.get("dpo"), MAX_DETAIL));
        let notification_url = problems.check(
            "notification_url",
            web_address(form.get("notification_url")),
        );
        let accessibility_url = problems.check(
            "accessibility_url",
            web_address(form.get("accessibility_url")),
        );
        let chosen: Result<Vec<Lang>, Problem> = form
            .all("languages")
            .into_iter()
            .map(|code| Lang::parse(code).ok_or(Problem::NotAChoice))
            .collect();
        // Danish is always offered: the portal is a Danish authority's.
        let languages = problems.check(
            "languages",
            chosen.map(|chosen| {
                Lang::ALL
                    .into_iter()
                    .filter(|lang| *lang == Lang::Da || chosen.contains(lang))
                    .collect::<Vec<_>>()
            }),
        );
        problems.finish(|| {
            Some(Self {
                controller: controller?,
                contact: contact?,
                dpo: dpo?,
                notification_url: notification_url?,
                accessibility_url: accessibility_url?,
                parents_languages: languages?,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn form(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
        pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect()
    }

    #[test]
    fn the_details_are_read_and_danish_is_always_offered() {
        let read = Publishing::parse(&form(&[
            (
                "controller",
                " Eksempel Kommune, Torvet 1, 4000 Eksempelby ",
            ),
            ("contact", "kommune@eksempel.dk"),
            ("dpo", "dpo@eksempel.dk"),
            ("notification_url", "https://eksempel.dk/underret"),
            ("accessibility_url", ""),
            ("languages", "ar"),
            ("languages", "en"),
        ]))
        .expect("valid");
        assert_eq!(
            read.controller,
            "Eksempel Kommune, Torvet 1, 4000 Eksempelby"
        );
        assert_eq!(read.parents_languages, [Lang::Da, Lang::En, Lang::Ar]);
    }

    #[test]
    fn every_problem_is_named_by_its_field() {
        let errors = Publishing::parse(&form(&[
            ("controller", ""),
            ("notification_url", "eksempel.dk/underret"),
            ("accessibility_url", "https://was.digst.dk/ x"),
            ("languages", "de"),
        ]))
        .expect_err("invalid");
        assert_eq!(
            errors,
            vec![
                FieldError::new("controller", Problem::Required),
                FieldError::new("notification_url", Problem::WebAddress),
                FieldError::new("accessibility_url", Problem::WebAddress),
                FieldError::new("languages", Problem::NotAChoice),
            ]
        );
    }
}
