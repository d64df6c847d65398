//! Configuration from the command line and the environment.

use std::{
    net::SocketAddr,
    path::{Path, PathBuf},
};

use anyhow::Context as _;
use app::store::{Database, SecretKey};

/// How log lines are written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    /// Human-readable lines.
    Text,
    /// One JSON object per line, for log collectors.
    Json,
}

/// How the connection to the mail server is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SmtpSecurityArg {
    /// Plain SMTP.
    None,
    /// STARTTLS.
    Starttls,
    /// TLS from the start.
    Tls,
}

/// Settings shared by every subcommand. Each can be given as a flag or an environment
/// variable; secrets are never printed, not even by `--help`.
#[derive(Debug, Clone, clap::Args)]
pub struct Config {
    /// Address and port to listen on.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_ADDR",
        default_value = "127.0.0.1:3000"
    )]
    pub addr: SocketAddr,

    /// postgres://… for PostgreSQL; unset for the SQLite file `tidlig.db` in the data folder.
    #[arg(long, global = true, env = "DATABASE_URL", hide_env_values = true)]
    pub database_url: Option<String>,

    /// Folder for the SQLite database and the generated secret key.
    #[arg(long, global = true, env = "TIDLIG_DATA_DIR", default_value = "data")]
    pub data_dir: PathBuf,

    /// Key for keyed hashes of codes and receipts: 64 hex digits, from `TIDLIG_SECRET_KEY`
    /// only – never a flag, which every user of the machine could read in the process list.
    /// Unset: read from (or generated into) `secret.key` in the data folder. Servers sharing a
    /// database must share it.
    #[arg(skip = std::env::var("TIDLIG_SECRET_KEY").ok().filter(|k| !k.is_empty()))]
    pub secret_key: Option<String>,

    /// The municipality's name, shown on every page and card.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_MUNICIPALITY",
        default_value = "Demo Kommune"
    )]
    pub municipality: String,

    /// Folder with the built front end (`pkg/` with the WebAssembly, script and stylesheet).
    #[arg(
        long,
        global = true,
        env = "TIDLIG_SITE_ROOT",
        default_value = "target/site"
    )]
    pub site_root: PathBuf,

    /// Days an evaluation code stays valid after it is issued.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_CODE_VALID_DAYS",
        default_value_t = 60
    )]
    pub code_valid_days: u32,

    /// Whether cookies carry `Secure`. Turn off only for plain http on a local machine
    /// (`make run` does); a deployment behind HTTPS keeps it on.
    #[arg(long, global = true, env = "TIDLIG_COOKIE_SECURE", default_value_t = true, action = clap::ArgAction::Set)]
    pub cookie_secure: bool,

    /// Failed logins per account within 15 minutes before the account is paused for 15
    /// minutes (a client gets four times as many).
    #[arg(
        long,
        global = true,
        env = "TIDLIG_LOGIN_FAILURES",
        default_value_t = 5
    )]
    pub login_failures: u32,

    /// Header that carries the client's address when a reverse proxy stands in front
    /// (e.g. `x-forwarded-for`). Used only to count failed logins in memory.
    #[arg(long, global = true, env = "TIDLIG_CLIENT_IP_HEADER")]
    pub client_ip_header: Option<String>,

    /// The portal's public address (e.g. `https://tidlig.rebild.dk`), printed on evaluation
    /// cards and in their QR codes. Unset: the address the staff member's browser used.
    #[arg(long, global = true, env = "TIDLIG_PUBLIC_URL")]
    pub public_url: Option<String>,

    /// Mail server for notifying the FI team of new sparring requests (unset: no mail).
    #[arg(long, global = true, env = "TIDLIG_SMTP_HOST")]
    pub smtp_host: Option<String>,

    /// The mail server's port.
    #[arg(long, global = true, env = "TIDLIG_SMTP_PORT", default_value_t = 587)]
    pub smtp_port: u16,

    /// none, starttls or tls.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_SMTP_SECURITY",
        value_enum,
        default_value = "starttls"
    )]
    pub smtp_security: SmtpSecurityArg,

    /// Login at the mail server, if it wants one.
    #[arg(long, global = true, env = "TIDLIG_SMTP_USER")]
    pub smtp_user: Option<String>,

    /// Password at the mail server.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_SMTP_PASSWORD",
        hide_env_values = true
    )]
    pub smtp_password: Option<String>,

    /// Sender of the notifications.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_SMTP_FROM",
        default_value = "tidlig@localhost"
    )]
    pub smtp_from: String,

    /// The FI team's shared mailbox.
    #[arg(long, global = true, env = "TIDLIG_SMTP_TO")]
    pub smtp_to: Option<String>,

    /// Log format.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_LOG_FORMAT",
        value_enum,
        default_value = "text"
    )]
    pub log_format: LogFormat,
}

/// Name of the key file in the data folder.
pub const KEY_FILE: &str = "secret.key";

impl Config {
    /// The notification settings, when both a mail server and a mailbox are configured.
    pub fn smtp(&self) -> Option<app::store::state::SmtpSettings> {
        use app::store::state::{SmtpSecurity, SmtpSettings};
        let (host, to) = (self.smtp_host.clone()?, self.smtp_to.clone()?);
        Some(SmtpSettings {
            host,
            port: self.smtp_port,
            security: match self.smtp_security {
                SmtpSecurityArg::None => SmtpSecurity::None,
                SmtpSecurityArg::Starttls => SmtpSecurity::StartTls,
                SmtpSecurityArg::Tls => SmtpSecurity::Tls,
            },
            credentials: self.smtp_user.clone().zip(self.smtp_password.clone()),
            from: self.smtp_from.clone(),
            to,
        })
    }

    /// The database URL: `DATABASE_URL`, else the SQLite file in the data folder.
    pub fn database_url(&self) -> anyhow::Result<String> {
        match &self.database_url {
            Some(url) if !url.trim().is_empty() => Ok(url.trim().to_owned()),
            _ => {
                std::fs::create_dir_all(&self.data_dir).with_context(|| {
                    format!("creating the data folder {}", self.data_dir.display())
                })?;
                Ok(Database::sqlite_url(&self.data_dir.join("tidlig.db")))
            }
        }
    }

    /// The SQLite file the database URL names (an error for PostgreSQL).
    pub fn sqlite_file(&self) -> anyhow::Result<std::path::PathBuf> {
        let url = self.database_url()?;
        Database::sqlite_path(&url).with_context(|| format!("{url} is not an SQLite database"))
    }

    /// Opens the database and applies pending migrations.
    pub async fn open_database(&self) -> anyhow::Result<Database> {
        let db = Database::connect(&self.database_url()?).await?;
        db.migrate().await?;
        Ok(db)
    }

    /// The secret key: `TIDLIG_SECRET_KEY`, else the key file, else a new key written there.
    pub fn secret_key(&self) -> anyhow::Result<SecretKey> {
        if let Some(hex) = &self.secret_key {
            return SecretKey::from_hex(hex).context("reading TIDLIG_SECRET_KEY");
        }
        let path = self.data_dir.join(KEY_FILE);
        match std::fs::read_to_string(&path) {
            Ok(text) => SecretKey::from_hex(&text)
                .with_context(|| format!("reading the key file {}", path.display())),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                let key = SecretKey::generate();
                write_private(&path, &key.to_hex())?;
                tracing::info!(path = %path.display(), "generated a new secret key");
                Ok(key)
            }
            Err(e) => Err(e).with_context(|| format!("reading the key file {}", path.display())),
        }
    }
}

/// Writes a file only its owner can read.
fn write_private(path: &Path, contents: &str) -> anyhow::Result<()> {
    use std::io::Write as _;
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)
            .with_context(|| format!("creating {}", parent.display()))?;
    }
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(0o600);
    }
    let mut file = options
        .open(path)
        .with_context(|| format!("creating {}", path.display()))?;
    file.write_all(contents.as_bytes())
        .and_then(|()| file.sync_all())
        .with_context(|| format!("writing {}", path.display()))
}
