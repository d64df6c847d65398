//! The three areas an institution belongs to, which is all an evaluation is grouped by.

use serde::{Deserialize, Serialize};

use super::Problem;

/// Where the child is looked after: daycare, family childminding or school.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Area {
    /// Dagtilbud: daycare and kindergarten.
    Dagtilbud,
    /// Dagpleje: family childminding.
    Dagpleje,
    /// Skole: school.
    Skole,
}

impl Area {
    /// Every area, in the order lists show them.
    pub const ALL: [Area; 3] = [Area::Dagtilbud, Area::Dagpleje, Area::Skole];

    /// The value stored in the database and used in forms and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Area::Dagtilbud => "dagtilbud",
            Area::Dagpleje => "dagpleje",
            Area::Skole => "skole",
        }
    }

    /// Parses the stored or submitted value.
    pub fn parse(value: &str) -> Result<Self, Problem> {
        Self::ALL
            .into_iter()
            .find(|area| area.as_str() == value.trim())
            .ok_or(Problem::NotAChoice)
    }
}

impl std::fmt::Display for Area {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_area_parses_back_from_its_stored_value() {
        for area in Area::ALL {
            assert_eq!(Area::parse(area.as_str()), Ok(area));
        }
    }

    #[test]
    fn an_unknown_area_is_not_a_choice() {
        assert_eq!(Area::parse("vuggestue"), Err(Problem::NotAChoice));
    }
}
