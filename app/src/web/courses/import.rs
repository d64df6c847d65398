//! `POST /team/forloeb/import`: earlier registrations from a CSV file, stored whole or not at all.

use std::collections::HashMap;

use axum::{
    extract::{Request, State},
    Extension,
};
use tower_sessions::Session;

use crate::{
    domain::{audit::Action, course_import, CurrentStaff, ImportOutcome},
    i18n::audit,
    store::{course_store, institution_store, AppState},
    web::{
        kit::{internal, Reply},
        upload,
    },
};

/// `POST /team/forloeb/import`: a CSV file, stored whole or not at all.
pub async fn submit(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    _session: Session,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let places: HashMap<String, i64> = institution_store::list_all(&state.db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|i| (i.name, i.id))
        .collect();
    let outcome = match course_import::parse(&file, &places) {
        Err(errors) => ImportOutcome::Refused(errors),
        Ok(courses) => {
            let (stored, meetings) = upload::store_recorded(
                &state,
                &staff,
                async |tx| course_store::store_imported(tx, &courses).await,
                |stored, meetings| {
                    let subject = audit::courses_imported(stored, meetings);
                    (Action::CoursesImported, subject)
                },
            )
            .await?;
            ImportOutcome::Stored(stored, meetings)
        }
    };
    const PAGE: &str = "/team/forloeb/import";
    upload::answer(&state, &parts, PAGE, PAGE, outcome).await
}
