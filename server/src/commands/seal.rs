//! `tidlig seal`: seals the parents' answers by hand (the server seals every month that has
//! ended by itself, at start-up and every hour).

use app::store::seal;

use crate::config::Config;

/// Through which month to seal.
#[derive(Debug, Clone, clap::Args)]
pub struct Seal {
    /// The last month to seal, `YYYY-MM`; the current month seals the answers so far (later
    /// ones wait for the next seal). Without it: every month that has ended.
    #[arg(long)]
    pub through: Option<String>,
}

/// Seals and prints how many answers moved.
pub async fn run(config: &Config, args: &Seal) -> anyhow::Result<()> {
    let today = chrono::Utc::now().date_naive();
    let through = match &args.through {
        Some(month) => {
            let first = chrono::NaiveDate::parse_from_str(&format!("{month}-01"), "%Y-%m-%d")
                .ok()
                .filter(|_| month.len() == 7)
                .ok_or_else(|| anyhow::anyhow!("--through must be a month, YYYY-MM"))?;
            anyhow::ensure!(first <= today, "--through {month} has not begun yet");
            month.clone()
        }
        None => seal::last_ended_month(today),
    };
    let db = config.open_database().await?;
    let sealed = seal::seal(&db, &through, today).await?;
    println!("sealed {} answers through {}", sealed.moved, sealed.through);
    Ok(())
}
