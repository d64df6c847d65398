//! The team keeps the catalogue: `POST /team/tilbud/nyt` adds an offer, `/team/tilbud/{id}`
//! changes one, `/team/tilbud/{id}/status` takes it off the catalogue or puts it back. Each is
//! in the audit log; a refused form comes back with what was typed and every problem.

use axum::extract::Path;

use crate::{
    domain::{
        audit::Action,
        form::{flag, Fields},
        offer::NewOffer,
        FieldError, Notice, Problem,
    },
    store::{
        offer_store::{self, SaveOfferError},
        registry_store,
    },
    web::kit::{internal, Reply, StaffPost},
};

const LIST: &str = "/team/tilbud";
const NEW: &str = "/team/tilbud/nyt";

fn page(id: i64) -> String {
    format!("{LIST}/{id}")
}

/// The offer the form describes, or the form again with its problems.
async fn parsed(
    post: &StaffPost,
    page: &str,
    form: &'static str,
) -> Result<NewOffer, axum::response::Response> {
    let steps: Vec<String> = registry_store::steps(&post.state.db)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|s| s.step)
        .collect();
    match NewOffer::parse(&post.data, &steps) {
        Ok(offer) => Ok(offer),
        Err(errors) => Err(post.refuse(page, form, &[], errors).await),
    }
}

/// The refusal for a store error: a taken name goes back to the form, anything else is ours.
async fn store_error(
    post: &StaffPost,
    page: &str,
    form: &'static str,
    error: SaveOfferError,
) -> axum::response::Response {
    match error {
        SaveOfferError::NameTaken => {
            let errors = vec![FieldError::new("name", Problem::NameTaken)];
            post.refuse(page, form, &[], errors).await
        }
        SaveOfferError::Database(e) => internal(e),
    }
}

/// `POST /team/tilbud/nyt`.
pub async fn create(post: StaffPost) -> Reply {
    let offer = parsed(&post, NEW, "offer").await?;
    let mut tx = post.begin().await?;
    let id = match offer_store::create(&mut tx, &offer).await {
        Ok(id) => id,
        Err(e) => return Err(store_error(&post, NEW, "offer", e).await),
    };
    let notice = Notice::OfferSaved(offer.name.clone());
    post.commit(tx, (Action::OfferSaved, &offer.name), notice, &page(id))
        .await
}

/// `POST /team/tilbud/{id}`.
pub async fn update(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let offer = parsed(&post, &page(id), "offer").await?;
    let mut tx = post.begin().await?;
    match offer_store::update(&mut tx, id, &offer).await {
        Ok(true) => {}
        Ok(false) => return Err(post.not_found().await),
        Err(e) => return Err(store_error(&post, &page(id), "offer", e).await),
    }
    let notice = Notice::OfferSaved(offer.name.clone());
    post.commit(tx, (Action::OfferSaved, &offer.name), notice, &page(id))
        .await
}

/// `POST /team/tilbud/{id}/status`: `active=0` takes the offer off the public catalogue (it
/// stays in the team's list), `active=1` puts it back.
pub async fn set_status(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let Some(active) = flag(post.data.get("active")) else {
        let errors = vec![FieldError::new("active", Problem::NotAChoice)];
        return Err(post.refuse(&page(id), "offer-status", &[], errors).await);
    };
    let Some(offer) = offer_store::get(&post.state.db, id)
        .await
        .map_err(internal)?
    else {
        return Err(post.not_found().await);
    };
    let mut tx = post.begin().await?;
    offer_store::set_active(&mut tx, id, active)
        .await
        .map_err(internal)?;
    let name = offer.details.name;
    let subject = format!(
        "{name}: {}",
        if active {
            "on the catalogue"
        } else {
            "taken off"
        }
    );
    post.commit(
        tx,
        (Action::OfferSaved, &subject),
        Notice::OfferSaved(name.clone()),
        &page(id),
    )
    .await
}
