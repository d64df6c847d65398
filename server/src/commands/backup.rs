//! `tidlig backup FILE` and `tidlig restore FILE`: a consistent copy of the whole database
//! with each backend's own tool – SQLite's `VACUUM INTO` (safe while the server runs) and
//! PostgreSQL's `pg_dump`/`pg_restore` (custom format) – and its restore into an empty
//! database. A restore counts the rows of every table in the backup and in the result and
//! fails when they differ. The secret key (key file or `TIDLIG_SECRET_KEY`) is not in the
//! database: keep it with the backup, or the unused evaluation codes and receipts cannot be
//! checked.

use std::{path::Path, process::Command};

use anyhow::{ensure, Context as _};
use app::store::{
    backup::{self, RowCounts},
    Backend,
};

use crate::config::Config;

/// Writes a backup of the configured database to `file`, which must not exist yet.
pub async fn backup(config: &Config, file: &Path) -> anyhow::Result<()> {
    ensure!(
        !file.exists(),
        "{} exists already; choose a new file",
        file.display()
    );
    let db = config.open_database().await?;
    match db.backend() {
        Backend::Sqlite => backup::vacuum_into(&db, file)
            .await
            .context("VACUUM INTO")?,
        Backend::Postgres => {
            let (mut pg_dump, url) = pg_tool("pg_dump", &config.database_url()?)?;
            run(pg_dump
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
    ensure!(file.is_file(), "{} is not a file", file.display());
    let url = config.database_url()?;
    let backend = Backend::of_url(&url)?;
    let expected = match backend {
        Backend::Sqlite => backup::restore_sqlite(file, &config.sqlite_file()?).await?,
        Backend::Postgres => {
            let db = config.open_database().await?;
            ensure!(
                !backup::holds_data(&db).await?,
                "the database already holds data; restore into an empty database"
            );
            db.close().await;
            let expected = pg_backup_counts(file)?;
            let (mut pg_restore, url) = pg_tool("pg_restore", &url)?;
            run(pg_restore
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
            expected
        }
    };
    // Reopen: applies any migration newer than the backup, then every table is counted.
    let db = config.open_database().await?;
    let restored = backup::row_counts(&db).await?;
    db.close().await;
    let wrong = backup::differences(&expected, &restored);
    ensure!(
        wrong.is_empty(),
        "the restored database differs from the backup – do not use it: {}",
        wrong.join("; ")
    );
    let rows: i64 = expected.iter().map(|(_, n)| n).sum();
    let staff = expected
        .iter()
        .find(|(t, _)| t == "staff")
        .map_or(0, |(_, n)| *n);
    println!(
        "Restored {} into the {} database: {} tables, {rows} rows, each table counted \
         against the backup ({staff} staff accounts).",
        file.display(),
        backend.name(),
        expected.len(),
    );
    Ok(())
}

/// A PostgreSQL tool, and the database's address to give it without the password: the password
/// goes in its environment (`PGPASSWORD`), since every user of the machine can read a command
/// line in the process list.
fn pg_tool(program: &str, database_url: &str) -> anyhow::Result<(Command, String)> {
    let mut url = url::Url::parse(database_url).context("reading DATABASE_URL")?;
    let mut command = Command::new(program);
    if let Some(password) = url.password() {
        let password = percent_encoding::percent_decode_str(password)
            .decode_utf8()
            .context("reading the password in DATABASE_URL")?
            .into_owned();
        command.env("PGPASSWORD", password);
        url.set_password(None)
            .map_err(|()| anyhow::anyhow!("DATABASE_URL cannot lose its password"))?;
    }
    Ok((command, url.to_string()))
}

/// The rows per table a `pg_dump` custom-format file holds: its data as `pg_restore` writes
/// it out, one line per row between `COPY … FROM stdin;` and `\.`.
fn pg_backup_counts(file: &Path) -> anyhow::Result<RowCounts> {
    let output = run(Command::new("pg_restore")
        .args(["--data-only", "--file=-"])
        .arg(file))?;
    copy_counts(&String::from_utf8_lossy(&output))
}

fn copy_counts(script: &str) -> anyhow::Result<RowCounts> {
    let mut counts: RowCounts = Vec::new();
    let mut current: Option<(String, i64)> = None;
    for line in script.lines() {
        match current.as_mut() {
            Some((_, n)) if line != "\\." => *n += 1,
            Some(_) => counts.extend(current.take()),
            None => {
                if let Some(rest) = line.strip_prefix("COPY ") {
                    let table = rest.split([' ', '(']).next().unwrap_or_default();
                    let table = table.strip_prefix("public.").unwrap_or(table);
                    let table = table.replace('"', "");
                    if !table.starts_with("_sqlx") {
                        current = Some((table, 0));
                    }
                }
            }
        }
    }
    ensure!(
        current.is_none(),
        "the backup's data ends in the middle of a table"
    );
    counts.sort();
    Ok(counts)
}

/// Runs a PostgreSQL tool and returns what it wrote to standard output.
fn run(command: &mut Command) -> anyhow::Result<Vec<u8>> {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .output()
        .with_context(|| format!("running {program} (install PostgreSQL's client tools)"))?;
    ensure!(
        output.status.success(),
        "{program} failed: {}",
        String::from_utf8_lossy(&output.stderr).trim()
    );
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_rows_of_a_pg_restore_script_are_counted_per_table() {
        let script = "SET x = 1;\n\
            COPY public.staff (id, email) FROM stdin;\n1\ta@b.dk\n2\tc@d.dk\n\\.\n\
            COPY public._sqlx_migrations (version) FROM stdin;\n1\n\\.\n\
            COPY tower_sessions.session (id) FROM stdin;\n\\.\n\
            COPY public.audit_log (id) FROM stdin;\n1\n\\.\n";
        assert_eq!(
            copy_counts(script).expect("counts"),
            vec![
                ("audit_log".to_owned(), 1),
                ("staff".to_owned(), 2),
                ("tower_sessions.session".to_owned(), 0),
            ]
        );
        assert!(copy_counts("COPY public.staff (id) FROM stdin;\n1\n").is_err());
    }
}
