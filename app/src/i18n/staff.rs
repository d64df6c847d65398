//! Texts of the staff side: login, start page, own account, session warning.

use crate::domain::Lang;

/// Texts of the login page and the pages that stand in for a staff page.
pub struct Login {
    /// Title and heading.
    pub title: &'static str,
    /// Text above the form.
    pub intro: &'static str,
    pub email: &'static str,
    pub password: &'static str,
    pub submit: &'static str,
    /// Shown on a staff page asked for without a login.
    pub required: &'static str,
    /// Shown after 30 minutes without activity.
    pub ended_idle: &'static str,
    /// Shown 12 hours after login.
    pub ended_expired: &'static str,
    /// Shown when the account was deactivated or its password reset.
    pub ended_revoked: &'static str,
    /// Shown after logging out.
    pub logged_out: &'static str,
    /// Heading of the page for a role that may not see a page.
    pub forbidden_title: &'static str,
    /// Body of that page.
    pub forbidden_body: &'static str,
}

const LOGIN_DA: Login = Login {
    title: "Log ind",
    intro: "Log ind med din arbejdsmail og adgangskode. Du bliver logget ud efter 30 minutter uden aktivitet.",
    email: "E-mail",
    password: "Adgangskode",
    submit: "Log ind",
    required: "Du skal logge ind for at se siden.",
    ended_idle: "Du er logget ud, fordi du ikke har været aktiv i 30 minutter. Log ind igen.",
    ended_expired: "Du er logget ud, fordi der er gået 12 timer siden du loggede ind. Log ind igen.",
    ended_revoked: "Du er logget ud, fordi din konto er ændret. Log ind igen, eller kontakt en administrator.",
    logged_out: "Du er logget ud.",
    forbidden_title: "Du har ikke adgang til siden",
    forbidden_body: "Din rolle giver ikke adgang til denne side. Kontakt en administrator, hvis du mener, det er en fejl.",
};

const LOGIN_EN: Login = Login {
    title: "Log in",
    intro: "Log in with your work e-mail and password. You are logged out after 30 minutes without activity.",
    email: "E-mail",
    password: "Password",
    submit: "Log in",
    required: "Please log in to see this page.",
    ended_idle: "You were logged out after 30 minutes without activity. Please log in again.",
    ended_expired: "You were logged out because 12 hours have passed since you logged in. Please log in again.",
    ended_revoked: "You were logged out because your account was changed. Log in again, or contact an administrator.",
    logged_out: "You have logged out.",
    forbidden_title: "You do not have access to this page",
    forbidden_body: "Your role does not give access to this page. Contact an administrator if you think this is a mistake.",
};

/// The login texts in `lang`.
pub fn login(lang: Lang) -> &'static Login {
    lang.pick(&LOGIN_DA, &LOGIN_EN)
}

/// Texts around staff pages: start page, menu, own account, session warning.
pub struct Staff {
    /// Start page title.
    pub start_title: &'static str,
    /// Greeting; `{name}` is replaced.
    pub greeting: &'static str,
    /// Role names.
    pub role_team: &'static str,
    /// Role names.
    pub role_lead: &'static str,
    /// Role names.
    pub role_admin: &'static str,
    /// Profession names.
    pub profession_socialraadgiver: &'static str,
    /// Profession names.
    pub profession_psykolog: &'static str,
    /// Profession names.
    pub profession_sundhedsplejerske: &'static str,
    /// Profession names.
    pub profession_projektleder: &'static str,
    /// Profession names.
    pub profession_other: &'static str,
    /// Start page: what the role may do, and where.
    pub start_team: &'static str,
    /// Start page, lead.
    pub start_lead: &'static str,
    /// Start page, admin.
    pub start_admin: &'static str,
    /// Link to the administration.
    pub admin_link: &'static str,
    /// Link to change one's password.
    pub password_link: &'static str,
    pub log_out: &'static str,
    /// Label of the staff menu.
    pub menu: &'static str,
    /// Change-password page title.
    pub password_title: &'static str,
    /// Text above the change-password form when a one-time password must be replaced.
    pub password_must_change: &'static str,
    /// Current password field.
    pub password_current: &'static str,
    /// New password field.
    pub password_new: &'static str,
    /// Hint under the new password.
    pub password_new_hint: &'static str,
    /// Repeat field.
    pub password_repeat: &'static str,
    /// Save button.
    pub password_save: &'static str,
    /// Session warning: text; `{n}` is minutes.
    pub session_warning: &'static str,
    /// Session warning: button.
    pub session_stay: &'static str,
    /// Session ended while the page was open.
    pub session_over: &'static str,
}

const STAFF_DA: Staff = Staff {
    start_title: "Forside for medarbejdere",
    greeting: "Hej {name}",
    role_team: "FI-team",
    role_lead: "Projektleder",
    role_admin: "Administrator",
    profession_socialraadgiver: "Socialrådgiver",
    profession_psykolog: "Psykolog",
    profession_sundhedsplejerske: "Sundhedsplejerske",
    profession_projektleder: "Projektleder",
    profession_other: "Anden",
    start_team: "Som medlem af FI-teamet registrerer du forløb og møder, udsteder evalueringskoder og svarer på anonym sparring.",
    start_lead: "Som projektleder følger du resultatmålene, importerer nøgletal og udskriver statusrapporten.",
    start_admin: "Som administrator styrer du medarbejdere, institutioner og indstillinger og kan se loggen.",
    admin_link: "Administration",
    password_link: "Skift adgangskode",
    log_out: "Log ud",
    menu: "Medarbejdermenu",
    password_title: "Skift adgangskode",
    password_must_change: "Du er logget ind med en engangsadgangskode. Vælg din egen adgangskode, før du går videre.",
    password_current: "Nuværende adgangskode",
    password_new: "Ny adgangskode",
    password_new_hint: "Mindst 12 tegn. Brug gerne flere ord.",
    password_repeat: "Gentag ny adgangskode",
    password_save: "Gem adgangskode",
    session_warning: "Du bliver logget ud om {n} minutter, fordi du ikke har været aktiv.",
    session_stay: "Forbliv logget ind",
    session_over: "Du er logget ud på grund af inaktivitet. Genindlæs siden for at logge ind igen.",
};

const STAFF_EN: Staff = Staff {
    start_title: "Staff front page",
    greeting: "Hello {name}",
    role_team: "FI team",
    role_lead: "Project lead",
    role_admin: "Administrator",
    profession_socialraadgiver: "Social worker",
    profession_psykolog: "Psychologist",
    profession_sundhedsplejerske: "Health visitor",
    profession_projektleder: "Project lead",
    profession_other: "Other",
    start_team: "As a member of the FI team you register courses and meetings, issue evaluation codes and answer anonymous consultations.",
    start_lead: "As project lead you follow the result goals, import key figures and print the status report.",
    start_admin: "As administrator you manage staff, institutions and settings and can read the log.",
    admin_link: "Administration",
    password_link: "Change password",
    log_out: "Log out",
    menu: "Staff menu",
    password_title: "Change password",
    password_must_change: "You logged in with a one-time password. Choose your own password before you continue.",
    password_current: "Current password",
    password_new: "New password",
    password_new_hint: "At least 12 characters. Several words work well.",
    password_repeat: "Repeat the new password",
    password_save: "Save password",
    session_warning: "You will be logged out in {n} minutes because you have not been active.",
    session_stay: "Stay logged in",
    session_over: "You have been logged out because of inactivity. Reload the page to log in again.",
};

/// The staff texts in `lang`.
pub fn staff(lang: Lang) -> &'static Staff {
    lang.pick(&STAFF_DA, &STAFF_EN)
}

impl Staff {
    /// The name of a role.
    pub fn role(&self, role: crate::domain::Role) -> &'static str {
        use crate::domain::Role;
        match role {
            Role::Team => self.role_team,
            Role::Lead => self.role_lead,
            Role::Admin => self.role_admin,
        }
    }

    /// The name of a profession.
    pub fn profession(&self, profession: crate::domain::Profession) -> &'static str {
        use crate::domain::Profession;
        match profession {
            Profession::Socialraadgiver => self.profession_socialraadgiver,
            Profession::Psykolog => self.profession_psykolog,
            Profession::Sundhedsplejerske => self.profession_sundhedsplejerske,
            Profession::Projektleder => self.profession_projektleder,
            Profession::Other => self.profession_other,
        }
    }
}
