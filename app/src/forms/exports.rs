//! `GET /ledelse/eksport/{table}.csv|.xlsx`: one dashboard table under the same filters as
//! the page it is on, suppressed exactly as shown there. Each download is in the audit log.

use axum::{
    extract::{Path, State},
    http::{header, request::Parts, HeaderValue, StatusCode},
    response::{IntoResponse as _, Response},
    Extension,
};

use super::internal;
use crate::{
    api::dashboard::{DashboardQuery, Goal},
    domain::CurrentStaff,
    indicators::DEFAULT_THRESHOLD,
    store::{
        audit_store::{self, Action, Actor},
        dashboard::build,
        request::lang_of,
        table_export, AppState,
    },
};

/// The address of downloads.
pub const PATH: &str = "/ledelse/eksport/{file}";

/// Answers with the table named in `file` (`goal2-measures.xlsx`).
pub async fn export(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    Path(file): Path<String>,
    parts: Parts,
) -> Response {
    let not_found = || (StatusCode::NOT_FOUND, "no such table or format").into_response();
    let Some((id, format)) = file.rsplit_once('.') else {
        return not_found();
    };
    let Some(goal) = id
        .strip_prefix("goal")
        .and_then(|rest| rest.get(..1))
        .and_then(Goal::from_number)
    else {
        return not_found();
    };
    let pairs: Vec<(String, String)> =
        serde_urlencoded::from_str(parts.uri.query().unwrap_or("")).unwrap_or_default();
    let query = DashboardQuery::parse(|name| {
        pairs
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone())
            .unwrap_or_default()
    });
    let (lang, _) = lang_of(&parts);
    let dashboard = match build(&state.db, goal, &query, lang, DEFAULT_THRESHOLD).await {
        Ok(dashboard) => dashboard,
        Err(e) => return internal(e),
    };
    let Some(table) = dashboard.tables.iter().find(|t| t.id == id) else {
        return not_found();
    };
    let (bytes, content_type) = match format {
        "csv" => (
            table_export::csv(table).map_err(|e| e.to_string()),
            "text/csv; charset=utf-8",
        ),
        "xlsx" => (
            table_export::xlsx(table).map_err(|e| e.to_string()),
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ),
        _ => return not_found(),
    };
    let bytes = match bytes {
        Ok(bytes) => bytes,
        Err(e) => return internal(e),
    };
    let actor = Actor {
        staff_id: Some(staff.id),
        email: &staff.email,
    };
    if let Err(e) = audit_store::record(
        state.db.pool(),
        state.clock.now(),
        actor,
        Action::Exported,
        &file,
    )
    .await
    {
        return internal(e);
    }
    let mut response = bytes.into_response();
    let headers = response.headers_mut();
    headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    if let Ok(disposition) =
        HeaderValue::from_str(&format!("attachment; filename=\"tidlig-{file}\""))
    {
        headers.insert(header::CONTENT_DISPOSITION, disposition);
    }
    response
}
