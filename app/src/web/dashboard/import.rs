//! The project lead's imports of registry figures: `POST /ledelse/import/underretninger`,
//! `/ledelse/import/arter`, `/ledelse/import/trin` and `/ledelse/import/trappe`, and of others' key figures,
//! `/ledelse/import/sammenligning`; each a CSV file stored whole or not at all
//! (`domain::registry_import` and `domain::comparison` read them, the stores keep them).

use axum::{
    extract::{Request, State},
    Extension,
};

use crate::{
    domain::{
        audit::Action, comparison, population, registry_import, CurrentStaff, ImportError,
        ImportOutcome,
    },
    i18n::audit,
    store::{comparison_store, population_store, registry_store, AppState},
    web::{
        kit::{internal, Reply},
        upload,
    },
};

/// The import page, where every outcome is shown.
pub const PAGE: &str = "/ledelse/import";

/// Stores a parsed file with `store`, or reports its problems; either way answers with the page.
async fn finish<T>(
    state: &AppState,
    staff: &CurrentStaff,
    parts: &axum::http::request::Parts,
    action: &'static str,
    parsed: Result<Vec<T>, Vec<ImportError>>,
    store: impl AsyncFnOnce(&mut sqlx::AnyConnection, &[T]) -> Result<(usize, usize), sqlx::Error>,
) -> Reply {
    let outcome = match parsed {
        Err(errors) => ImportOutcome::Refused(errors),
        Ok(rows) => {
            let (lines, years) = upload::store_recorded(
                state,
                staff,
                async |tx| store(tx, &rows).await,
                |lines, years| {
                    let subject = audit::figures_imported(action, lines, years);
                    (Action::FiguresImported, subject)
                },
            )
            .await?;
            ImportOutcome::Stored(lines, years)
        }
    };
    upload::answer(state, parts, PAGE, action, outcome).await
}

/// `year,age,count[,sender]`.
pub async fn notifications(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let parsed = registry_import::parse_notifications(&file);
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/underretninger",
        parsed,
        async |tx, rows| registry_store::store_notifications(tx, rows).await,
    )
    .await
}

/// `kind,rank,label_da,label_en,preventive`.
pub async fn kinds(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let parsed = registry_import::parse_kinds(&file);
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/arter",
        parsed,
        async |tx, rows| registry_store::store_kinds(tx, rows).await,
    )
    .await
}

/// `step,rank,kind,label_da,label_en`.
pub async fn steps(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let kinds = registry_store::kind_keys(&state.db)
        .await
        .map_err(internal)?;
    let parsed = registry_import::parse_steps(&file, &kinds);
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/trin",
        parsed,
        async |tx, rows| registry_store::store_steps(tx, rows).await,
    )
    .await
}

/// `year,step,measures,expenditure_dkk`.
pub async fn staircase(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let known = registry_store::step_keys(&state.db)
        .await
        .map_err(internal)?;
    let parsed = registry_import::parse_staircase(&file, &known);
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/trappe",
        parsed,
        async |tx, rows| registry_store::store_staircase(tx, rows).await,
    )
    .await
}

/// Others' key figures (`domain::comparison` gives the shapes), with the year of a file that
/// names none in the field `year`.
pub async fn comparison(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file, fields) = upload::read_upload(&state, request, &["year"]).await?;
    let year = fields.first().map_or("", |y| y.trim());
    let parsed = if year.is_empty() {
        comparison::parse_comparison(&file, None)
    } else {
        // A year that does not read is the field's problem, shown before the file's.
        comparison::parse_year(year)
            .map_err(|problem| {
                vec![ImportError {
                    line: 0,
                    column: "year".to_owned(),
                    problem,
                }]
            })
            .and_then(|year| comparison::parse_comparison(&file, Some(year)))
    };
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/sammenligning",
        parsed,
        async |tx, figures| comparison_store::store_comparison(tx, figures).await,
    )
    .await
}

/// The population by age, as Statbank exports table FOLK1A (`domain::population`).
pub async fn population(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let parsed = population::parse_population(&file);
    finish(
        &state,
        &staff,
        &parts,
        "/ledelse/import/befolkning",
        parsed,
        async |tx, rows| population_store::store_population(tx, rows).await,
    )
    .await
}
