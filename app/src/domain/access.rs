//! Who may reach which address: the one place that says so.
//!
//! The server's access layer asks [`required`] for every request before anything else runs,
//! and the role-matrix test checks every route of the router against it. Staff areas are
//! prefixes, so a new page under `/admin/` is protected the moment it exists.

use super::Role;

/// What a request to a path needs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone, with or without a login.
    Public,
    /// A logged-in staff member with one of these roles.
    Staff(&'static [Role]),
}

/// Any logged-in staff member.
pub const ANY_STAFF: &[Role] = &[Role::Team, Role::Lead, Role::Admin];
/// The FI team's work (courses, codes, sparring); administrators may do everything.
pub const TEAM: &[Role] = &[Role::Team, Role::Admin];
/// The project lead's work (indicators, imports, exports, the status report).
pub const LEAD: &[Role] = &[Role::Lead, Role::Admin];
/// Accounts, institutions, settings and the audit log.
pub const ADMIN: &[Role] = &[Role::Admin];

/// Path prefixes of the staff areas, pages and server functions alike, most specific first.
const AREAS: &[(&str, &[Role])] = &[
    ("/admin", ADMIN),
    ("/api/admin/", ADMIN),
    ("/team", TEAM),
    ("/api/team/", TEAM),
    ("/ledelse", LEAD),
    ("/api/lead/", LEAD),
    ("/start", ANY_STAFF),
    ("/konto", ANY_STAFF),
    ("/logout", ANY_STAFF),
    ("/api/session/", ANY_STAFF),
    // The request counts tell when the portal is used: for the administrators only.
    ("/metrics", ADMIN),
];

/// The addresses of parents and anonymous askers, pages and server functions alike: no log
/// line and no metric is written for a request to one, so neither the moment of an answer nor
/// that of a request can be read off the server's logs or counters.
const ANONYMOUS: &[&str] = &[
    "/evaluering",
    "/sparring",
    "/raad",
    "/api/evaluation/",
    "/api/sparring/",
];

/// Whether a request to `path` comes from a parent or an anonymous asker.
pub fn anonymous(path: &str) -> bool {
    ANONYMOUS.iter().any(|prefix| within(path, prefix))
}

/// What a request to `path` needs.
pub fn required(path: &str) -> Access {
    AREAS
        .iter()
        .find(|(prefix, _)| within(path, prefix))
        .map_or(Access::Public, |(_, roles)| Access::Staff(roles))
}

/// `/admin` covers `/admin` and `/admin/…` but not `/administration`; prefixes ending in `/`
/// cover what follows them.
fn within(path: &str, prefix: &str) -> bool {
    match path.strip_prefix(prefix) {
        Some(rest) => prefix.ends_with('/') || rest.is_empty() || rest.starts_with('/'),
        None => false,
    }
}

/// Minutes without a request after which a staff session ends (DKFDS).
pub const IDLE_MINUTES: i64 = 30;
/// Minutes before that end at which staff pages warn.
pub const WARN_MINUTES: i64 = 5;
/// Hours after login at which a staff session ends whatever happens.
pub const ABSOLUTE_HOURS: i64 = 12;

/// The page a staff member starts on after logging in.
pub const START_PAGE: &str = "/start";

/// Why a staff session ended before the request that found it ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SessionEnd {
    /// No request for 30 minutes.
    Idle,
    /// 12 hours after login.
    Expired,
    /// The account was deactivated or its password reset.
    Revoked,
}

/// A page shown instead of the one asked for (by the access layer or a form handler).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Interruption {
    /// A staff page without a login: the login form, which leads back to `next`.
    LoginRequired {
        /// Why the previous session ended, if it did.
        ended: Option<SessionEnd>,
        /// The page asked for.
        next: String,
    },
    /// A staff page the role may not see.
    Forbidden,
    /// Nothing there.
    NotFound,
}

/// A `next` address after login: only a path on this site, never another site.
pub fn local_path(next: &str) -> Option<&str> {
    let ok = next.starts_with('/')
        && !next.starts_with("//")
        && !next.contains('\\')
        && !next.chars().any(char::is_control);
    ok.then_some(next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn staff_areas_need_their_roles_and_everything_else_is_public() {
        assert_eq!(required("/admin/medarbejdere"), Access::Staff(ADMIN));
        assert_eq!(required("/admin"), Access::Staff(ADMIN));
        assert_eq!(required("/administration"), Access::Public);
        assert_eq!(required("/team/koder"), Access::Staff(TEAM));
        assert_eq!(required("/api/team/codes"), Access::Staff(TEAM));
        assert_eq!(required("/ledelse"), Access::Staff(LEAD));
        assert_eq!(required("/start"), Access::Staff(ANY_STAFF));
        assert_eq!(required("/"), Access::Public);
        assert_eq!(required("/evaluering"), Access::Public);
        assert_eq!(required("/login"), Access::Public);
        assert_eq!(required("/api/evaluation/check-code"), Access::Public);
        assert_eq!(required("/metrics"), Access::Staff(ADMIN));
        assert!(anonymous("/evaluering") && anonymous("/evaluering/kvittering"));
        assert!(anonymous("/sparring/svar") && anonymous("/api/sparring/institutions"));
        assert!(anonymous("/raad") && anonymous("/raad/vurdering") && !anonymous("/raadhus"));
        assert!(!anonymous("/team/sparring") && !anonymous("/sparringsdag"));
    }

    #[test]
    fn next_addresses_stay_on_this_site() {
        assert_eq!(
            local_path("/admin/medarbejdere"),
            Some("/admin/medarbejdere")
        );
        assert_eq!(local_path("https://evil.example/"), None);
        assert_eq!(local_path("//evil.example/"), None);
        assert_eq!(local_path("/\\evil.example"), None);
        assert_eq!(local_path(""), None);
    }
}
