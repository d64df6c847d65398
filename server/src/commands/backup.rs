//! `tidlig backup FILE` and `tidlig restore FILE`: a consistent copy of the whole database
//! with each backend's own tool – SQLite's `VACUUM INTO` (safe while the server runs) and
//! PostgreSQL's `pg_dump`/`pg_restore` (custom format) – and its restore into an empty
//! database. The secret key (key file or `TIDLIG_SECRET_KEY`) is not in the database: keep
//! it with the backup, or the unused evaluation codes and receipts cannot be checked.

use std::{path::Path, process::Command};

use anyhow::Context as _;
use app::server::{demo_data, Backend};

use crate::config::Config;

/// Writes a backup of the configured database to `file`, which must not exist yet.
pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(
        !file.exists(),
        "{} exists already; choose a new file",
        file.display()
    );
    let db = config.open_database().await?;
    match db.backend() {
        Backend::Sqlite => {
            sqlx::query("VACUUM INTO $1")
                .bind(file.to_string_lossy().into_owned())
                .execute(db.pool())
                .await
                .context("VACUUM INTO")?;
        }
        Backend::Postgres => {
            let url = config.database_url()?;
            run(Command::new("pg_dump")
                .args(["--format=custom", "--no-owner", "--no-privileges", "--file"])
                .arg(file)
                .arg(&url))?;
        }
    }
    println!(
        "Backed up the {} database to {}.",
        db.backend().name(),
        file.display()
    );
    Ok(())
}

/// Restores `file` into the configured database, which must hold no data yet. On SQLite the
/// server must be stopped (the file is replaced).
pub async fn restore(config: &Config, file: &Path) -> anyhow::Result<()> {
    anyhow::ensure!(file.is_file(), "{} is not a file", file.display());
    let db = config.open_database().await?;
    let evaluations: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluations")
        .fetch_one(db.pool())
        .await?;
    anyhow::ensure!(
        demo_data::is_empty(&db).await? && evaluations == 0,
        "the database already holds data; restore into an empty database"
    );
    let backend = db.backend();
    db.pool().close().await;
    match backend {
        Backend::Sqlite => {
            let mut header = [0u8; 16];
            std::io::Read::read_exact(&mut std::fs::File::open(file)?, &mut header)
                .context("reading the backup")?;
            anyhow::ensure!(
                &header == b"SQLite format 3\0",
                "{} is not an SQLite backup",
                file.display()
            );
            let target = config.data_dir.join("tidlig.db");
            for suffix in ["-wal", "-shm"] {
                let _ = std::fs::remove_file(config.data_dir.join(format!("tidlig.db{suffix}")));
            }
            std::fs::copy(file, &target)
                .with_context(|| format!("copying to {}", target.display()))?;
        }
        Backend::Postgres => {
            let url = config.database_url()?;
            run(Command::new("pg_restore")
                .args([
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-privileges",
                    "--single-transaction",
                    "--dbname",
                ])
                .arg(&url)
                .arg(file))?;
        }
    }
    // Reopen: checks the restored database and applies any migration newer than the backup.
    let db = config.open_database().await?;
    let staff: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff")
        .fetch_one(db.pool())
        .await?;
    println!(
        "Restored {} into the {} database ({staff} staff accounts).",
        file.display(),
        backend.name()
    );
    Ok(())
}

fn run(command: &mut Command) -> anyhow::Result<()> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .output()
        .with_context(|| format!("running {program} (install PostgreSQL's client tools)"))?;
    anyhow::ensure!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    );
    Ok(())
}
