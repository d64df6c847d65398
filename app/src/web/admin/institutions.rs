//! Administration of institutions: add, change, stop or resume offering them.

use axum::extract::Path;

use crate::{
    domain::{
        audit::Action,
        form::{flag, Fields},
        institution::InstitutionDetails,
        FieldError, Notice, Problem,
    },
    store::institution_store::{self, SaveInstitutionError},
    web::kit::{internal, Reply, StaffPost},
};

const LIST: &str = "/admin/institutioner";
fn page(id: i64) -> String {
    format!("{LIST}/{id}")
}

/// The refusal for a store error: a taken name goes back to the form, anything else is ours.
async fn store_error(
    post: &StaffPost,
    page: &str,
    form: &'static str,
    error: SaveInstitutionError,
) -> axum::response::Response {
    match error {
        SaveInstitutionError::NameTaken => {
            let errors = vec![FieldError::new("name", Problem::NameTaken)];
            post.refuse(page, form, &[], errors).await
        }
        SaveInstitutionError::Database(e) => internal(e),
    }
}

/// `POST /admin/institutioner`.
pub async fn create(post: StaffPost) -> Reply {
    let InstitutionDetails {
        name,
        area,
        district,
    } = match InstitutionDetails::parse(&post.data) {
        Ok(details) => details,
        Err(errors) => return Err(post.refuse(LIST, "new-institution", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    if let Err(e) = institution_store::create(&mut *tx, &name, area, &district).await {
        return Err(store_error(&post, LIST, "new-institution", e).await);
    }
    let notice = Notice::InstitutionCreated(name.clone());
    post.commit(tx, (Action::InstitutionCreated, &name), notice, LIST)
        .await
}

/// `POST /admin/institutioner/{id}`: name, area and district.
pub async fn update(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let InstitutionDetails {
        name,
        area,
        district,
    } = match InstitutionDetails::parse(&post.data) {
        Ok(details) => details,
        Err(errors) => return Err(post.refuse(&page(id), "institution", &[], errors).await),
    };
    let mut tx = post.begin().await?;
    match institution_store::update(&mut *tx, id, &name, area, &district).await {
        Ok(true) => {}
        Ok(false) => return Err(post.not_found().await),
        Err(e) => return Err(store_error(&post, &page(id), "institution", e).await),
    }
    let notice = Notice::InstitutionUpdated(name.clone());
    post.commit(tx, (Action::InstitutionUpdated, &name), notice, &page(id))
        .await
}

/// `POST /admin/institutioner/{id}/status`: `active=0` stops offering the institution in lists
/// (its history stays), `active=1` resumes.
pub async fn set_status(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let Some(active) = flag(post.data.get("active")) else {
        let errors = vec![FieldError::new("active", Problem::NotAChoice)];
        return Err(post
            .refuse(&page(id), "institution-status", &[], errors)
            .await);
    };
    let Some(institution) = institution_store::get(&post.state.db, id)
        .await
        .map_err(internal)?
    else {
        return Err(post.not_found().await);
    };
    let mut tx = post.begin().await?;
    institution_store::set_active(&mut *tx, id, active)
        .await
        .map_err(internal)?;
    let notice = Notice::InstitutionUpdated(institution.name.clone());
    post.commit(
        tx,
        (Action::InstitutionUpdated, &institution.name),
        notice,
        &page(id),
    )
    .await
}
