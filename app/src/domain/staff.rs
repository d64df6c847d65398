//! Who the staff are: their role in the portal, their profession and their login.

use serde::{Deserialize, Serialize};

use super::{
    form::{Fields, Problems},
    FieldError, Problem,
};

/// What a staff member may do in the portal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Role {
    /// The FI team: courses, meetings, evaluation codes, sparring.
    Team,
    /// Project lead: indicators, imports, exports, the status report.
    Lead,
    /// Administrator: everything, plus accounts, institutions and settings.
    Admin,
}

impl Role {
    /// Every role, least to most powerful.
    pub const ALL: [Role; 3] = [Role::Team, Role::Lead, Role::Admin];

    /// The value stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Team => "team",
            Role::Lead => "lead",
            Role::Admin => "admin",
        }
    }

    /// Parses the stored or submitted value.
    pub fn parse(value: &str) -> Result<Self, Problem> {
        Self::ALL
            .into_iter()
            .find(|role| role.as_str() == value.trim())
            .ok_or(Problem::NotAChoice)
    }
}

impl std::fmt::Display for Role {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A staff member's profession, shown to colleagues.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Profession {
    /// Social worker.
    Socialraadgiver,
    /// Psychologist.
    Psykolog,
    /// Health visitor.
    Sundhedsplejerske,
    /// Project lead.
    Projektleder,
    /// Anything else.
    Other,
}

impl Profession {
    /// Every profession, in the order lists show them.
    pub const ALL: [Profession; 5] = [
        Profession::Socialraadgiver,
        Profession::Psykolog,
        Profession::Sundhedsplejerske,
        Profession::Projektleder,
        Profession::Other,
    ];

    /// The value stored in the database and used on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Profession::Socialraadgiver => "socialraadgiver",
            Profession::Psykolog => "psykolog",
            Profession::Sundhedsplejerske => "sundhedsplejerske",
            Profession::Projektleder => "projektleder",
            Profession::Other => "other",
        }
    }

    /// Parses the stored or submitted value.
    pub fn parse(value: &str) -> Result<Self, Problem> {
        Self::ALL
            .into_iter()
            .find(|p| p.as_str() == value.trim())
            .ok_or(Problem::NotAChoice)
    }
}

/// A staff member's work e-mail, which is also their login; stored in lower case.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct StaffEmail(String);

impl StaffEmail {
    /// Longest address SMTP allows.
    pub const MAX: usize = 254;

    /// Accepts `name@domain.tld`; the mail server is the judge of the rest.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let email = input.trim().to_lowercase();
        if email.is_empty() {
            return Err(Problem::Required);
        }
        if email.chars().count() > Self::MAX {
            return Err(Problem::TooLong {
                max: Self::MAX as u32,
            });
        }
        let Some((local, domain)) = email.split_once('@') else {
            return Err(Problem::Email);
        };
        let plausible = !local.is_empty()
            && domain.contains('.')
            && !domain.starts_with('.')
            && !domain.ends_with('.')
            && !domain.contains('@')
            && !email.chars().any(|c| c.is_whitespace() || c.is_control());
        if plausible {
            Ok(Self(email))
        } else {
            Err(Problem::Email)
        }
    }

    /// The address, lower case.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for StaffEmail {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// A staff member's name as colleagues see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffName(String);

impl StaffName {
    /// Longest name accepted.
    pub const MAX: usize = 100;

    /// Trims the name and checks its length.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let name = input.trim();
        if name.is_empty() {
            Err(Problem::Required)
        } else if name.chars().count() > Self::MAX {
            Err(Problem::TooLong {
                max: Self::MAX as u32,
            })
        } else {
            Ok(Self(name.to_owned()))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// The staff member behind the current request, as the pages and handlers see them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentStaff {
    /// Account id.
    pub id: i64,
    /// Name shown to colleagues.
    pub name: String,
    /// Login e-mail.
    pub email: String,
    /// What they may do.
    pub role: Role,
    /// Their profession.
    pub profession: Profession,
    /// Whether they must choose a new password before anything else.
    pub must_change_password: bool,
}

/// The list of common passwords is checked on the server only (it would weigh down the browser's
/// code); the browser's own check of a new password is the length.
#[cfg(feature = "ssr")]
use super::common_passwords::is_common;
#[cfg(not(feature = "ssr"))]
fn is_common(_: &str) -> bool {
    false
}

/// A new password that meets the policy: at least 12 characters (DKFDS / NSIS guidance), at
/// most 1,024 so hashing stays cheap, and none of the commonly used ones.
#[derive(Clone)]
pub struct Password(String);

impl Password {
    /// Fewest characters a password may have.
    pub const MIN: usize = 12;
    /// Most characters a password may have.
    pub const MAX: usize = 1024;

    /// Checks a new password against the policy.
    pub fn parse(input: &str) -> Result<Self, Problem> {
        let length = input.chars().count();
        if length == 0 {
            Err(Problem::Required)
        } else if length < Self::MIN {
            Err(Problem::TooShort {
                min: Self::MIN as u32,
            })
        } else if length > Self::MAX {
            Err(Problem::TooLong {
                max: Self::MAX as u32,
            })
        } else if is_common(input) {
            Err(Problem::CommonPassword)
        } else {
            Ok(Self(input.to_owned()))
        }
    }

    /// The password itself, for hashing only.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

/// Never print a password, not even in a debug log.
impl std::fmt::Debug for Password {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Password(..)")
    }
}

/// An account as the administration pages list it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct StaffMember {
    /// Account id.
    pub id: i64,
    /// Login e-mail.
    pub email: String,
    pub name: String,
    pub role: Role,
    pub profession: Profession,
    /// Whether the account may log in.
    pub active: bool,
    /// Whether the password is a one-time password not yet changed.
    pub must_change_password: bool,
}

/// A new account from the administration's form, with its one-time password.
#[derive(Debug, Clone)]
pub struct NewStaffMember {
    pub name: StaffName,
    pub email: StaffEmail,
    pub role: Role,
    pub profession: Profession,
    pub password: Password,
}

impl NewStaffMember {
    /// Reads the form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let name = problems.check("name", StaffName::parse(form.get("name")));
        let email = problems.check("email", StaffEmail::parse(form.get("email")));
        let role = problems.check("role", Role::parse(form.get("role")));
        let profession = problems.check("profession", Profession::parse(form.get("profession")));
        let password = problems.check("password", Password::parse(form.get("password")));
        problems.finish(|| {
            Some(Self {
                name: name?,
                email: email?,
                role: role?,
                profession: profession?,
                password: password?,
            })
        })
    }
}

/// An account's name, role and profession, as the administration changes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StaffDetails {
    pub name: StaffName,
    pub role: Role,
    pub profession: Profession,
}

impl StaffDetails {
    /// Reads the form; every problem is reported.
    pub fn parse(form: &(impl Fields + ?Sized)) -> Result<Self, Vec<FieldError>> {
        let mut problems = Problems::default();
        let name = problems.check("name", StaffName::parse(form.get("name")));
        let role = problems.check("role", Role::parse(form.get("role")));
        let profession = problems.check("profession", Profession::parse(form.get("profession")));
        problems.finish(|| {
            Some(Self {
                name: name?,
                role: role?,
                profession: profession?,
            })
        })
    }
}

/// The new password of the change-password form (`new`, typed again in `repeat`).
pub fn new_password(form: &(impl Fields + ?Sized)) -> Result<Password, Vec<FieldError>> {
    let mut problems = Problems::default();
    let password = problems.check("new", Password::parse(form.get("new")));
    if form.get("repeat") != form.get("new") {
        problems.add("repeat", Problem::PasswordMismatch);
    }
    problems.finish(|| password)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_and_professions_parse_back_from_their_stored_values() {
        for role in Role::ALL {
            assert_eq!(Role::parse(role.as_str()), Ok(role));
        }
        for profession in Profession::ALL {
            assert_eq!(Profession::parse(profession.as_str()), Ok(profession));
        }
        assert_eq!(Role::parse("root"), Err(Problem::NotAChoice));
    }

    #[test]
    fn an_email_is_stored_in_lower_case_and_nonsense_is_refused() {
        assert_eq!(
            StaffEmail::parse(" Anna@Rebild.DK ").map(|e| e.as_str().to_owned()),
            Ok("anna@rebild.dk".to_owned())
        );
        assert_eq!(StaffEmail::parse(""), Err(Problem::Required));
        assert_eq!(StaffEmail::parse("anna"), Err(Problem::Email));
        assert_eq!(StaffEmail::parse("anna@rebild"), Err(Problem::Email));
        assert_eq!(StaffEmail::parse("an na@rebild.dk"), Err(Problem::Email));
    }

    #[test]
    fn a_password_needs_twelve_characters() {
        assert_eq!(
            Password::parse("kort-kode").map(|_| ()),
            Err(Problem::TooShort { min: 12 })
        );
        assert!(Password::parse("lang-nok-adgangskode").is_ok());
        assert_eq!(
            format!("{:?}", Password::parse("hemmelig-kode-1").ok()),
            "Some(Password(..))"
        );
    }
}
