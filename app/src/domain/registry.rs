//! Yearly registry figures behind result goals 1 and 2: notifications by the child's age, and
//! the municipality's intervention staircase (indsatstrappen) with its measures and expenditure.

use super::Lang;
use crate::choice;

/// Oldest age a notification is counted at.
pub const MAX_AGE: u32 = 17;

/// The kind every staircase starts with that counts as preventive: counselling and preventive
/// measures (SEL § 11, § 52 …).
pub const PREVENTIVE: &str = "preventive";

/// The kind every staircase starts with for out-of-home placement.
pub const PLACEMENT: &str = "placement";

/// A kind of step the municipality names itself (general prevention, home-based measures,
/// placement, secure institutions …). Whether it counts towards the preventive share is a
/// setting of the municipality's, so the share means what its report means.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct StepKind {
    /// Key used in the steps file's `kind` column (`hjemmebaseret`).
    pub kind: String,
    /// Order in the tables, 1 first.
    pub rank: u32,
    pub label_da: String,
    pub label_en: String,
    /// Counts towards the preventive share of measures and expenditure.
    pub preventive: bool,
}

impl StepKind {
    /// The kind's name in the reader's language, as the municipality gave it.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_da, &self.label_en)
    }
}

choice! {
    /// The age bands notifications are shown in. The bands meet at 8 and at 10, so both of the
    /// goals' shares (under 8, Faxe; 0–9, Rebild) are sums of whole bands.
    pub enum NotificationBand {
        /// 0–1 years.
        Age0To1 => "0-1",
        /// 2–5 years.
        Age2To5 => "2-5",
        /// 6–7 years.
        Age6To7 => "6-7",
        /// 8–9 years.
        Age8To9 => "8-9",
        /// 10–13 years.
        Age10To13 => "10-13",
        /// 14–17 years.
        Age14To17 => "14-17",
    }
}

impl NotificationBand {
    /// The band of a child of `age` years.
    pub fn of(age: u32) -> Self {
        match age {
            0..=1 => Self::Age0To1,
            2..=5 => Self::Age2To5,
            6..=7 => Self::Age6To7,
            8..=9 => Self::Age8To9,
            10..=13 => Self::Age10To13,
            _ => Self::Age14To17,
        }
    }

    /// True for bands of children under 8.
    pub fn under_eight(self) -> bool {
        matches!(self, Self::Age0To1 | Self::Age2To5 | Self::Age6To7)
    }

    /// True for bands of children aged 0–9.
    pub fn up_to_nine(self) -> bool {
        self.under_eight() || self == Self::Age8To9
    }
}

/// A step of the municipality's staircase.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Step {
    /// Key used in the figures file (`forebyggende_sel52`).
    pub step: String,
    /// 1 = least intrusive.
    pub rank: u32,
    /// The key of its [`StepKind`].
    pub kind: String,
    /// Danish label.
    pub label_da: String,
    /// English label.
    pub label_en: String,
}

impl Step {
    /// The step's name in the reader's language, as the municipality's file gives it.
    pub fn label(&self, lang: Lang) -> &str {
        lang.pick(&self.label_da, &self.label_en)
    }
}

/// One year's figures on one step.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StepYear {
    pub year: u32,
    /// The step's key.
    pub step: String,
    /// Measures, if known.
    pub measures: Option<u64>,
    /// Expenditure in kroner, if known.
    pub expenditure_dkk: Option<u64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ages_fall_in_bands_that_meet_at_eight_and_ten() {
        assert_eq!(NotificationBand::of(0), NotificationBand::Age0To1);
        assert_eq!(NotificationBand::of(7), NotificationBand::Age6To7);
        assert_eq!(NotificationBand::of(17), NotificationBand::Age14To17);
        let under_eight: Vec<u32> = (0..=17)
            .filter(|a| NotificationBand::of(*a).under_eight())
            .collect();
        assert_eq!(under_eight, (0..8).collect::<Vec<_>>());
        let up_to_nine: Vec<u32> = (0..=17)
            .filter(|a| NotificationBand::of(*a).up_to_nine())
            .collect();
        assert_eq!(up_to_nine, (0..10).collect::<Vec<_>>());
    }
}
