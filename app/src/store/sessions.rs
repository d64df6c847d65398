//! Staff sessions: stored in the database with tower-sessions, ended after 30 minutes without
//! activity or 12 hours after login, and whenever the account is deactivated or its password
//! is reset. Parents and anonymous askers never get a session.

use std::str::FromStr as _;

use async_trait::async_trait;
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use sqlx::{
    postgres::PgPoolOptions,
    sqlite::{SqliteConnectOptions, SqlitePoolOptions},
};
use tower_sessions::{
    session::{Id, Record},
    session_store::{self, ExpiredDeletion, SessionStore},
    Session,
};
use tower_sessions_sqlx_store::{PostgresStore, SqliteStore};

use super::{staff_store, Backend, Database};
use crate::domain::{
    access::{ABSOLUTE_HOURS, IDLE_MINUTES},
    CurrentStaff, Notice, SessionEnd,
};

/// Name of the session cookie.
pub const COOKIE: &str = "tidlig_session";
/// Key of the login in the session's data.
const KEY: &str = "staff";
/// Key of a one-time message for the next page (after a redirect).
const FLASH: &str = "flash";

/// The session store on either backend.
#[derive(Debug, Clone)]
pub enum DbSessionStore {
    /// Sessions in the SQLite file.
    Sqlite(SqliteStore),
    /// Sessions in PostgreSQL (schema `tower_sessions`).
    Postgres(PostgresStore),
}

impl DbSessionStore {
    /// Opens a small pool of the backend's own type (the store needs one) and creates the
    /// store's table if missing.
    pub async fn open(db: &Database) -> anyhow::Result<Self> {
        let store = match db.backend() {
            Backend::Sqlite => {
                let options = SqliteConnectOptions::from_str(db.url())?
                    .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
                    .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
                    .busy_timeout(std::time::Duration::from_secs(10))
                    .pragma("cache_size", "-1024");
                let pool = SqlitePoolOptions::new()
                    .max_connections(4)
                    .connect_with(options)
                    .await?;
                let store = SqliteStore::new(pool);
                store.migrate().await?;
                DbSessionStore::Sqlite(store)
            }
            Backend::Postgres => {
                let pool = PgPoolOptions::new()
                    .max_connections(4)
                    .connect(db.url())
                    .await?;
                let store = PostgresStore::new(pool);
                store.migrate().await?;
                DbSessionStore::Postgres(store)
            }
        };
        Ok(store)
    }
}

#[async_trait]
impl SessionStore for DbSessionStore {
    async fn create(&self, record: &mut Record) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(store) => store.create(record).await,
            DbSessionStore::Postgres(store) => store.create(record).await,
        }
    }

    async fn save(&self, record: &Record) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(store) => store.save(record).await,
            DbSessionStore::Postgres(store) => store.save(record).await,
        }
    }

    async fn load(&self, id: &Id) -> session_store::Result<Option<Record>> {
        match self {
            DbSessionStore::Sqlite(store) => store.load(id).await,
            DbSessionStore::Postgres(store) => store.load(id).await,
        }
    }

    async fn delete(&self, id: &Id) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(store) => store.delete(id).await,
            DbSessionStore::Postgres(store) => store.delete(id).await,
        }
    }
}

#[async_trait]
impl ExpiredDeletion for DbSessionStore {
    async fn delete_expired(&self) -> session_store::Result<()> {
        match self {
            DbSessionStore::Sqlite(store) => store.delete_expired().await,
            DbSessionStore::Postgres(store) => store.delete_expired().await,
        }
    }
}

/// What a session holds about its login.
#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
struct Login {
    staff_id: i64,
    epoch: i64,
    login_at: i64,
    last_seen: i64,
}

/// Starts a session for `staff` with a fresh id (so an id planted before login is useless).
pub async fn log_in(
    session: &Session,
    staff_id: i64,
    epoch: i64,
    now: DateTime<Utc>,
) -> anyhow::Result<()> {
    session.cycle_id().await?;
    session
        .insert(
            KEY,
            Login {
                staff_id,
                epoch,
                login_at: now.timestamp(),
                last_seen: now.timestamp(),
            },
        )
        .await?;
    Ok(())
}

/// Ends the session and deletes it from the store.
pub async fn log_out(session: &Session) -> anyhow::Result<()> {
    session.flush().await?;
    Ok(())
}

/// The logged-in staff member, if any. Ends a session that idled, outlived its 12 hours, or
/// whose account was deactivated or reset, and says why.
pub async fn authenticate(
    db: &Database,
    session: &Session,
    now: DateTime<Utc>,
) -> anyhow::Result<Result<Option<CurrentStaff>, SessionEnd>> {
    let Some(mut login) = session.get::<Login>(KEY).await? else {
        return Ok(Ok(None));
    };
    let ended = if now.timestamp() - login.last_seen > Duration::minutes(IDLE_MINUTES).num_seconds()
    {
        Some(SessionEnd::Idle)
    } else if now.timestamp() - login.login_at > Duration::hours(ABSOLUTE_HOURS).num_seconds() {
        Some(SessionEnd::Expired)
    } else {
        None
    };
    let account = match ended {
        Some(_) => None,
        None => staff_store::for_session(db, login.staff_id).await?,
    };
    let Some(account) = account.filter(|a| a.active && a.session_epoch == login.epoch) else {
        session.flush().await?;
        return Ok(Err(ended.unwrap_or(SessionEnd::Revoked)));
    };
    // Saving on every request would write to the database each time; a minute's precision
    // is plenty for a 30-minute timeout.
    if now.timestamp() - login.last_seen >= 30 {
        login.last_seen = now.timestamp();
        session.insert(KEY, login).await?;
    }
    Ok(Ok(Some(account.current)))
}

/// Marks the session active now (the "stay logged in" button).
pub async fn touch(session: &Session, now: DateTime<Utc>) -> anyhow::Result<()> {
    if let Some(mut login) = session.get::<Login>(KEY).await? {
        login.last_seen = now.timestamp();
        session.insert(KEY, login).await?;
    }
    Ok(())
}

/// Leaves a one-time notice for the next page this session loads (after a redirect).
pub async fn set_flash(session: &Session, notice: &Notice) -> anyhow::Result<()> {
    session.insert(FLASH, notice).await?;
    Ok(())
}

/// Takes the one-time notice, if there is one.
pub async fn take_flash(session: &Session) -> anyhow::Result<Option<Notice>> {
    Ok(session.remove::<Notice>(FLASH).await?)
}
