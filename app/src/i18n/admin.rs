//! Texts of the administration pages.

crate::texts! {
    /// Texts of the administration.
    pub struct Admin {
        /// Overview title.
        pub title: &'static str,
        /// Staff page title.
        pub staff_title: &'static str,
        /// Institutions page title.
        pub institutions_title: &'static str,
        /// Audit log title.
        pub log_title: &'static str,
        /// Audit log: what it holds.
        pub log_intro: &'static str,
        /// Column headings.
        pub name: &'static str,
        /// Column headings.
        pub email: &'static str,
        /// Column headings.
        pub role: &'static str,
        /// Column headings.
        pub profession: &'static str,
        /// Column headings.
        pub status: &'static str,
        /// Column headings.
        pub area: &'static str,
        /// Column headings.
        pub district: &'static str,
        /// Column headings.
        pub when: &'static str,
        /// Column headings.
        pub who: &'static str,
        /// Column headings.
        pub what: &'static str,
        /// Column headings.
        pub about: &'static str,
        /// Status: active.
        pub active: &'static str,
        /// Status: deactivated.
        pub inactive: &'static str,
        /// Status: must change password.
        pub must_change: &'static str,
        /// Link to edit a row.
        pub edit: &'static str,
        /// Heading of the create-staff form.
        pub new_staff: &'static str,
        pub one_time_password: &'static str,
        /// Hint under it.
        pub one_time_hint: &'static str,
        pub create: &'static str,
        pub save: &'static str,
        pub deactivate: &'static str,
        pub reactivate: &'static str,
        /// Heading of the reset form.
        pub reset_heading: &'static str,
        pub reset: &'static str,
        /// Heading of the create-institution form.
        pub new_institution: &'static str,
        pub district_hint: &'static str,
        /// Area names.
        pub area_dagtilbud: &'static str,
        /// Area names.
        pub area_dagpleje: &'static str,
        /// Area names.
        pub area_skole: &'static str,
        /// Back link.
        pub back: &'static str,
        /// Newer / older pages of the log.
        pub newer: &'static str,
        /// Newer / older pages of the log.
        pub older: &'static str,
        /// Empty log.
        pub empty: &'static str,
        /// The log's filters: any action, the person, the days, the button.
        pub any_action: &'static str,
        pub person: &'static str,
        pub person_hint: &'static str,
        pub from_day: &'static str,
        pub to_day: &'static str,
        pub filter: &'static str,
        /// Settings page title.
        pub settings_title: &'static str,
        /// Retention field.
        pub retention_days: &'static str,
        pub retention_hint: &'static str,
        /// Stale field.
        pub stale_days: &'static str,
        pub stale_hint: &'static str,
        /// The working days within which the team answers, and their hint.
        pub answer_days: &'static str,
        pub answer_hint: &'static str,
        /// Months the parents' comments are kept after sealing, and its hint.
        pub comment_months: &'static str,
        pub comment_months_hint: &'static str,
        pub threshold: &'static str,
        pub threshold_hint: &'static str,
    }
    /// The administration's texts in `lang`.
    pub fn admin => "admin";
}

impl Admin {
    /// The name of an area.
    pub fn area(&self, area: crate::domain::Area) -> &'static str {
        use crate::domain::Area;
        match area {
            Area::Dagtilbud => self.area_dagtilbud,
            Area::Dagpleje => self.area_dagpleje,
            Area::Skole => self.area_skole,
        }
    }
}
