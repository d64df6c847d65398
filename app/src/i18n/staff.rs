//! Texts of the staff side: login, start page, own account, session warning.

crate::texts! {
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
    /// The login texts in `lang`.
    pub fn login => "login";
}

crate::texts! {
    /// Texts around staff pages: start page, menu, own account, session warning.
    pub struct Staff {
        /// Start page title.
        pub start_title: &'static str,
        /// Greeting; `{name}` is replaced.
        pub greeting: crate::i18n::catalogue::Template,
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
        pub session_warning: crate::i18n::catalogue::Template,
        /// Session warning: button.
        pub session_stay: &'static str,
        /// Session ended while the page was open.
        pub session_over: &'static str,
    }
    /// The staff texts in `lang`.
    pub fn staff => "staff";
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
