//! The municipality's catalogue of offers (tilbudsviften): what each offer is for, whom it is
//! for (age bands and themes), who delivers it, how to get in, how long it lasts, the step of
//! the staircase it belongs to, whom to contact, and what has been learnt of it – the shape
//! Kalundborg's catalogue gives each offer (seed 004). Parents and professionals browse it on
//! a public page; the FI team keeps it.

use serde::{Deserialize, Serialize};

#[cfg(feature = "ssr")]
use super::{
    form::{required_text, short_text, ticked, Check, Fields, Problems},
    FieldError,
};
use super::{
    sparring::{AgeBand, Theme},
    Problem,
};
use crate::choice;

choice! {
    /// How a family gets into an offer.
    pub enum Access {
        /// By asking the offer itself.
        Direct => "direct",
        /// By a referral (visitation) from the municipality.
        Referral => "referral",
    }
}

/// Longest offer name.
pub const MAX_NAME: usize = 120;
/// Longest short field (provider, duration, contact).
pub const MAX_SHORT: usize = 300;
/// Longest long field (purpose, experience, effect).
pub const MAX_LONG: usize = 2000;

/// An offer as the catalogue shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Offer {
    pub id: i64,
    #[serde(flatten)]
    pub details: NewOffer,
    /// Offered now; an offer no longer offered stays for the figures that point to it.
    pub active: bool,
}

/// An offer as the team types it or a catalogue file gives it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NewOffer {
    pub name: String,
    pub purpose: String,
    /// The age bands it is for (at least one).
    pub age_bands: Vec<AgeBand>,
    /// The themes it is for (at least one).
    pub themes: Vec<Theme>,
    /// Who delivers it.
    pub provider: String,
    pub access: Access,
    /// How long it lasts, in words ("8 sessions over 3 months").
    pub duration: String,
    /// The key of the staircase step it belongs to, if any.
    pub step: Option<String>,
    pub contact: String,
    /// What has been learnt from it, and its known effect; may be empty.
    pub experience: String,
    pub effect: String,
}

/// What the catalogue's visitors filter by (`?alder=3-5&tema=trivsel&trin=…`); an empty or
/// unknown value filters nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct OfferFilter {
    pub age_band: Option<AgeBand>,
    pub theme: Option<Theme>,
    pub step: Option<String>,
}

impl OfferFilter {
    /// Reads the filters from the address's values.
    pub fn parse(get: impl Fn(&str) -> String) -> Self {
        OfferFilter {
            age_band: AgeBand::parse(&get("alder")).ok(),
            theme: Theme::parse(&get("tema")).ok(),
            step: Some(get("trin").trim().to_owned()).filter(|s| !s.is_empty()),
        }
    }

    /// Whether `offer` is one the filters let through.
    pub fn admits(&self, offer: &NewOffer) -> bool {
        self.age_band.is_none_or(|a| offer.age_bands.contains(&a))
            && self.theme.is_none_or(|t| offer.themes.contains(&t))
            && self
                .step
                .as_ref()
                .is_none_or(|s| offer.step.as_ref() == Some(s))
    }
}

/// The access of a catalogue file or form: the stored value, or Danish and English words.
pub fn parse_access(value: &str) -> Result<Access, Problem> {
    match value.trim().to_lowercase().as_str() {
        "" => Err(Problem::Required),
        "direct" | "direkte" | "direkte adgang" => Ok(Access::Direct),
        "referral" | "visitation" | "henvisning" => Ok(Access::Referral),
        _ => Err(Problem::NotAChoice),
    }
}

#[cfg(feature = "ssr")]
impl NewOffer {
    /// Reads the team's offer form; `steps` are the staircase's step keys. Every problem at
    /// once.
    pub fn parse(form: &(impl Fields + ?Sized), steps: &[String]) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let offer = Self::read(form, steps, &mut problems);
        problems.finish(|| offer)
    }

    /// Reads an offer from a form or a catalogue file's line (whose lists come as ticked
    /// values either way), noting each field's problem in `check`, in the order of the form.
    pub(super) fn read(
        fields: &(impl Fields + ?Sized),
        steps: &[String],
        check: &mut impl Check,
    ) -> Option<Self> {
        let name = check.check("name", required_text(fields.get("name"), MAX_NAME));
        let purpose = check.check("purpose", required_text(fields.get("purpose"), MAX_LONG));
        let age_bands = check.check(
            "age_bands",
            at_least_one(ticked(fields.all("age_bands"), AgeBand::parse)),
        );
        let themes = check.check(
            "themes",
            at_least_one(ticked(fields.all("themes"), Theme::parse)),
        );
        let provider = check.check("provider", required_text(fields.get("provider"), MAX_SHORT));
        let access = check.check("access", parse_access(fields.get("access")));
        let duration = check.check("duration", short_text(fields.get("duration"), MAX_SHORT));
        let step = check.check("step", step(fields.get("step"), steps));
        let contact = check.check("contact", required_text(fields.get("contact"), MAX_SHORT));
        let experience = check.check("experience", short_text(fields.get("experience"), MAX_LONG));
        let effect = check.check("effect", short_text(fields.get("effect"), MAX_LONG));
        Some(NewOffer {
            name: name?,
            purpose: purpose?,
            age_bands: age_bands?,
            themes: themes?,
            provider: provider?,
            access: access?,
            duration: duration?,
            step: step?,
            contact: contact?,
            experience: experience?,
            effect: effect?,
        })
    }
}

/// Most offers one reply may point to: a reply names a few, it does not copy the catalogue.
pub const MAX_POINTED: u32 = 5;

/// The offers a team reply points to: ids among the `active` ones of the catalogue, each once.
#[cfg(feature = "ssr")]
pub fn pointed(values: Vec<&str>, active: &[i64]) -> Result<Vec<i64>, Problem> {
    let ids = ticked(values, |v| {
        v.trim()
            .parse::<i64>()
            .ok()
            .filter(|id| active.contains(id))
            .ok_or(Problem::NotAChoice)
    })?;
    if ids.len() > MAX_POINTED as usize {
        Err(Problem::TooMany { max: MAX_POINTED })
    } else {
        Ok(ids)
    }
}

/// A list that must hold something.
pub fn at_least_one<T>(list: Result<Vec<T>, Problem>) -> Result<Vec<T>, Problem> {
    match list {
        Ok(list) if list.is_empty() => Err(Problem::Unanswered),
        other => other,
    }
}

/// A staircase step's key among `steps`, or none where left empty.
pub fn step(value: &str, steps: &[String]) -> Result<Option<String>, Problem> {
    match value.trim() {
        "" => Ok(None),
        key if steps.iter().any(|s| s == key) => Ok(Some(key.to_owned())),
        _ => Err(Problem::UnknownStep),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn offer() -> NewOffer {
        NewOffer {
            name: "Familierådgivning".into(),
            purpose: "Råd til familier".into(),
            age_bands: vec![AgeBand::Age0To2, AgeBand::Age3To5],
            themes: vec![Theme::Familieforhold],
            provider: "Familieafdelingen".into(),
            access: Access::Direct,
            duration: "3 samtaler".into(),
            step: Some("raadgivning".into()),
            contact: "tlf. 59 53 44 00".into(),
            experience: String::new(),
            effect: String::new(),
        }
    }

    #[test]
    fn the_filters_let_through_what_matches_each_that_is_set() {
        let all = OfferFilter::default();
        assert!(all.admits(&offer()));
        let get = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| (*v).to_owned())
                    .unwrap_or_default()
            }
        };
        let young = OfferFilter::parse(get(&[("alder", "3-5"), ("tema", "familie")]));
        assert!(young.admits(&offer()));
        let school = OfferFilter::parse(get(&[("alder", "10-13")]));
        assert!(!school.admits(&offer()));
        let other_step = OfferFilter::parse(get(&[("trin", "anbringelse")]));
        assert!(!other_step.admits(&offer()));
        let nonsense = OfferFilter::parse(get(&[("alder", "99"), ("tema", "x")]));
        assert_eq!(
            nonsense,
            OfferFilter::default(),
            "an unknown value filters nothing"
        );
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn the_offer_form_names_every_problem_at_once() {
        let form: Vec<(&str, &str)> = vec![
            ("name", ""),
            ("purpose", "Til familier"),
            ("themes", "trivsel"),
            ("provider", "PPR"),
            ("access", "maybe"),
            ("step", "ukendt"),
            ("contact", "ppr@kommune.dk"),
        ];
        let errors = NewOffer::parse(&form, &["raadgivning".into()]).expect_err("refused");
        let fields: Vec<(&str, Problem)> = errors
            .iter()
            .map(|e| (e.field.as_str(), e.problem))
            .collect();
        assert_eq!(
            fields,
            [
                ("name", Problem::Required),
                ("age_bands", Problem::Unanswered),
                ("access", Problem::NotAChoice),
                ("step", Problem::UnknownStep),
            ]
        );
        assert_eq!(parse_access("Visitation"), Ok(Access::Referral));
    }
}
