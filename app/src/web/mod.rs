//! The HTTP surface, by feature. Each feature's folder holds its reads (server functions at
//! stable `/api/<feature>/<name>` endpoints, compiled for the browser too) beside its writes
//! (plain HTML form posts and downloads, server only): parse into domain types, authorise, call
//! the storage layer, answer. What every handler shares is in [`kit`] and [`request`].
//!
//! Staff endpoints live under the access prefixes of `domain::access` (`/api/admin/`,
//! `/api/team/`, `/api/lead/`, `/api/session/`) and check the role again themselves.

pub mod admin;
pub mod courses;
pub mod dashboard;
pub mod error;
pub mod evaluation;
pub mod session;
pub mod sparring;

#[cfg(feature = "ssr")]
pub mod kit;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod upload;

#[cfg(feature = "ssr")]
pub use routes::{routes, PATHS};

#[cfg(feature = "ssr")]
mod routes {
    use axum::{routing::post, Router};

    use super::{admin, courses, dashboard, evaluation, session, sparring};
    use crate::store::AppState;

    /// Declares the form posts once, for the router and for the list of routes the tests check.
    macro_rules! form_posts {
        ($($path:literal => $handler:path),* $(,)?) => {
            /// The addresses of every form post.
            pub const PATHS: &[&str] = &[$($path),*];

            /// Every form post of the portal.
            pub fn routes() -> Router<AppState> {
                Router::new()$(.route($path, post($handler)))*
            }
        };
    }

    form_posts! {
        "/evaluering" => evaluation::post::submit,
        "/sparring" => sparring::post::submit,
        "/sparring/kvittering" => sparring::post::open,
        "/sparring/svar" => sparring::post::reply,
        "/team/sparring/{id}/tildel" => sparring::team::assign,
        "/team/sparring/{id}/moede" => sparring::team::propose_meeting,
        "/team/sparring/{id}/besked" => sparring::team::message,
        "/team/sparring/{id}/luk" => sparring::team::close,
        "/team/koder" => evaluation::codes::issue,
        "/team/forloeb/nyt" => courses::post::create,
        "/team/forloeb/{id}/moede" => courses::post::add_meeting,
        "/team/forloeb/{id}/afslut" => courses::post::close,
        "/team/forloeb/{id}/kort" => courses::post::card,
        "/team/forloeb/import" => courses::import::submit,
        "/ledelse/import/underretninger" => dashboard::import::notifications,
        "/ledelse/import/trin" => dashboard::import::steps,
        "/ledelse/import/trappe" => dashboard::import::staircase,
        "/login" => session::login::submit,
        "/logout" => session::login::log_out,
        "/konto/adgangskode" => session::password::change_password,
        "/admin/medarbejdere" => admin::staff::create,
        "/admin/medarbejdere/{id}" => admin::staff::update,
        "/admin/medarbejdere/{id}/status" => admin::staff::set_status,
        "/admin/medarbejdere/{id}/adgangskode" => admin::staff::reset_password,
        "/admin/institutioner" => admin::institutions::create,
        "/admin/institutioner/{id}" => admin::institutions::update,
        "/admin/institutioner/{id}/status" => admin::institutions::set_status,
        "/admin/indstillinger" => admin::settings::save,
    }
}
