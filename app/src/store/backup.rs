//! The database side of `tidlig backup` and `tidlig restore`: a consistent copy (SQLite's
//! `VACUUM INTO`; PostgreSQL's `pg_dump` is run by the command itself), the count of every
//! table's rows that a restore is checked against, and the restore of an SQLite file.
//!
//! An SQLite restore never writes into the database file that connections may still hold: the
//! backup is verified, copied to a new file beside the target, verified again and renamed over
//! the target, so the target is either the old file or the whole backup. (Copying over the open
//! file let a connection that was still closing write the old write-ahead log back into it,
//! and the restore reported success over an empty database.)

use std::{
    fs,
    path::{Path, PathBuf},
};

use anyhow::{bail, ensure, Context as _};
use sqlx::{AnyConnection, Connection as _};

use super::{Backend, Database};

/// Rows per table, by table name, sorted by name.
pub type RowCounts = Vec<(String, i64)>;

/// Rows per table of every table but the migrations' own (PostgreSQL: tables outside the
/// `public` schema are named `schema.table`).
pub async fn row_counts(db: &Database) -> Result<RowCounts, sqlx::Error> {
    let mut conn = db.pool().acquire().await?;
    count_rows(&mut conn, db.backend()).await
}

async fn count_rows(conn: &mut AnyConnection, backend: Backend) -> Result<RowCounts, sqlx::Error> {
    let tables: Vec<String> = sqlx::query_scalar(match backend {
        Backend::Sqlite => {
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' \
             AND name NOT LIKE '\\_sqlx%' ESCAPE '\\' ORDER BY name"
        }
        Backend::Postgres => {
            "SELECT CAST(CASE WHEN table_schema = 'public' THEN table_name \
             ELSE table_schema || '.' || table_name END AS TEXT) FROM information_schema.tables \
             WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema') \
             AND table_name NOT LIKE '\\_sqlx%' ORDER BY 1"
        }
    })
    .fetch_all(&mut *conn)
    .await?;
    let mut counts = Vec::with_capacity(tables.len());
    for table in tables {
        // The names come from the catalogue, not from outside; quoted per part all the same.
        let quoted = table
            .split('.')
            .map(|part| format!("\"{}\"", part.replace('"', "\"\"")))
            .collect::<Vec<_>>()
            .join(".");
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {quoted}"))
            .fetch_one(&mut *conn)
            .await?;
        counts.push((table, n));
    }
    Ok(counts)
}

/// True when the database holds staff, institutions or evaluations: a restore never goes over
/// such a database.
pub async fn holds_data(db: &Database) -> Result<bool, sqlx::Error> {
    let mut conn = db.pool().acquire().await?;
    holds_data_on(&mut conn).await
}

async fn holds_data_on(conn: &mut AnyConnection) -> Result<bool, sqlx::Error> {
    let rows: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM staff) + (SELECT COUNT(*) FROM institutions) \
         + (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM evaluations_pending)",
    )
    .fetch_one(&mut *conn)
    .await?;
    Ok(rows > 0)
}

/// Writes a consistent copy of an SQLite database to `file` (safe while the server runs).
pub async fn vacuum_into(db: &Database, file: &Path) -> Result<(), sqlx::Error> {
    sqlx::query("VACUUM INTO $1")
        .bind(file.to_string_lossy().into_owned())
        .execute(db.pool())
        .await
        .map(|_| ())
}

/// What differs between the rows a backup holds and the rows a restore produced, one line per
/// table; empty when every table of the backup came back whole.
pub fn differences(backup: &RowCounts, restored: &RowCounts) -> Vec<String> {
    backup
        .iter()
        .filter_map(|(table, want)| {
            let got = restored.iter().find(|(t, _)| t == table).map(|(_, n)| *n);
            match got {
                Some(got) if got == *want => None,
                Some(got) => Some(format!("{table}: {got} rows, the backup has {want}")),
                None => Some(format!("{table}: missing, the backup has {want} rows")),
            }
        })
        .collect()
}

/// Opens one SQLite connection to `path` (no pool, so closing it really closes the file).
async fn open_file(path: &Path, read_only: bool) -> anyhow::Result<AnyConnection> {
    sqlx::any::install_default_drivers();
    let mode = if read_only { "ro" } else { "rw" };
    let url = format!("sqlite://{}?mode={mode}", path.display());
    AnyConnection::connect(&url)
        .await
        .with_context(|| format!("opening {}", path.display()))
}

/// The rows of every table of the SQLite file at `path`, after SQLite's own integrity check.
async fn verified_counts(path: &Path) -> anyhow::Result<RowCounts> {
    let mut conn = open_file(path, true).await?;
    let check: String = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_one(&mut conn)
        .await
        .with_context(|| format!("checking {}", path.display()))?;
    ensure!(
        check == "ok",
        "{} is damaged (SQLite says: {check})",
        path.display()
    );
    let counts = count_rows(&mut conn, Backend::Sqlite).await?;
    conn.close().await?;
    Ok(counts)
}

/// Restores the SQLite backup `backup` as the database file `target`, which must hold no data
/// (or not exist). Returns the backup's rows per table, which the restored file was checked
/// against before it replaced the target. Nothing may have the target open (stop the server).
pub async fn restore_sqlite(backup: &Path, target: &Path) -> anyhow::Result<RowCounts> {
    let mut header = [0u8; 16];
    std::io::Read::read_exact(
        &mut fs::File::open(backup).with_context(|| format!("opening {}", backup.display()))?,
        &mut header,
    )
    .with_context(|| format!("reading {}", backup.display()))?;
    ensure!(
        &header == b"SQLite format 3\0",
        "{} is not an SQLite backup",
        backup.display()
    );
    let expected = verified_counts(backup).await?;
    if target.exists() {
        let mut conn = open_file(target, true).await?;
        let full = holds_data_on(&mut conn).await;
        conn.close().await?;
        // A file without our tables holds none of our data either.
        ensure!(
            !full.unwrap_or(false),
            "the database already holds data; restore into an empty database"
        );
    }
    let incoming = sibling(target, "restoring");
    let _ = fs::remove_file(&incoming);
    fs::copy(backup, &incoming).with_context(|| format!("copying to {}", incoming.display()))?;
    fs::File::open(&incoming)
        .and_then(|f| f.sync_all())
        .with_context(|| format!("writing {}", incoming.display()))?;
    let copied = verified_counts(&incoming).await?;
    let wrong = differences(&expected, &copied);
    if !wrong.is_empty() {
        let _ = fs::remove_file(&incoming);
        bail!(
            "the copy of the backup differs from it: {}",
            wrong.join("; ")
        );
    }
    // The target's write-ahead log belongs to the file being replaced.
    for suffix in ["-wal", "-shm"] {
        let path = sibling(target, suffix);
        match fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("removing {}", path.display())),
        }
    }
    fs::rename(&incoming, target)
        .with_context(|| format!("moving the restored file to {}", target.display()))?;
    if let Some(dir) = target.parent().filter(|d| !d.as_os_str().is_empty()) {
        fs::File::open(dir)
            .and_then(|d| d.sync_all())
            .with_context(|| format!("writing {}", dir.display()))?;
    }
    Ok(expected)
}

/// `tidlig.db` → `tidlig.db-wal` (a suffix starting with `-`) or `tidlig.db.restoring`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    if !suffix.starts_with('-') {
        name.push(".");
    }
    name.push(suffix);
    PathBuf::from(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_table_with_other_counts_or_missing_is_a_difference() {
        let backup = vec![("audit_log".to_owned(), 3), ("staff".to_owned(), 2)];
        assert!(differences(&backup, &backup).is_empty());
        let restored = vec![("audit_log".to_owned(), 0), ("extra".to_owned(), 1)];
        assert_eq!(
            differences(&backup, &restored),
            vec![
                "audit_log: 0 rows, the backup has 3".to_owned(),
                "staff: missing, the backup has 2 rows".to_owned(),
            ]
        );
    }

    #[test]
    fn siblings_sit_beside_the_database_file() {
        let db = Path::new("data/tidlig.db");
        assert_eq!(sibling(db, "-wal"), PathBuf::from("data/tidlig.db-wal"));
        assert_eq!(
            sibling(db, "restoring"),
            PathBuf::from("data/tidlig.db.restoring")
        );
    }
}
