//! `tidlig issue-codes`: fresh evaluation codes for large print runs, one per line.

use app::{
    domain::{
        audit::{Action, Actor},
        Area, Respondent,
    },
    store::{audit_store, evaluation_store},
};

use crate::config::Config;

/// Which codes to issue.
#[derive(Debug, Clone, clap::Args)]
pub struct IssueCodes {
    /// dagtilbud, dagpleje or skole.
    #[arg(long)]
    pub area: String,
    /// How many codes.
    #[arg(long)]
    pub count: usize,
    /// Whom they are for: parent (the default) or professional.
    #[arg(long = "for", default_value = "parent")]
    pub respondent: String,
}

/// Most codes one run may issue.
pub const MAX: usize = 100_000;

/// Stores the codes' hashes (with an audit entry) and prints the codes, grouped as on a card.
pub async fn run(config: &Config, args: &IssueCodes) -> anyhow::Result<()> {
    let area = Area::parse(&args.area)
        .map_err(|_| anyhow::anyhow!("--area must be dagtilbud, dagpleje or skole"))?;
    anyhow::ensure!(
        (1..=MAX).contains(&args.count),
        "--count must be from 1 to {MAX}"
    );
    let respondent = Respondent::parse(&args.respondent)
        .map_err(|_| anyhow::anyhow!("--for must be parent or professional"))?;
    let db = config.open_database().await?;
    let key = config.secret_key()?;
    let now = chrono::Utc::now();
    let mut tx = db.begin_write().await?;
    let issue = evaluation_store::Issue {
        respondent,
        area,
        today: now.date_naive(),
        valid_days: config.code_valid_days,
    };
    let codes = evaluation_store::issue_codes(&mut tx, &key, issue, args.count).await?;
    let actor = Actor {
        staff_id: None,
        email: "kommandolinjen",
    };
    // Worded as the portal's own entry (`i18n::audit::codes_issued`).
    let subject = match respondent {
        Respondent::Parent => format!("{area}: {}", args.count),
        Respondent::Professional => format!("{area}: {} professional", args.count),
    };
    audit_store::record(&mut *tx, now, actor, Action::CodesIssued, &subject).await?;
    tx.commit().await?;
    let mut out = String::with_capacity(codes.len() * 13);
    for code in &codes {
        out.push_str(&code.grouped());
        out.push('\n');
    }
    print!("{out}");
    Ok(())
}
