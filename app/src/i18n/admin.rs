//! Texts of the administration pages.

use crate::domain::Lang;

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

const DA: Admin = Admin {
    title: "Administration",
    staff_title: "Medarbejdere",
    institutions_title: "Institutioner",
    log_title: "Log over handlinger",
    log_intro: "Hvem har gjort hvad og hvornår (dansk tid). Loggen indeholder kun medarbejderes handlinger – aldrig noget om forældre eller anonyme spørgere.",
    name: "Navn",
    email: "E-mail",
    role: "Rolle",
    profession: "Fag",
    status: "Status",
    area: "Område",
    district: "Distrikt",
    when: "Tidspunkt",
    who: "Hvem",
    what: "Handling",
    about: "Om",
    active: "Aktiv",
    inactive: "Deaktiveret",
    must_change: "Skal skifte adgangskode",
    edit: "Ret",
    new_staff: "Opret medarbejder",
    one_time_password: "Engangsadgangskode",
    one_time_hint: "Mindst 12 tegn. Medarbejderen skal vælge sin egen ved første login.",
    create: "Opret",
    save: "Gem",
    deactivate: "Deaktivér",
    reactivate: "Genaktivér",
    reset_heading: "Ny engangsadgangskode",
    reset: "Sæt engangsadgangskode",
    new_institution: "Tilføj institution",
    district_hint: "Fx skoledistriktet. Kan være tomt.",
    area_dagtilbud: "Dagtilbud",
    area_dagpleje: "Dagpleje",
    area_skole: "Skole",
    back: "Tilbage",
    newer: "Nyere",
    older: "Ældre",
    empty: "Loggen er tom.",
    any_action: "Alle handlinger",
    person: "Medarbejder",
    person_hint: "En del af e-mailadressen",
    from_day: "Fra dag",
    to_day: "Til dag",
    filter: "Vis",
    settings_title: "Indstillinger",
    retention_days: "Dage før tekster i anonym sparring slettes",
    retention_hint: "Regnet fra afslutningen. 30–3650, standard 180. Tallene til statistik bliver.",
    stale_days: "Dage uden aktivitet før en henvendelse lukkes og slettes",
    stale_hint: "30–3650, standard 180.",
    answer_days: "Hverdage før spørgeren kan regne med et svar",
    answer_hint: "Vises for spørgeren, mens der ventes på svar. 1–30, standard 3.",
    comment_months: "Måneder forældrenes kommentarer gemmes efter forseglingen",
    comment_months_hint: "Svarene bliver; kun kommentarerne slettes. 1–60, standard 12.",
    threshold: "Mindste gruppe, der vises i tal",
    threshold_hint: "Grupper under dette tal skjules i alle tal, diagrammer, rapporter og udtræk. 3–50, standard 5. Allerede offentliggjorte tal ændres ikke.",
};

const EN: Admin = Admin {
    title: "Administration",
    staff_title: "Staff",
    institutions_title: "Institutions",
    log_title: "Log of actions",
    log_intro: "Who did what, and when (Danish time). The log holds staff actions only – never anything about parents or anonymous askers.",
    name: "Name",
    email: "E-mail",
    role: "Role",
    profession: "Profession",
    status: "Status",
    area: "Area",
    district: "District",
    when: "When",
    who: "Who",
    what: "Action",
    about: "About",
    active: "Active",
    inactive: "Deactivated",
    must_change: "Must change password",
    edit: "Edit",
    new_staff: "Add staff member",
    one_time_password: "One-time password",
    one_time_hint: "At least 12 characters. The staff member must choose their own at the first login.",
    create: "Add",
    save: "Save",
    deactivate: "Deactivate",
    reactivate: "Reactivate",
    reset_heading: "New one-time password",
    reset: "Set one-time password",
    new_institution: "Add institution",
    district_hint: "For example the school district. May be empty.",
    area_dagtilbud: "Daycare",
    area_dagpleje: "Childminding",
    area_skole: "School",
    back: "Back",
    newer: "Newer",
    older: "Older",
    empty: "The log is empty.",
    any_action: "All actions",
    person: "Staff member",
    person_hint: "Part of the e-mail address",
    from_day: "From day",
    to_day: "To day",
    filter: "Show",
    settings_title: "Settings",
    retention_days: "Days before anonymous consultation texts are deleted",
    retention_hint: "Counted from closing. 30–3650, default 180. The counts for the statistics remain.",
    stale_days: "Days without activity before a request is closed and deleted",
    stale_hint: "30–3650, default 180.",
    answer_days: "Working days before the asker can expect an answer",
    answer_hint: "Shown to the asker while waiting for an answer. 1–30, default 3.",
    comment_months: "Months the parents' comments are kept after sealing",
    comment_months_hint: "The answers stay; only the comments are deleted. 1–60, default 12.",
    threshold: "Smallest group shown in figures",
    threshold_hint: "Groups under this number are hidden in every figure, chart, report and export. 3–50, default 5. Figures already published do not change.",
};

/// The administration's texts in `lang`.
pub fn admin(lang: Lang) -> &'static Admin {
    lang.pick(&DA, &EN)
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
