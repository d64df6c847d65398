//! `tidlig demo-data`: fills a new database with the demo municipality.

use app::store::demo_data::{self, Demo};

use crate::config::Config;

/// Loads the demo data; refuses a database that already holds data.
pub async fn run(config: &Config) -> anyhow::Result<()> {
    let db = config.open_database().await?;
    let demo = demo_data::load(&db, &config.secret_key()?, chrono::Utc::now().date_naive()).await?;
    print_demo(&demo);
    Ok(())
}

/// Prints the demo accounts and codes for whoever started the demo.
pub fn print_demo(demo: &Demo) {
    println!("Demo logins (demo databases only):");
    for login in demo.logins {
        println!(
            "  {:<6} {:<30} {}",
            login.role.as_str(),
            login.email,
            login.password
        );
    }
    println!(
        "Unused evaluation codes to try at /evaluering: {}",
        demo.codes.join("  ")
    );
}
