//! `tidlig export FILE`: a table of the result goals as CSV or XLSX (or the whole status
//! report as one workbook), the same file the lead
//! downloads from the goal's page — the same periods, the same disclosure rule, the same
//! ledger (a first look from here publishes the page as a first look in the browser does) —
//! and the export recorded in the audit log.

use std::{io::Write as _, path::PathBuf};

use anyhow::Context as _;
use app::{
    domain::{audit::Actor, dashboard::DashboardQuery, period::Period, Area, Lang},
    web::dashboard::export::{table_file, TableFile, TableFileError},
};

use crate::config::Config;

/// The table to write and its filters.
#[derive(Debug, Clone, clap::Args)]
pub struct Export {
    /// The table's file name, as in the page's download links: `goal3-split.xlsx`,
    /// `goal1-age.csv` (semicolons, for Danish Excel), `goal1-age.standard.csv` (commas);
    /// `report.xlsx` is the whole status report of `--year`, a sheet per table.
    pub file: String,
    /// Goal 3's period: a closed quarter `2025-K3`, a year `2025`, or `start`.
    #[arg(long)]
    pub period: Option<String>,
    /// Goal 3's area: dagtilbud, dagpleje or skole (all when left out).
    #[arg(long)]
    pub area: Option<String>,
    /// Goals 1 and 2: the year, and the year to compare with.
    #[arg(long, value_parser = clap::value_parser!(u32).range(1990..=2100))]
    pub year: Option<u32>,
    #[arg(long, value_parser = clap::value_parser!(u32).range(1990..=2100))]
    pub baseline: Option<u32>,
    /// Goal 1: one sender of notifications.
    #[arg(long)]
    pub sender: Option<String>,
    /// Write the labels in English.
    #[arg(long)]
    pub english: bool,
    /// Where to write the file (must not exist); `tidlig-FILE` in this folder when left out.
    #[arg(long)]
    pub out: Option<PathBuf>,
}

impl Export {
    fn query(&self) -> anyhow::Result<DashboardQuery> {
        let period = match &self.period {
            Some(p) => Some(Period::parse(p).ok_or_else(|| {
                anyhow::anyhow!("--period {p}: a quarter (2025-K3), a year (2025) or start")
            })?),
            None => None,
        };
        let area = match &self.area {
            Some(a) => Some(
                Area::parse(a)
                    .map_err(|_| anyhow::anyhow!("--area {a}: dagtilbud, dagpleje or skole"))?,
            ),
            None => None,
        };
        Ok(DashboardQuery {
            baseline: self.baseline,
            year: self.year,
            sender: self.sender.clone(),
            area,
            period,
        })
    }
}

/// Writes the file and prints where.
pub async fn run(config: &Config, args: &Export) -> anyhow::Result<()> {
    let query = args.query()?;
    let out = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(format!("tidlig-{}", args.file)));
    // The file first: an export that cannot be written is neither made nor logged.
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&out)
        .with_context(|| {
            format!(
                "creating {} (an existing file is never overwritten)",
                out.display()
            )
        })?;
    let made = match make(config, args, &query).await {
        Ok(made) => made,
        Err(e) => {
            drop(file);
            let _ = std::fs::remove_file(&out);
            return Err(e);
        }
    };
    file.write_all(&made.bytes)
        .with_context(|| format!("writing {}", out.display()))?;
    println!("wrote {} ({} bytes)", out.display(), made.bytes.len());
    Ok(())
}

/// The table's file, from the database, its export logged.
async fn make(config: &Config, args: &Export, query: &DashboardQuery) -> anyhow::Result<TableFile> {
    let db = config.open_database().await?;
    let actor = Actor {
        staff_id: None,
        email: super::COMMAND_LINE,
    };
    let lang = if args.english { Lang::En } else { Lang::Da };
    match table_file(&db, chrono::Utc::now(), actor, &args.file, query, lang).await {
        Ok(made) => Ok(made),
        Err(TableFileError::NotFound) => anyhow::bail!(
            "no table {} for these filters: the name is not one of the pages' downloads, or \
             the period has not both ended and been sealed",
            args.file
        ),
        Err(TableFileError::Failed(e)) => anyhow::bail!("the table could not be made: {e}"),
    }
}
