//! The catalogue's reads: `offers/catalogue` for everyone (the active offers a filter lets
//! through, and the staircase they are drawn on), and `team/offers`, `team/offer` for the FI
//! team, who keep it.

use leptos::prelude::*;
use serde::{Deserialize, Serialize};

use crate::{
    domain::{
        offer::{Offer, OfferFilter},
        registry::Step,
    },
    web::error::AppError,
};
#[cfg(feature = "ssr")]
use crate::{
    store::{offer_store, registry_store},
    web::request::{app_state, require},
};

/// The catalogue as a page draws it: the staircase's steps, least intrusive first, the offers
/// the filter lets through, and how many offers there are in all.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Catalogue {
    pub steps: Vec<Step>,
    pub offers: Vec<Offer>,
    pub all: usize,
}

/// The public catalogue: the active offers `filter` lets through.
#[server(endpoint = "offers/catalogue")]
pub async fn offer_catalogue(filter: OfferFilter) -> Result<Catalogue, AppError> {
    let state = app_state()?;
    let offers = offer_store::list(&state.db, true).await?;
    let all = offers.len();
    Ok(Catalogue {
        steps: registry_store::steps(&state.db).await?,
        offers: offers
            .into_iter()
            .filter(|o| filter.admits(&o.details))
            .collect(),
        all,
    })
}

/// Every offer, taken off the catalogue or not, and the staircase's steps (role team).
#[server(endpoint = "team/offers")]
pub async fn team_offers() -> Result<(Vec<Offer>, Vec<Step>), AppError> {
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    Ok((
        offer_store::list(&state.db, false).await?,
        registry_store::steps(&state.db).await?,
    ))
}

/// One offer and the staircase's steps (role team).
#[server(endpoint = "team/offer")]
pub async fn team_offer(id: i64) -> Result<(Offer, Vec<Step>), AppError> {
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    let offer = offer_store::get(&state.db, id)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok((offer, registry_store::steps(&state.db).await?))
}
