//! The catalogue of offers from CSV (`name,purpose,age_bands,themes,provider,access,duration,
//! step,contact,experience,effect`): every line checked, every problem reported with its line
//! and column, nothing stored unless the whole file is sound. Lists (age bands, themes) are
//! separated by `;` or `|` within their field.

use std::collections::HashSet;

use super::{
    csv_input::Line,
    form::{Check, Fields},
    offer::NewOffer,
    registry_import::{read_all, take},
    ImportError, Problem,
};

/// The columns a catalogue file must have, as the team's form asks for them; `duration`, `step`,
/// `experience` and `effect` may be left out or empty.
pub const REQUIRED: [&str; 7] = [
    "name",
    "purpose",
    "age_bands",
    "themes",
    "provider",
    "access",
    "contact",
];

/// A line read as the team's form: a list's values are separated within their field.
struct LineFields<'l, 'a>(&'l Line<'a>);

impl Fields for LineFields<'_, '_> {
    fn get(&self, name: &str) -> &str {
        self.0.get(name)
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.0
            .get(name)
            .split([';', '|'])
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .collect()
    }
}

/// A line's problems, each named with its line and column.
struct LineCheck<'l, 'a, 'e> {
    line: &'l Line<'a>,
    errors: &'e mut Vec<ImportError>,
}

impl Check for LineCheck<'_, '_, '_> {
    fn check<T>(&mut self, column: &str, parsed: Result<T, Problem>) -> Option<T> {
        take(self.line, self.errors, column, parsed)
    }
}

/// Reads a catalogue file; `steps` are the staircase's step keys.
pub fn parse_offers(bytes: &[u8], steps: &[String]) -> Result<Vec<NewOffer>, Vec<ImportError>> {
    let mut names = HashSet::new();
    read_all(bytes, &REQUIRED, |line, errors| {
        let offer = NewOffer::read(&LineFields(line), steps, &mut LineCheck { line, errors })?;
        if !names.insert(offer.name.to_lowercase()) {
            errors.push(line.error("name", Problem::DuplicateLine));
            return None;
        }
        Some(offer)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn steps() -> Vec<String> {
        [
            "raadgivning_sel11",
            "forebyggende_sel52",
            "netvaerksplejefamilie",
            "plejefamilie",
        ]
        .map(str::to_owned)
        .into()
    }

    #[test]
    fn the_kalundborg_like_catalogue_reads_whole() {
        let offers = parse_offers(
            include_bytes!("../../../end2end/fixtures/offers_kalundborg_like.csv"),
            &steps(),
        )
        .expect("catalogue");
        assert!(offers.len() >= 12, "{}", offers.len());
        let stepped: HashSet<&str> = offers.iter().filter_map(|o| o.step.as_deref()).collect();
        assert!(stepped.len() >= 4, "{stepped:?}");
        let anonymous = offers
            .iter()
            .find(|o| o.name.starts_with("Anonym rådgivning"))
            .expect("the anonymous advice");
        assert_eq!(anonymous.access, super::super::offer::Access::Direct);
    }

    #[test]
    fn every_bad_line_is_named_with_its_column() {
        let file = "name;purpose;age_bands;themes;provider;access;step;contact\n\
                    Makkerpar;Tidlig indsats;6-9|10-13;trivsel;PPR;visitation;raadgivning_sel11;PPR\n\
                    ;Uden navn;3-5;trivsel;PPR;direkte;;PPR\n\
                    Sprog;Sprog;4-7;sprog;PPR;direkte;;PPR\n\
                    Makkerpar;Igen;6-9;trivsel;PPR;direkte;;PPR\n\
                    Hjem;Hjem;0-2;;Familie;måske;ukendt;\n";
        let errors = parse_offers(file.as_bytes(), &steps()).expect_err("refused");
        let found: Vec<(u64, &str, Problem)> = errors
            .iter()
            .map(|e| (e.line, e.column.as_str(), e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (3, "name", Problem::Required),
                (4, "age_bands", Problem::NotAChoice),
                (5, "name", Problem::DuplicateLine),
                (6, "themes", Problem::Unanswered),
                (6, "access", Problem::NotAChoice),
                (6, "step", Problem::UnknownStep),
                (6, "contact", Problem::Required),
            ]
        );
    }
}
