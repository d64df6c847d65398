//! The figures the portal publishes, as the disclosure rule (`indicators::disclosure`) and the
//! ledger of published figures (`store::ledger_store`) speak of them: sums of elementary
//! counts, each shown with its value or hidden.

use serde::{Deserialize, Serialize};

/// The smallest threshold an administrator may set.
pub const MIN_THRESHOLD: u64 = 3;

/// The smallest group shown until an administrator sets another.
pub const DEFAULT_THRESHOLD: u64 = 5;

/// The categories a figure covers, as bits in its family's order: wide enough for a family's
/// categories split by district (seven outcomes of sparring in eighteen districts).
pub type Categories = u128;

/// A sum of atoms of one family: the areas (bits of `Area::ALL`), the quarters `from..=to`
/// (numbered as `domain::period::quarter` does) and the categories (bits, in the
/// family's order) it covers.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Figure {
    pub family: String,
    pub areas: u8,
    pub from: i32,
    pub to: i32,
    pub categories: Categories,
}

impl Figure {
    /// True when the two share an atom.
    pub fn overlaps(&self, other: &Figure) -> bool {
        self.family == other.family
            && self.areas & other.areas != 0
            && self.categories & other.categories != 0
            && self.from <= other.to
            && other.from <= self.to
    }
}

/// A figure as published: its value, or `None` where it was hidden.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Published {
    pub figure: Figure,
    pub value: Option<u64>,
}

/// One elementary count of a family: `n` answers of category `category` (an index) in the
/// area numbered `area` (its index in `Area::ALL`) in quarter `quarter`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Atom {
    pub family: String,
    pub area: usize,
    pub quarter: i32,
    pub category: usize,
    pub n: u64,
}
