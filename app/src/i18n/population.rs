//! The words of the figures per 1,000 children and per 0–22-year-old (`population.ftl`).

crate::texts! {
    /// The tables per 1,000 and per 0–22-year-old, and the note on the years without a
    /// population.
    pub struct PopulationText {
        pub notifications_title: &'static str,
        pub measures_title: &'static str,
        pub expenditure_title: &'static str,
        pub notifications: &'static str,
        pub children: &'static str,
        pub young: &'static str,
        pub per_thousand: &'static str,
        pub total: &'static str,
        /// Under the tables: where the population comes from, and what a dash means.
        pub note: &'static str,
    }
    /// The population words in `lang`.
    pub fn population_text => "population";
}
