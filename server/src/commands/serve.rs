//! `tidlig serve`: the web server.

use std::sync::Arc;

use app::store::{clock::SystemClock, demo_data, passwords};
use tokio::net::TcpListener;
use tower_sessions::ExpiredDeletion as _;

use crate::{commands::demo_data::print_demo, config::Config, startup};

/// Opens the database (migrating it), optionally fills a new one with demo data, and serves
/// until SIGTERM or Ctrl-C.
pub async fn run(config: &Config, demo: bool) -> anyhow::Result<()> {
    // The demo's accounts have passwords printed in the README: never on a reachable address.
    anyhow::ensure!(
        !demo || config.addr.ip().is_loopback(),
        "--demo serves accounts with published passwords, so only on a loopback address \
         (TIDLIG_ADDR=127.0.0.1:3000), not on {}",
        config.addr
    );
    let db = config.open_database().await?;
    tracing::info!(backend = db.backend().name(), "database ready");
    if demo && demo_data::is_empty(&db).await? {
        let demo =
            demo_data::load(&db, &config.secret_key()?, chrono::Utc::now().date_naive()).await?;
        tracing::info!("loaded demo data into the new database");
        print_demo(&demo);
    }
    let state = startup::state(config, db, Arc::new(SystemClock)).await?;
    passwords::warm_up().await?;
    // Sessions that timed out are deleted from the store in the background.
    tokio::spawn(
        state
            .sessions
            .clone()
            .continuously_delete_expired(startup::SESSION_PURGE_EVERY),
    );
    tokio::spawn(app::store::retention::run_forever(
        state.clone(),
        startup::RETENTION_EVERY,
    ));
    let router = startup::router(state)?;
    let listener = TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    tracing::info!(%addr, "Tidlig is listening");
    println!("Tidlig serves http://{addr}/");
    let shutdown = async {
        startup::shutdown_signal().await;
        // Requests in flight get a grace period, then the process leaves regardless.
        tokio::spawn(async {
            tokio::time::sleep(startup::SHUTDOWN_GRACE).await;
            tracing::warn!("grace period over; exiting with requests still open");
            std::process::exit(1);
        });
    };
    startup::serve(listener, router, shutdown).await?;
    tracing::info!("stopped");
    Ok(())
}
