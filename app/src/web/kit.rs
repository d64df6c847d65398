//! The kit every form handler is built from: decoding a form, the staff member's post with its
//! audit commit, redirects, and rendering a page again (through the shell) when a form is
//! refused.
//!
//! Each form posts to an address of its own; the handler parses the fields into domain types
//! and either redirects (303, post/redirect/get) or renders the form's page again with the
//! values and the problems (422), so nothing typed is lost and nothing is written. The same
//! path serves browsers with and without JavaScript.

use axum::{
    body::{to_bytes, Body},
    extract::Request,
    http::{header, request::Parts, HeaderValue, Method, StatusCode, Uri},
    response::{IntoResponse as _, Response},
};
use leptos::prelude::*;

use crate::{
    app::shell,
    domain::{
        audit::{Action, Actor},
        form::Fields,
        CurrentStaff, FieldError, Interruption, Notice, Submitted,
    },
    i18n::refusals,
    store::{audit_store, handover::Handed, sessions, AppState},
    web::request::public_url,
};

/// The fields of a submitted form, in order.
#[derive(Debug, Clone, Default)]
pub struct FormData(Vec<(String, String)>);

impl FormData {
    /// Decodes an `application/x-www-form-urlencoded` body; invalid UTF-8 is an error.
    pub fn decode(bytes: &[u8]) -> Result<Self, serde_urlencoded::de::Error> {
        serde_urlencoded::from_bytes(bytes).map(FormData)
    }

    /// The refusal of `form` with `errors`, keeping the values to show again but not the
    /// fields named in `secret` (passwords).
    pub fn refused(&self, form: &str, secret: &[&str], errors: Vec<FieldError>) -> Submitted {
        let values: Vec<(String, String)> = self
            .0
            .iter()
            .filter(|(key, _)| !secret.contains(&key.as_str()))
            .cloned()
            .collect();
        Submitted {
            form: form.to_owned(),
            values,
            errors,
        }
    }

    /// The filled-in form's post id (empty when the form has none).
    pub fn post_id(&self) -> &str {
        self.get(crate::domain::site::POST_ID)
    }

    /// The form's name, from the end of its post id (`{render}-{form}`).
    fn form_name(&self) -> Option<&str> {
        self.post_id().split_once('-').map(|(_, form)| form)
    }
}

impl Fields for FormData {
    fn get(&self, name: &str) -> &str {
        self.0.get(name)
    }

    fn all(&self, name: &str) -> Vec<&str> {
        self.0.all(name)
    }
}

/// Reads a URL-encoded form body. Anything else is refused with a 4xx and a reason.
pub async fn read_form(request: Request) -> Result<(Parts, FormData), Response> {
    let (parts, body) = request.into_parts();
    let form_type = parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !form_type {
        return Err((StatusCode::UNSUPPORTED_MEDIA_TYPE, refusals::NOT_A_FORM).into_response());
    }
    let bytes = to_bytes(body, usize::MAX)
        .await
        .map_err(|_| (StatusCode::PAYLOAD_TOO_LARGE, refusals::FORM_TOO_LARGE).into_response())?;
    let data = FormData::decode(&bytes)
        .map_err(|_| (StatusCode::BAD_REQUEST, refusals::FORM_UNREADABLE).into_response())?;
    Ok((parts, data))
}

/// 303 See Other to a page of ours.
pub fn see_other(path: &str) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let Ok(location) = HeaderValue::from_str(path) {
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// Marks a response that no cache may keep (a receipt, codes, a request's text, or the way to
/// them).
pub fn no_store(mut response: Response) -> Response {
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

/// Where this filled-in form led when it was sent before (Back and send, a double click), if
/// it was: the post is answered with that, and nothing is done again.
pub fn sent_before(state: &AppState, data: &FormData) -> Option<Response> {
    state
        .handovers
        .answer_of(data.post_id(), state.clock.now())
        .map(|next| no_store(see_other(&next)))
}

/// Sends the poster on to `next`, where the same filled-in form sent again will lead too.
pub fn lead_on(state: &AppState, data: &FormData, next: &str) -> Response {
    state
        .handovers
        .answered(data.post_id(), next, state.clock.now());
    no_store(see_other(next))
}

/// Hands `what` to `page` under a new token (`page?vis=<token>`) and leads the poster there.
pub fn hand_on(state: &AppState, data: &FormData, what: Handed, page: &str) -> Response {
    let token = state.handovers.hand(what, state.clock.now());
    lead_on(state, data, &format!("{page}?vis={token}"))
}

/// The page a form posted only to `path` belongs to: the asker's page for their reply and
/// rating, the
/// login for logging out, else the address one step up (`/team/forloeb/7/kort` →
/// `/team/forloeb/7`).
pub fn page_of_post(path: &str) -> &str {
    match path {
        "/sparring/svar" | "/sparring/vurdering" => "/sparring/kvittering",
        "/raad/svar" | "/raad/vurdering" => "/raad/kvittering",
        "/logout" => "/login",
        "/ledelse/maalsaetning/fjern" => "/ledelse",
        _ => path.rsplit_once('/').map_or("/", |(up, _)| up),
    }
}

/// The page of the form posted to `path`: the path itself where it is a page too
/// (`/team/forloeb/nyt`), else the page one step up (see [`page_of_post`]).
pub fn page_of_form(path: &str) -> &str {
    let posted_only = crate::web::ONLY_POSTED.iter().any(|pattern| {
        let mut wanted = pattern.split('/');
        let mut given = path.split('/');
        loop {
            match (wanted.next(), given.next()) {
                (None, None) => return true,
                (Some(w), Some(g)) if w == g || (w.starts_with('{') && !g.is_empty()) => {}
                _ => return false,
            }
        }
    });
    if posted_only {
        page_of_post(path)
    } else {
        path
    }
}

/// What a form's language switch never shows again: passwords, a receipt typed into the
/// receipt form, and the asker's confirmation that the text names no child (given anew).
const NOT_SHOWN_AGAIN: &[&str] = &["password", "current", "new", "repeat", "receipt", "confirm"];

/// A form sent with its page's language switch (`switch_lang`), as a refused form's page
/// sends it: the form's page again in the other language with what was typed, and nothing
/// done. `None` for any other post.
pub async fn switched(state: &AppState, parts: &Parts, data: &FormData) -> Option<Response> {
    let lang = crate::domain::Lang::parse(data.get("switch_lang"))?;
    let page = format!("{}?lang={}", page_of_form(parts.uri.path()), lang.code());
    let Some(form) = data.form_name() else {
        return Some(see_other(&page));
    };
    let kept = data.refused(form, NOT_SHOWN_AGAIN, Vec::new());
    Some(no_store(
        show_again(state, parts, &page, kept, StatusCode::OK).await,
    ))
}

/// `GET` at an address that is only posted to: 303 to the form's page, keeping the query
/// (the language). Never the browser's bare "405".
pub async fn back_to_page(uri: Uri) -> Response {
    let page = page_of_post(uri.path());
    match uri.query() {
        Some(query) => see_other(&format!("{page}?{query}")),
        None => see_other(page),
    }
}

/// Renders the page at `page` with the extra context `provide`, for this request's reader
/// (language cookie, staff member), and answers with `status`.
pub async fn render(
    state: &AppState,
    parts: &Parts,
    page: &str,
    status: StatusCode,
    provide: impl Fn() + Clone + Send + Sync + 'static,
) -> Response {
    let mut request = Request::from_parts(parts.clone(), Body::empty());
    *request.method_mut() = Method::GET;
    if let Ok(uri) = page.parse::<Uri>() {
        *request.uri_mut() = uri;
    }
    let handler = leptos_axum::render_app_async_with_context(
        {
            let state = state.clone();
            move || {
                provide_context(state.clone());
                crate::web::request::provide_page_context(&state);
                provide();
            }
        },
        {
            let options = state.leptos_options.clone();
            move || shell(options.clone())
        },
    );
    let mut response = handler(request).await;
    *response.status_mut() = status;
    response
}

/// Shows the form's page again with what was typed and what is wrong.
pub async fn show_again(
    state: &AppState,
    parts: &Parts,
    page: &str,
    submitted: Submitted,
    status: StatusCode,
) -> Response {
    render(state, parts, page, status, move || {
        provide_context(submitted.clone())
    })
    .await
}

/// Answers a request with a page that stands in for the one asked for: the login form (401),
/// "no access" (403) or "not found" (404).
pub async fn interrupt(state: &AppState, parts: &Parts, interruption: Interruption) -> Response {
    let status = match interruption {
        Interruption::LoginRequired { .. } => StatusCode::UNAUTHORIZED,
        Interruption::Forbidden => StatusCode::FORBIDDEN,
        Interruption::NotFound => StatusCode::NOT_FOUND,
    };
    let page = parts.uri.to_string();
    render(state, parts, &page, status, move || {
        provide_context(interruption.clone())
    })
    .await
}

/// What a form handler answers: the next page, or a refusal (which is a page too).
pub type Reply = Result<Response, Response>;

/// A staff member's form post: who sent it, what it held, and what the handler needs to
/// answer it. Extracted before the handler runs (the access layer has let the staff member in).
pub struct StaffPost {
    /// The application.
    pub state: AppState,
    /// Who posted.
    pub staff: CurrentStaff,
    /// Their session (for the notice on the next page).
    pub session: tower_sessions::Session,
    /// The request, for rendering a page again.
    pub parts: Parts,
    /// The fields.
    pub data: FormData,
}

impl axum::extract::FromRequest<AppState> for StaffPost {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let staff = request.extensions().get::<CurrentStaff>().cloned();
        let session = request
            .extensions()
            .get::<tower_sessions::Session>()
            .cloned();
        let (Some(staff), Some(session)) = (staff, session) else {
            return Err((StatusCode::UNAUTHORIZED, refusals::SIGN_IN_REQUIRED).into_response());
        };
        let (parts, data) = read_form(request).await?;
        if let Some(again) = sent_before(state, &data) {
            return Err(again);
        }
        if let Some(page) = switched(state, &parts, &data).await {
            return Err(page);
        }
        Ok(Self {
            state: state.clone(),
            staff,
            session,
            parts,
            data,
        })
    }
}

impl StaffPost {
    /// Renders `page` again with the values (but not the `secret` fields) and `errors` (422).
    pub async fn refuse(
        &self,
        page: &str,
        form: &'static str,
        secret: &[&str],
        errors: Vec<FieldError>,
    ) -> Response {
        let submitted = self.data.refused(form, secret, errors);
        show_again(
            &self.state,
            &self.parts,
            page,
            submitted,
            StatusCode::UNPROCESSABLE_ENTITY,
        )
        .await
    }

    /// The not-found page.
    pub async fn not_found(&self) -> Response {
        interrupt(&self.state, &self.parts, Interruption::NotFound).await
    }

    /// Starts the transaction the change and its audit entry share.
    pub async fn begin(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, Response> {
        self.state.db.begin_write().await.map_err(internal)
    }

    /// Writes the audit entry for this staff member's `action` inside the change's
    /// transaction.
    pub async fn record(
        &self,
        tx: &mut sqlx::AnyConnection,
        action: Action,
        subject: &str,
    ) -> Result<(), Response> {
        let actor = Actor {
            staff_id: Some(self.staff.id),
            email: &self.staff.email,
        };
        audit_store::record(tx, self.state.clock.now(), actor, action, subject)
            .await
            .map_err(internal)
    }

    /// The portal's address as parents type it (see [`public_url`]).
    pub fn public_url(&self) -> String {
        public_url(&self.state).to_owned()
    }

    /// Writes the audit entry inside the change's transaction, commits both, and sends the
    /// staff member on to `next` with `notice`: all of it happens, or none.
    pub async fn commit(
        &self,
        mut tx: sqlx::Transaction<'static, sqlx::Any>,
        (action, subject): (Action, &str),
        notice: Notice,
        next: &str,
    ) -> Reply {
        self.record(&mut tx, action, subject).await?;
        tx.commit().await.map_err(internal)?;
        sessions::set_flash(&self.session, &notice)
            .await
            .map_err(internal)?;
        Ok(self.led_to(next))
    }

    /// Sends the staff member on to `next`, where the same post sent again will lead too.
    pub fn led_to(&self, next: &str) -> Response {
        lead_on(&self.state, &self.data, next)
    }
}

/// Logs an unexpected failure and answers with the generic 500 page text.
pub fn internal(error: impl std::fmt::Display) -> Response {
    tracing::error!(error = %error, "form handler failed");
    (StatusCode::INTERNAL_SERVER_ERROR, refusals::INTERNAL).into_response()
}

#[cfg(test)]
mod tests {
    use super::{page_of_form, page_of_post};

    #[test]
    fn an_address_only_posted_to_belongs_to_the_page_of_its_form() {
        assert_eq!(page_of_post("/team/forloeb/7/kort"), "/team/forloeb/7");
        assert_eq!(page_of_post("/ledelse/import/trin"), "/ledelse/import");
        assert_eq!(page_of_post("/sparring/svar"), "/sparring/kvittering");
        assert_eq!(page_of_post("/raad/vurdering"), "/raad/kvittering");
        assert_eq!(page_of_post("/logout"), "/login");
    }

    #[test]
    fn a_form_belongs_to_its_own_address_unless_that_is_only_posted_to() {
        assert_eq!(page_of_form("/team/forloeb/nyt"), "/team/forloeb/nyt");
        assert_eq!(
            page_of_form("/admin/medarbejdere/3"),
            "/admin/medarbejdere/3"
        );
        assert_eq!(
            page_of_form("/admin/medarbejdere/3/status"),
            "/admin/medarbejdere/3"
        );
        assert_eq!(page_of_form("/team/forloeb/12/moede"), "/team/forloeb/12");
        assert_eq!(page_of_form("/sparring/svar"), "/sparring/kvittering");
    }
}
