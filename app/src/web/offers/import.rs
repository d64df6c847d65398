//! `POST /team/tilbud/import`: the catalogue from a CSV file (`domain::offer_import` reads it),
//! stored whole with its audit entry, or every problem listed with its line and column.

use axum::{
    extract::{Request, State},
    Extension,
};

use crate::{
    domain::{audit::Action, offer_import, CurrentStaff, ImportOutcome},
    store::{offer_store, registry_store, AppState},
    web::{
        kit::{internal, Reply},
        upload,
    },
};

/// Where the import's outcome is shown.
const PAGE: &str = "/team/tilbud";

pub async fn submit(
    State(state): State<AppState>,
    Extension(staff): Extension<CurrentStaff>,
    request: Request,
) -> Reply {
    let (parts, file) = upload::read_file(&state, request).await?;
    let steps: Vec<String> = registry_store::steps(&state.db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|s| s.step)
        .collect();
    let outcome = match offer_import::parse_offers(&file, &steps) {
        Err(errors) => ImportOutcome::Refused(errors),
        Ok(offers) => {
            let (lines, years) = upload::store_recorded(
                &state,
                &staff,
                async |tx| offer_store::store_imported(tx, &offers).await,
                |lines, _| (Action::OffersImported, format!("{lines} offers")),
            )
            .await?;
            ImportOutcome::Stored(lines, years)
        }
    };
    upload::answer(&state, &parts, PAGE, "/team/tilbud/import", outcome).await
}
