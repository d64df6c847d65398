//! One storage layer over two backends: SQLite (the embedded default) and PostgreSQL.
//!
//! Queries go through sqlx's `Any` driver with `$1`-style placeholders, which both backends
//! accept, and stick to types both share (integers, text, booleans). Where the SQL of a
//! migration differs, each backend has its own folder under `migrations/`.

use std::{path::Path, str::FromStr, time::Duration};

use anyhow::{bail, Context as _};
use sqlx::{
    any::{AnyConnectOptions, AnyPoolOptions},
    AnyPool, ConnectOptions as _, Executor as _,
};

/// Which database engine a [`Database`] talks to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An embedded SQLite file.
    Sqlite,
    /// A PostgreSQL server.
    Postgres,
}

impl Backend {
    /// Tells the backend from a connection URL.
    pub fn of_url(url: &str) -> anyhow::Result<Self> {
        if url.starts_with("sqlite:") {
            Ok(Backend::Sqlite)
        } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Ok(Backend::Postgres)
        } else {
            bail!("DATABASE_URL must start with sqlite: or postgres:// (got another scheme)")
        }
    }

    /// The name shown in logs and test output.
    pub fn name(self) -> &'static str {
        match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        }
    }
}

/// A pool of connections to the portal's database.
#[derive(Clone, Debug)]
pub struct Database {
    pool: AnyPool,
    backend: Backend,
    url: String,
}

impl Database {
    /// The URL of the SQLite file at `path`, created if missing.
    pub fn sqlite_url(path: &Path) -> String {
        format!("sqlite://{}?mode=rwc", path.display())
    }

    /// The file an SQLite URL names (`sqlite://data/tidlig.db?mode=rwc` → `data/tidlig.db`).
    pub fn sqlite_path(url: &str) -> Option<std::path::PathBuf> {
        let rest = url
            .strip_prefix("sqlite://")
            .or_else(|| url.strip_prefix("sqlite:"))?;
        let path = rest.split('?').next().unwrap_or_default();
        (!path.is_empty()).then(|| std::path::PathBuf::from(path))
    }

    /// Opens a pool. SQLite connections get write-ahead logging, foreign keys, durable
    /// commits and a busy timeout, so concurrent writers wait instead of failing.
    pub async fn connect(url: &str) -> anyhow::Result<Self> {
        sqlx::any::install_default_drivers();
        let backend = Backend::of_url(url)?;
        // Statements are logged at debug level only: parameters never reach the info log.
        let options = AnyConnectOptions::from_str(url)
            .context("reading DATABASE_URL")?
            .log_statements(tracing::log::LevelFilter::Debug)
            .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(1));
        let pool = AnyPoolOptions::new()
            .max_connections(match backend {
                Backend::Sqlite => 8,
                Backend::Postgres => 16,
            })
            .acquire_timeout(Duration::from_secs(10))
            .after_connect(move |conn, _meta| {
                Box::pin(async move {
                    if backend == Backend::Sqlite {
                        conn.execute("PRAGMA busy_timeout = 10000").await?;
                        // WAL is kept in the file: only a new database needs switching. Asking
                        // again on every connection would wait for any writer's lock, and a
                        // connection opened during a long write would time out.
                        let mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                            .fetch_one(&mut *conn)
                            .await?;
                        if !mode.eq_ignore_ascii_case("wal") {
                            conn.execute("PRAGMA journal_mode = WAL").await?;
                        }
                        // Deleted rows are overwritten with zeros, and the write-ahead log is cut
                        // back to nothing at every checkpoint: what sealing moves and retention
                        // deletes is not left in free pages or old log frames.
                        // Each connection's page cache is capped at 4 MiB (8 connections: 32
                        // MiB at most), so memory stays flat however long the server runs.
                        for pragma in [
                            "PRAGMA cache_size = -4096",
                            "PRAGMA synchronous = FULL",
                            "PRAGMA foreign_keys = ON",
                            "PRAGMA secure_delete = ON",
                            "PRAGMA journal_size_limit = 0",
                        ] {
                            conn.execute(pragma).await?;
                        }
                    }
                    Ok(())
                })
            })
            .connect_with(options)
            .await
            .with_context(|| format!("connecting to the {} database", backend.name()))?;
        Ok(Self {
            pool,
            backend,
            url: url.to_owned(),
        })
    }

    /// Applies the migrations this binary carries that the database has not seen yet.
    pub async fn migrate(&self) -> anyhow::Result<()> {
        let migrator = match self.backend {
            Backend::Sqlite => sqlx::migrate!("../migrations/sqlite"),
            Backend::Postgres => sqlx::migrate!("../migrations/postgres"),
        };
        migrator
            .run(&self.pool)
            .await
            .context("applying database migrations")
    }

    /// Leaves no trace of rows deleted or changed in `tables`: on SQLite (where every
    /// connection deletes with `secure_delete`) the file is written anew and the write-ahead
    /// log emptied; on PostgreSQL the tables are written into new files, without their dead
    /// row versions, and a checkpoint is asked for so that the write-ahead segments holding
    /// the old versions become recyclable at once rather than at the next timed checkpoint.
    /// Runs outside any transaction.
    pub async fn wipe_deleted(&self, tables: &[&str]) -> Result<(), sqlx::Error> {
        let mut conn = self.pool.acquire().await?;
        match self.backend {
            Backend::Sqlite => {
                conn.execute("VACUUM").await?;
                conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").await?;
            }
            Backend::Postgres => {
                conn.execute(format!("VACUUM FULL {}", tables.join(", ")).as_str())
                    .await?;
                // CHECKPOINT needs a superuser or the pg_checkpoint role (PostgreSQL 15+); a
                // server that refuses it still recycles the segments at its own checkpoint.
                if let Err(refused) = conn.execute("CHECKPOINT").await {
                    tracing::info!(%refused, "the database refused an early checkpoint after wiping");
                }
            }
        }
        Ok(())
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`): a transaction that read first and asked for the lock later could
    /// find its snapshot outdated and fail instead of waiting its turn.
    pub async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// True when the database answers a trivial query.
    pub async fn ping(&self) -> bool {
        sqlx::query("SELECT 1").execute(&self.pool).await.is_ok()
    }

    /// The connection pool, for the storage modules.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Which engine this is.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The URL the pool was opened with (it may hold a password: do not log it).
    pub fn url(&self) -> &str {
        &self.url
    }

    /// Closes every connection; later queries fail.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}
