//! What every request handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;

use super::{clock::Clock, handover::Handovers, throttle::Throttle, Database, SecretKey};

/// Settings read once at start-up.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The municipality's name, shown in the header and on cards.
    pub municipality: String,
    /// Key for keyed hashes of codes and receipts.
    pub secret: SecretKey,
    /// How many days an evaluation code stays valid after it is issued.
    pub code_valid_days: u32,
    /// Address of the stylesheet, with the content hash the build gave it.
    pub stylesheet: String,
    /// Whether cookies carry `Secure` (off only for plain-http local use).
    pub cookie_secure: bool,
    /// Failed logins per account within 15 minutes before the account is paused.
    pub login_failures_per_account: u32,
    /// Failed logins per client within 15 minutes before the client is paused.
    pub login_failures_per_client: u32,
    /// Header with the client's address behind a proxy (for counting failures only).
    pub client_ip_header: Option<String>,
    /// The portal's address as parents type it (`https://tidlig.kommune.dk`), printed on the
    /// cards; unset: taken from the request.
    pub public_url: Option<String>,
    /// Mail to the team's mailbox about new sparring requests, when configured.
    pub smtp: Option<SmtpSettings>,
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain SMTP (a relay on the local network, or tests).
    None,
    /// STARTTLS on the submission port.
    StartTls,
    /// TLS from the start (port 465).
    Tls,
}

/// Where and how to send notifications.
#[derive(Debug, Clone)]
pub struct SmtpSettings {
    /// Mail server.
    pub host: String,
    pub port: u16,
    /// Connection security.
    pub security: SmtpSecurity,
    /// Login, if the server wants one.
    pub credentials: Option<(String, String)>,
    /// Sender address.
    pub from: String,
    /// The team's shared mailbox.
    pub to: String,
}

/// Unknown evaluation codes (or sparring receipts) a client may try within 10 minutes before
/// it must wait 10 minutes.
pub const CODE_GUESSES: u32 = 10;

/// The in-memory counters that slow down guessing.
#[derive(Debug)]
pub struct Guards {
    /// Failed logins per account (e-mail).
    pub login_account: Throttle,
    /// Failed logins per client address.
    pub login_client: Throttle,
    /// Unknown evaluation codes per client address.
    pub code_client: Throttle,
    /// Unknown sparring receipts per client address.
    pub receipt_client: Throttle,
}

impl Guards {
    /// Counters sized by the settings.
    pub fn new(settings: &Settings) -> Self {
        let quarter = chrono::Duration::minutes(15);
        Self {
            login_account: Throttle::new(settings.login_failures_per_account, quarter, quarter),
            login_client: Throttle::new(settings.login_failures_per_client, quarter, quarter),
            code_client: Throttle::new(
                CODE_GUESSES,
                chrono::Duration::minutes(10),
                chrono::Duration::minutes(10),
            ),
            receipt_client: Throttle::new(
                CODE_GUESSES,
                chrono::Duration::minutes(10),
                chrono::Duration::minutes(10),
            ),
        }
    }
}

/// Shared state of the running server.
#[derive(Clone, Debug)]
pub struct AppState {
    /// The database.
    pub db: Database,
    /// Start-up settings.
    pub settings: Arc<Settings>,
    /// Leptos's own options (site root, output name).
    pub leptos_options: LeptosOptions,
    /// The time (a manual clock in tests).
    pub clock: Arc<dyn Clock>,
    /// Throttles against guessing.
    pub guards: Arc<Guards>,
    /// Where staff sessions are kept.
    pub sessions: super::sessions::DbSessionStore,
    /// Results handed from a post to the page after it, and posts already answered.
    pub handovers: Arc<Handovers>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
