//! Administration of staff accounts: create, change, deactivate, reactivate, one-time password.

use axum::extract::Path;

use crate::{
    domain::{
        audit::Action,
        form::{flag, Fields},
        staff::{NewStaffMember, StaffDetails},
        FieldError, Notice, Password, Problem, StaffMember,
    },
    store::{
        passwords,
        staff_store::{self, CreateStaffError, NewStaff},
    },
    web::kit::{internal, Reply, StaffPost},
};

const LIST: &str = "/admin/medarbejdere";
/// Fields never shown again after a refusal.
const SECRET: &[&str] = &["password"];

fn page(id: i64) -> String {
    format!("{LIST}/{id}")
}

/// The account `id`, or the not-found page.
async fn account(post: &StaffPost, id: i64) -> Result<StaffMember, axum::response::Response> {
    match staff_store::get(&post.state.db, id).await {
        Ok(Some(row)) => Ok(row),
        Ok(None) => Err(post.not_found().await),
        Err(e) => Err(internal(e)),
    }
}

/// Refuses a change made in `tx` that would leave no active administrator, at `field` of
/// `form` on the account's page (the transaction is dropped, so nothing changes).
async fn keeps_an_admin(
    post: &StaffPost,
    tx: &mut sqlx::AnyConnection,
    id: i64,
    (form, field): (&'static str, &str),
) -> Result<(), axum::response::Response> {
    if staff_store::active_admins(&mut *tx)
        .await
        .map_err(internal)?
        == 0
    {
        let errors = vec![FieldError::new(field, Problem::LastAdmin)];
        return Err(post.refuse(&page(id), form, SECRET, errors).await);
    }
    Ok(())
}

/// `POST /admin/medarbejdere`: a new account with a one-time password.
pub async fn create(post: StaffPost) -> Reply {
    let member = match NewStaffMember::parse(&post.data) {
        Ok(member) => member,
        Err(errors) => return Err(post.refuse(LIST, "new-staff", SECRET, errors).await),
    };
    let staff = NewStaff {
        email: member.email,
        name: member.name,
        role: member.role,
        profession: member.profession,
        password_hash: passwords::hash(member.password).await.map_err(internal)?,
        must_change_password: true,
    };
    let mut tx = post.begin().await?;
    match staff_store::create(&mut *tx, &staff, post.state.clock.now()).await {
        Ok(_) => {}
        Err(CreateStaffError::EmailTaken) => {
            let errors = vec![FieldError::new("email", Problem::EmailTaken)];
            return Err(post.refuse(LIST, "new-staff", SECRET, errors).await);
        }
        Err(CreateStaffError::Database(e)) => return Err(internal(e)),
    }
    let notice = Notice::StaffCreated(staff.name.as_str().to_owned());
    post.commit(
        tx,
        (Action::StaffCreated, staff.email.as_str()),
        notice,
        LIST,
    )
    .await
}

/// `POST /admin/medarbejdere/{id}`: name, role and profession.
pub async fn update(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let target = account(&post, id).await?;
    let StaffDetails {
        name,
        role,
        profession,
    } = match StaffDetails::parse(&post.data) {
        Ok(details) => details,
        Err(errors) => return Err(post.refuse(&page(id), "details", SECRET, errors).await),
    };
    let mut tx = post.begin().await?;
    staff_store::lock_admins(&mut tx, post.state.db.backend())
        .await
        .map_err(internal)?;
    staff_store::update_details(&mut *tx, id, &name, role, profession)
        .await
        .map_err(internal)?;
    keeps_an_admin(&post, &mut tx, id, ("details", "role")).await?;
    let notice = Notice::StaffUpdated(name.as_str().to_owned());
    post.commit(tx, (Action::StaffUpdated, &target.email), notice, &page(id))
        .await
}

/// `POST /admin/medarbejdere/{id}/status`: `active=0` deactivates (and ends the account's
/// sessions at once), `active=1` reactivates.
pub async fn set_status(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let target = account(&post, id).await?;
    let Some(active) = flag(post.data.get("active")) else {
        let errors = vec![FieldError::new("active", Problem::NotAChoice)];
        return Err(post.refuse(&page(id), "status", SECRET, errors).await);
    };
    let mut tx = post.begin().await?;
    staff_store::lock_admins(&mut tx, post.state.db.backend())
        .await
        .map_err(internal)?;
    staff_store::set_active(&mut *tx, id, active)
        .await
        .map_err(internal)?;
    keeps_an_admin(&post, &mut tx, id, ("status", "active")).await?;
    let (action, notice) = if active {
        (
            Action::StaffReactivated,
            Notice::StaffReactivated(target.name.clone()),
        )
    } else {
        (
            Action::StaffDeactivated,
            Notice::StaffDeactivated(target.name.clone()),
        )
    };
    post.commit(tx, (action, &target.email), notice, &page(id))
        .await
}

/// `POST /admin/medarbejdere/{id}/adgangskode`: a one-time password, to be changed at the next
/// login; the account's sessions end.
pub async fn reset_password(Path(id): Path<i64>, post: StaffPost) -> Reply {
    let target = account(&post, id).await?;
    let password = match Password::parse(post.data.get("password")) {
        Ok(password) => password,
        Err(problem) => {
            let errors = vec![FieldError::new("password", problem)];
            return Err(post.refuse(&page(id), "reset", SECRET, errors).await);
        }
    };
    let hash = passwords::hash(password).await.map_err(internal)?;
    let mut tx = post.begin().await?;
    staff_store::set_password(&mut *tx, id, &hash, true)
        .await
        .map_err(internal)?;
    let notice = Notice::PasswordReset(target.name.clone());
    post.commit(
        tx,
        (Action::PasswordReset, &target.email),
        notice,
        &page(id),
    )
    .await
}
