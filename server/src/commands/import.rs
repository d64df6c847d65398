//! `tidlig import notifications|kinds|steps|staircase|comparison|population FILE`: the lead's registry imports
//! and others' key figures from the command line, with the same checks as the browser: every problem with its line and
//! column, and nothing stored unless the whole file is sound.

use std::path::PathBuf;

use anyhow::Context as _;
use app::{
    domain::{
        audit::{Action, Actor},
        comparison, population, registry_import, ImportError,
    },
    store::{audit_store, comparison_store, population_store, registry_store},
};

use crate::config::Config;

/// Which figures the file holds.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Kind {
    /// `year,age,count[,sender]`.
    Notifications,
    /// `kind,rank,label_da,label_en,preventive`: the municipality's own kinds of step.
    Kinds,
    /// `step,rank,kind,label_da,label_en`.
    Steps,
    /// `year,step,measures,expenditure_dkk`.
    Staircase,
    /// Others' key figures: `group[,year],<key figure>…` or `indicator,group,<period_YYYY>…`.
    Comparison,
    /// The population by age: Statbank's FOLK1A export (`ALDER;TID;INDHOLD` …).
    Population,
}

/// The file to import.
#[derive(Debug, Clone, clap::Args)]
pub struct Import {
    /// notifications, kinds, steps, staircase, comparison or population.
    #[arg(value_enum)]
    pub kind: Kind,
    /// The CSV file.
    pub file: PathBuf,
    /// The year of a comparison file that names none (neither a `year` column nor years in
    /// its columns' names).
    #[arg(long, value_parser = parse_year)]
    pub year: Option<u32>,
}

fn parse_year(value: &str) -> Result<u32, String> {
    comparison::parse_year(value).map_err(|problem| format!("the year {problem}"))
}

fn refused(errors: Vec<ImportError>) -> anyhow::Error {
    let lines: Vec<String> = errors
        .iter()
        .map(|e| format!("line {}, column {}: {}", e.line, e.column, e.problem))
        .collect();
    anyhow::anyhow!("nothing was imported:\n{}", lines.join("\n"))
}

/// Reads, checks and stores the file; prints what was stored.
pub async fn run(config: &Config, args: &Import) -> anyhow::Result<()> {
    let bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let db = config.open_database().await?;
    let known = registry_store::step_keys(&db).await?;
    let kinds = registry_store::kind_keys(&db).await?;
    // The figures and their audit entry are one transaction: both are stored, or neither.
    let mut tx = db.begin_write().await?;
    let (lines, years) = match args.kind {
        Kind::Notifications => {
            let rows = registry_import::parse_notifications(&bytes).map_err(refused)?;
            registry_store::store_notifications(&mut tx, &rows).await?
        }
        Kind::Kinds => {
            let rows = registry_import::parse_kinds(&bytes).map_err(refused)?;
            registry_store::store_kinds(&mut tx, &rows).await?
        }
        Kind::Steps => {
            let rows = registry_import::parse_steps(&bytes, &kinds).map_err(refused)?;
            registry_store::store_steps(&mut tx, &rows).await?
        }
        Kind::Staircase => {
            let rows = registry_import::parse_staircase(&bytes, &known).map_err(refused)?;
            registry_store::store_staircase(&mut tx, &rows).await?
        }
        Kind::Comparison => {
            let figures = comparison::parse_comparison(&bytes, args.year).map_err(refused)?;
            comparison_store::store_comparison(&mut tx, &figures).await?
        }
        Kind::Population => {
            let rows = population::parse_population(&bytes).map_err(refused)?;
            population_store::store_population(&mut tx, &rows).await?
        }
    };
    let subject = format!(
        "{:?} from the command line: {lines} lines, {years} years",
        args.kind
    );
    let actor = Actor {
        staff_id: None,
        email: super::COMMAND_LINE,
    };
    audit_store::record(
        &mut *tx,
        chrono::Utc::now(),
        actor,
        Action::FiguresImported,
        &subject,
    )
    .await?;
    tx.commit().await?;
    println!(
        "Imported {lines} lines for {years} years from {}.",
        args.file.display()
    );
    Ok(())
}
