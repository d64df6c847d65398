//! The HTTP surface, by feature. Each feature's folder holds its reads (server functions at
//! stable `/api/<feature>/<name>` endpoints, compiled for the browser too) beside its writes
//! (plain HTML form posts and downloads, server only): parse into domain types, authorise, call
//! the storage layer, answer. What every handler shares is in [`kit`] and [`request`].
//!
//! Staff endpoints live under the access prefixes of `domain::access` (`/api/admin/`,
//! `/api/team/`, `/api/lead/`, `/api/session/`) and check the role again themselves.

pub mod admin;
pub mod comments;
pub mod courses;
pub mod dashboard;
pub mod error;
pub mod evaluation;
pub mod privacy;
pub mod session;
pub mod sparring;

#[cfg(feature = "ssr")]
pub mod kit;
pub mod languages;
pub mod offers;
#[cfg(feature = "ssr")]
pub mod request;
#[cfg(feature = "ssr")]
pub mod upload;

#[cfg(feature = "ssr")]
pub use routes::{routes, ONLY_POSTED, PATHS};

#[cfg(feature = "ssr")]
mod routes {
    use axum::{routing::post, Router};

    use super::{admin, courses, dashboard, evaluation, kit, offers, session, sparring};
    use crate::store::AppState;

    /// Declares the form posts once, for the router and for the list of routes the tests check:
    /// those whose address is also a page, and those posted only, whose address a browser may
    /// still ask for (a reload after a refusal, a bookmark, the language switch) and is then
    /// sent on to the form's page.
    macro_rules! form_posts {
        (
            pages { $($path:literal => $handler:path),* $(,)? }
            only_posted { $($only:literal => $only_handler:path),* $(,)? }
        ) => {
            /// The addresses of every form post.
            pub const PATHS: &[&str] = &[$($path,)* $($only),*];

            /// The form posts whose address is no page: a GET there leads to the form's page.
            pub const ONLY_POSTED: &[&str] = &[$($only),*];

            /// Every form post of the portal.
            pub fn routes() -> Router<AppState> {
                Router::new()
                    $(.route($path, post($handler)))*
                    $(.route($only, post($only_handler).get(kit::back_to_page)))*
            }
        };
    }

    form_posts! {
        pages {
            "/evaluering" => evaluation::post::submit,
            "/evaluering/fagperson" => evaluation::post::submit_professional,
            "/sparring" => sparring::post::submit,
            "/sparring/kvittering" => sparring::post::open,
            "/raad" => sparring::post::submit_advice,
            "/raad/kvittering" => sparring::post::open,
            "/team/koder" => evaluation::codes::issue,
            "/team/forloeb/nyt" => courses::post::create,
            "/team/forloeb/import" => courses::import::submit,
            "/team/forloeb/{id}/moede/{meeting}" => courses::post::change_meeting,
            "/team/tilbud/nyt" => offers::post::create,
            "/team/tilbud/{id}" => offers::post::update,
            "/login" => session::login::submit,
            "/konto/adgangskode" => session::password::change_password,
            "/admin/medarbejdere" => admin::staff::create,
            "/admin/medarbejdere/{id}" => admin::staff::update,
            "/admin/institutioner" => admin::institutions::create,
            "/admin/institutioner/{id}" => admin::institutions::update,
            "/admin/indstillinger" => admin::settings::save,
        }
        only_posted {
            "/admin/indstillinger/kommune" => admin::settings::save_publishing,
            "/sparring/svar" => sparring::post::reply,
            "/sparring/vurdering" => sparring::post::rate,
            "/raad/svar" => sparring::post::reply,
            "/raad/vurdering" => sparring::post::rate,
            "/team/sparring/{id}/tildel" => sparring::team::assign,
            "/team/sparring/{id}/moede" => sparring::team::propose_meeting,
            "/team/sparring/{id}/besked" => sparring::team::message,
            "/team/sparring/{id}/luk" => sparring::team::close,
            "/team/forloeb/{id}/moede" => courses::post::add_meeting,
            "/team/forloeb/{id}/afslut" => courses::post::close,
            "/team/forloeb/{id}/kort" => courses::post::card,
            "/team/forloeb/{id}/fagkort" => courses::post::professional_cards,
            "/team/forloeb/{id}/slet-moede" => courses::post::delete_meeting,
            "/team/forloeb/{id}/genaabn" => courses::post::reopen,
            "/team/tilbud/import" => offers::import::submit,
            "/team/tilbud/{id}/status" => offers::post::set_status,
            "/ledelse/maal/3/ret" => dashboard::correction::correct,
            "/ledelse/import/underretninger" => dashboard::import::notifications,
            "/ledelse/import/arter" => dashboard::import::kinds,
            "/ledelse/import/forebyggende" => dashboard::kinds::set_preventive,
            "/ledelse/import/trin" => dashboard::import::steps,
            "/ledelse/import/trappe" => dashboard::import::staircase,
            "/ledelse/import/sammenligning" => dashboard::import::comparison,
            "/ledelse/import/befolkning" => dashboard::import::population,
            "/ledelse/maalsaetning" => dashboard::targets::set,
            "/ledelse/maalsaetning/fjern" => dashboard::targets::remove,
            "/logout" => session::login::log_out,
            "/admin/medarbejdere/{id}/status" => admin::staff::set_status,
            "/admin/medarbejdere/{id}/adgangskode" => admin::staff::reset_password,
            "/admin/institutioner/{id}/status" => admin::institutions::set_status,
        }
    }
}
