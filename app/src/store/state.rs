//! What every request handler and server function can reach.

use std::sync::Arc;

use axum::extract::FromRef;
use leptos::prelude::*;

use super::{
    clock::Clock,
    handover::Handovers,
    throttle::{Delays, Pace, Throttle},
    Database, SecretKey,
};

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
    /// Wrong passwords per account before each further attempt waits (a client gets four times
    /// as many).
    pub login_failures_per_account: u32,
    /// Wrong passwords per client before each further attempt waits.
    pub login_failures_per_client: u32,
    /// Header with the client's address behind a proxy (for counting attempts only).
    pub client_ip_header: Option<String>,
    /// The proxies whose word on the client's address is taken (the header's right-most hop
    /// that is not one of them is the client).
    pub trusted_proxies: Vec<ipnet::IpNet>,
    /// New sparring requests a client may send within an hour.
    pub sparring_per_hour: u32,
    /// Password hashes computed at once; a login beyond them is told to try again shortly.
    pub hashing_at_once: usize,
    /// The portal's address as parents type it (`https://tidlig.kommune.dk`): on the cards, in
    /// their QR codes and in the team's e-mails. Only ever from the configuration, never from a
    /// request's `Host`, which whoever sends the request chooses.
    pub public_url: String,
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

/// Unknown evaluation codes (or sparring receipts) a client may try within 10 minutes.
pub const CODE_GUESSES: u32 = 10;

/// New sparring requests a client may send within an hour by default: enough for a team of
/// pedagogues behind one address, too few to flood the inbox and the team's mailbox.
pub const SPARRING_REQUESTS_PER_HOUR: u32 = 20;

/// The in-memory counters that slow down guessing and flooding.
#[derive(Debug)]
pub struct Guards {
    /// Password attempts, per account and per client (growing delays).
    pub login: Delays,
    /// How an account's waits grow: a short longest wait, so its owner always gets in.
    pub account_pace: Pace,
    /// How a client's waits grow.
    pub client_pace: Pace,
    /// Unknown evaluation codes per client address.
    pub code_client: Throttle,
    /// Unknown sparring receipts per client address.
    pub receipt_client: Throttle,
    /// New sparring requests per client address.
    pub sparring_client: Throttle,
    /// Password hashes being computed now (each takes 19 MiB and tens of milliseconds).
    pub hashing: tokio::sync::Semaphore,
}

impl Guards {
    /// Counters sized by the settings.
    pub fn new(settings: &Settings) -> Self {
        let ten = chrono::Duration::minutes(10);
        let pace = |free: u32, longest: i64| Pace {
            free,
            first: chrono::Duration::seconds(1),
            longest: chrono::Duration::seconds(longest),
            quiet: chrono::Duration::minutes(15),
        };
        Self {
            login: Delays::default(),
            account_pace: pace(settings.login_failures_per_account, 30),
            client_pace: pace(settings.login_failures_per_client, 60),
            code_client: Throttle::new(CODE_GUESSES, ten),
            receipt_client: Throttle::new(CODE_GUESSES, ten),
            sparring_client: Throttle::new(settings.sparring_per_hour, chrono::Duration::hours(1)),
            hashing: tokio::sync::Semaphore::new(settings.hashing_at_once.max(1)),
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
    /// What the municipality publishes (read at start-up, replaced when an administrator
    /// saves it): every page's footer and language switch read it without a query.
    pub published: Arc<std::sync::RwLock<crate::domain::publishing::Publishing>>,
}

impl AppState {
    /// What the municipality publishes now.
    pub fn published(&self) -> crate::domain::publishing::Publishing {
        self.published
            .read()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .clone()
    }
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}
