//! The districts goal 3's course and sparring figures are broken down by (issue 18, item 6):
//! the districts the municipality's institutions carry, plus "no district" for institutions
//! without one and for sparring from a workplace typed by hand.
//!
//! The disclosure rule splits each broken-down family's categories by district, so a family's
//! categories times its districts must fit in a figure's bits ([`Categories`]): at most
//! [`MAX_DISTRICTS`] districts are told apart, the rest counted together as "other districts".

use super::disclosure::Categories;

/// The most categories a broken-down family has: sparring's six outcomes and "still open".
pub const MAX_CATEGORIES: u32 = 7;

/// The most districts told apart.
pub const MAX_DISTRICTS: usize = (Categories::BITS / MAX_CATEGORIES) as usize;

/// One row of a breakdown by district.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum District {
    /// A district by the name the institutions give it.
    Named(String),
    /// Institutions without a district, and workplaces typed by hand.
    None,
    /// The districts beyond [`MAX_DISTRICTS`], together.
    Others,
}

/// The districts of a page, in the order its rows show them: the named ones alphabetically,
/// then "no district", then "other districts" where there are too many to tell apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Districts {
    rows: Vec<District>,
}

impl Districts {
    /// The districts named by `names` (`""` for none), each once.
    pub fn of<'a>(names: impl IntoIterator<Item = &'a str>) -> Self {
        let mut named: Vec<String> = names
            .into_iter()
            .map(str::trim)
            .filter(|n| !n.is_empty())
            .map(str::to_owned)
            .collect();
        named.sort();
        named.dedup();
        // Room for "no district", and for "other districts" where names are left over.
        let room = if named.len() + 1 > MAX_DISTRICTS {
            MAX_DISTRICTS - 2
        } else {
            named.len()
        };
        let others = named.len() > room;
        let mut rows: Vec<District> = named.into_iter().take(room).map(District::Named).collect();
        rows.push(District::None);
        if others {
            rows.push(District::Others);
        }
        Districts { rows }
    }

    /// The rows, in order.
    pub fn rows(&self) -> &[District] {
        &self.rows
    }

    /// How many rows; at least one.
    pub fn len(&self) -> usize {
        self.rows.len().max(1)
    }

    /// Always false: "no district" is a row of every breakdown.
    pub fn is_empty(&self) -> bool {
        false
    }

    /// True when some institution names a district, so a breakdown says more than the totals.
    pub fn any_named(&self) -> bool {
        self.rows.iter().any(|d| matches!(d, District::Named(_)))
    }

    /// The row of the district named `name` (`""` for none).
    pub fn index(&self, name: &str) -> usize {
        let name = name.trim();
        let find = |wanted: &District| self.rows.iter().position(|d| d == wanted);
        if name.is_empty() {
            return find(&District::None).unwrap_or(0);
        }
        find(&District::Named(name.to_owned()))
            .or_else(|| find(&District::Others))
            .or_else(|| find(&District::None))
            .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn districts_are_told_apart_up_to_the_limit_and_the_rest_counted_together() {
        let few = Districts::of(["Nord", "", "Syd", "Nord"]);
        assert_eq!(
            few.rows(),
            [
                District::Named("Nord".into()),
                District::Named("Syd".into()),
                District::None
            ]
        );
        assert_eq!(few.index("Syd"), 1);
        assert_eq!(few.index(""), 2);
        assert_eq!(
            few.index("Vest"),
            2,
            "a district no institution has is none"
        );
        let names: Vec<String> = (0..30).map(|i| format!("D{i:02}")).collect();
        let many = Districts::of(names.iter().map(String::as_str));
        assert_eq!(many.len(), MAX_DISTRICTS);
        assert_eq!(many.rows().last(), Some(&District::Others));
        assert_eq!(many.index("D29"), MAX_DISTRICTS - 1);
        assert_eq!(many.index("D00"), 0);
        assert!(MAX_DISTRICTS as u32 * MAX_CATEGORIES <= Categories::BITS);
    }
}
