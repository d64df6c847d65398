//! Storage of staff accounts.

use sqlx::{Any, Executor};

use super::Database;
use crate::domain::{CurrentStaff, Profession, Role, StaffEmail, StaffMember, StaffName};

/// A staff account to create; the password is already hashed.
#[derive(Debug)]
pub struct NewStaff {
    /// Login and work e-mail.
    pub email: StaffEmail,
    /// Name shown to colleagues.
    pub name: StaffName,
    /// What the account may do.
    pub role: Role,
    /// Profession shown to colleagues.
    pub profession: Profession,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Whether the password is a one-time password to change at first login.
    pub must_change_password: bool,
}

/// Why an account could not be created.
#[derive(Debug, thiserror::Error)]
pub enum CreateStaffError {
    /// Another account already has this e-mail.
    #[error("an account with this e-mail already exists")]
    EmailTaken,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Creates an account and returns its id.
pub async fn create<'e>(
    db: impl Executor<'e, Database = Any>,
    staff: &NewStaff,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<i64, CreateStaffError> {
    let result = sqlx::query_scalar(
        "INSERT INTO staff (email, name, role, profession, password_hash, active, \
         must_change_password, session_epoch, created_at) \
         VALUES ($1, $2, $3, $4, $5, 1, $6, 0, $7) RETURNING id",
    )
    .bind(staff.email.as_str())
    .bind(staff.name.as_str())
    .bind(staff.role.as_str())
    .bind(staff.profession.as_str())
    .bind(&staff.password_hash)
    .bind(i64::from(staff.must_change_password))
    .bind(now.format("%Y-%m-%dT%H:%M:%SZ").to_string())
    .fetch_one(db)
    .await;
    match result {
        Ok(id) => Ok(id),
        Err(sqlx::Error::Database(e)) if e.is_unique_violation() => {
            Err(CreateStaffError::EmailTaken)
        }
        Err(e) => Err(e.into()),
    }
}

/// How many accounts exist, active or not.
pub async fn count(db: &Database) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM staff")
        .fetch_one(db.pool())
        .await
}

type Row = (i64, String, String, String, String, i64, i64);

fn decode(
    (id, email, name, role, profession, active, must_change): Row,
) -> Result<StaffMember, sqlx::Error> {
    let bad = |what: &str| sqlx::Error::Decode(format!("unknown {what} in staff row {id}").into());
    Ok(StaffMember {
        id,
        email,
        name,
        role: Role::parse(&role).map_err(|_| bad("role"))?,
        profession: Profession::parse(&profession).map_err(|_| bad("profession"))?,
        active: active != 0,
        must_change_password: must_change != 0,
    })
}

const COLUMNS: &str = "id, email, name, role, profession, active, must_change_password";

/// Every account, active first, by name.
pub async fn list(db: &Database) -> Result<Vec<StaffMember>, sqlx::Error> {
    let rows: Vec<Row> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM staff ORDER BY active DESC, name, id"
    ))
    .fetch_all(db.pool())
    .await?;
    rows.into_iter().map(decode).collect()
}

/// One account by id.
pub async fn get(db: &Database, id: i64) -> Result<Option<StaffMember>, sqlx::Error> {
    let row: Option<Row> = sqlx::query_as(&format!("SELECT {COLUMNS} FROM staff WHERE id = $1"))
        .bind(id)
        .fetch_optional(db.pool())
        .await?;
    row.map(decode).transpose()
}

/// What a login needs to know about an account.
#[derive(Debug, Clone)]
pub struct LoginAccount {
    /// Account id.
    pub id: i64,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Whether it may log in.
    pub active: bool,
    /// Sessions must carry this value.
    pub session_epoch: i64,
    /// Whether the password must be changed first.
    pub must_change_password: bool,
}

/// Finds an account by login e-mail.
pub async fn for_login(
    db: &Database,
    email: &StaffEmail,
) -> Result<Option<LoginAccount>, sqlx::Error> {
    let row: Option<(i64, String, i64, i64, i64)> = sqlx::query_as(
        "SELECT id, password_hash, active, session_epoch, must_change_password FROM staff WHERE email = $1",
    )
    .bind(email.as_str())
    .fetch_optional(db.pool())
    .await?;
    Ok(row.map(
        |(id, password_hash, active, session_epoch, must_change)| LoginAccount {
            id,
            password_hash,
            active: active != 0,
            session_epoch,
            must_change_password: must_change != 0,
        },
    ))
}

/// What a session check needs to know about an account.
#[derive(Debug, Clone)]
pub struct SessionAccount {
    /// The staff member as pages see them.
    pub current: CurrentStaff,
    /// Whether the account may be used.
    pub active: bool,
    /// Sessions must carry this value.
    pub session_epoch: i64,
}

/// Loads the account behind a session.
pub async fn for_session(db: &Database, id: i64) -> Result<Option<SessionAccount>, sqlx::Error> {
    let row: Option<(i64, i64)> =
        sqlx::query_as("SELECT active, session_epoch FROM staff WHERE id = $1")
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    let Some((active, session_epoch)) = row else {
        return Ok(None);
    };
    let Some(staff) = get(db, id).await? else {
        return Ok(None);
    };
    Ok(Some(SessionAccount {
        current: CurrentStaff {
            id: staff.id,
            name: staff.name,
            email: staff.email,
            role: staff.role,
            profession: staff.profession,
            must_change_password: staff.must_change_password,
        },
        active: active != 0,
        session_epoch,
    }))
}

/// Activates or deactivates an account. Deactivating ends its sessions at their next request.
pub async fn set_active<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
    active: bool,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE staff SET active = $2, session_epoch = session_epoch + $3 WHERE id = $1",
    )
    .bind(id)
    .bind(i64::from(active))
    .bind(i64::from(!active))
    .execute(db)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Sets a new password hash and ends every session of the account; returns the account's new
/// session epoch (`None`: no such account). A one-time password (set by an administrator) must
/// be changed at the next login; a password the user chose clears that requirement.
pub async fn set_password<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
    password_hash: &str,
    one_time: bool,
) -> Result<Option<i64>, sqlx::Error> {
    // Every session of the account ends with the old password (a new epoch): a password
    // changed because it leaked must also shut out whoever used it.
    sqlx::query_scalar(
        "UPDATE staff SET password_hash = $2, must_change_password = $3, \
         session_epoch = session_epoch + 1 WHERE id = $1 RETURNING session_epoch",
    )
    .bind(id)
    .bind(password_hash)
    .bind(i64::from(one_time))
    .fetch_optional(db)
    .await
}

/// Changes an account's name, role and profession.
pub async fn update_details<'e>(
    db: impl Executor<'e, Database = Any>,
    id: i64,
    name: &StaffName,
    role: Role,
    profession: Profession,
) -> Result<bool, sqlx::Error> {
    let result =
        sqlx::query("UPDATE staff SET name = $2, role = $3, profession = $4 WHERE id = $1")
            .bind(id)
            .bind(name.as_str())
            .bind(role.as_str())
            .bind(profession.as_str())
            .execute(db)
            .await?;
    Ok(result.rows_affected() == 1)
}

/// Holds the active administrators' rows until the transaction ends, before a change that
/// could remove one: two administrators demoting each other at once would otherwise each see
/// the other still there under PostgreSQL's read-committed isolation, and both succeed. The
/// second now waits for the first and then counts what it left. (SQLite's writers queue
/// already: `BEGIN IMMEDIATE`.)
pub async fn lock_admins(
    tx: &mut sqlx::AnyConnection,
    backend: super::Backend,
) -> Result<(), sqlx::Error> {
    if backend == super::Backend::Postgres {
        sqlx::query("SELECT id FROM staff WHERE role = 'admin' AND active = 1 FOR UPDATE")
            .fetch_all(tx)
            .await?;
    }
    Ok(())
}

/// How many active administrators there are (the last one may not be removed).
pub async fn active_admins<'e>(db: impl Executor<'e, Database = Any>) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1")
        .fetch_one(db)
        .await
}
