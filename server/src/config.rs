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

    /// Wrong passwords in a row for an account before each further attempt must wait – 1 s,
    /// then twice as long each time, up to 30 s (a client gets four times as many, waiting up
    /// to a minute). Never a lock: the right password always gets in after a short wait.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_LOGIN_FAILURES",
        default_value_t = 5
    )]
    pub login_failures: u32,

    /// New sparring requests a client may send within an hour (beyond them: 429 with the
    /// wait), against floods of the inbox and the team's mailbox.
    #[arg(
        long,
        global = true,
        env = "TIDLIG_SPARRING_PER_HOUR",
        default_value_t = app::store::state::SPARRING_REQUESTS_PER_HOUR
    )]
    pub sparring_per_hour: u32,

    /// Header that carries the client's address when a reverse proxy stands in front
    /// (e.g. `x-forwarded-for`). Used only to count attempts in memory; needs
    /// `TIDLIG_TRUSTED_PROXIES`.
    #[arg(long, global = true, env = "TIDLIG_CLIENT_IP_HEADER")]
    pub client_ip_header: Option<String>,

    /// The reverse proxies in front (addresses or networks, comma-separated, e.g.
    /// `10.0.0.5,192.168.1.0/24`): only their word on the client's address is taken, and the
    /// client is the right-most address in the header that is not one of them.
    #[arg(long, global = true, env = "TIDLIG_TRUSTED_PROXIES", value_delimiter = ',', value_parser = parse_network)]
    pub trusted_proxies: Vec<ipnet::IpNet>,

    /// The portal's public address (e.g. `https://tidlig.rebild.dk`): on evaluation cards, in
    /// their QR codes and in the team's e-mails. Never taken from a request. Unset: the
    /// address the server listens on, which must then be a loopback address and no mail be
    /// configured.
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

/// A trusted proxy: `10.0.0.5`, `2001:db8::5` or a network such as `192.168.1.0/24`.
fn parse_network(text: &str) -> Result<ipnet::IpNet, String> {
    let text = text.trim();
    text.parse::<ipnet::IpNet>()
        .or_else(|_| text.parse::<std::net::IpAddr>().map(ipnet::IpNet::from))
        .map_err(|_| format!("{text:?} is neither an address nor a network like 10.0.0.0/8"))
}

impl Config {
    /// The portal's public address (without a trailing `/`). Links in e-mails and on cards
    /// come only from here: a request's `Host` header is chosen by whoever sends it, and an
    /// anonymous post with `Host: evil.example` must not mail the team a phishing link.
    pub fn public_url(&self) -> anyhow::Result<String> {
        let configured = self.public_url.as_deref().map(str::trim);
        match configured.filter(|url| !url.is_empty()) {
            Some(url) => {
                let url = url.trim_end_matches('/');
                let host = url
                    .strip_prefix("https://")
                    .or_else(|| url.strip_prefix("http://"))
                    .filter(|host| !host.is_empty() && !host.contains(['/', '?', '#', ' ']));
                anyhow::ensure!(
                    host.is_some(),
                    "TIDLIG_PUBLIC_URL must be an address like https://tidlig.kommune.dk, not {url:?}"
                );
                Ok(url.to_owned())
            }
            None => {
                anyhow::ensure!(
                    self.smtp().is_none(),
                    "TIDLIG_SMTP_HOST is set but TIDLIG_PUBLIC_URL is not: the team's e-mails \
                     link to the portal, and that link must come from the configuration"
                );
                anyhow::ensure!(
                    self.addr.ip().is_loopback(),
                    "TIDLIG_PUBLIC_URL is not set: the cards would print {}, which parents \
                     cannot reach; set it to the portal's public address",
                    self.addr
                );
                Ok(format!("http://{}", self.addr))
            }
        }
    }

    /// Refuses a proxy setting that would let clients choose their own address, or give every
    /// client the same one.
    pub fn check_proxy(&self) -> anyhow::Result<()> {
        match (&self.client_ip_header, self.trusted_proxies.is_empty()) {
            (Some(_), true) => anyhow::bail!(
                "TIDLIG_CLIENT_IP_HEADER is set but TIDLIG_TRUSTED_PROXIES is not: any client \
                 could then name its own address and escape every throttle; name the proxies"
            ),
            (None, false) => anyhow::bail!(
                "TIDLIG_TRUSTED_PROXIES is set but TIDLIG_CLIENT_IP_HEADER is not: every client \
                 would share the proxy's address, so one guesser would slow every parent down; \
                 name the header the proxy writes (e.g. x-forwarded-for)"
            ),
            _ => Ok(()),
        }
    }

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
        let url = self.database_url()?;
        let db = Database::connect(&url).await?;
        if let Some(file) = Database::sqlite_path(&url) {
            make_private(&file)?;
        }
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

/// Makes an SQLite database and its write-ahead log readable by their owner only – also
/// files an earlier version created under a loose umask (new ones are private already: see
/// `main`).
fn make_private(database: &Path) -> anyhow::Result<()> {
    #[cfg(unix)]
    for suffix in ["", "-wal", "-shm"] {
        use std::os::unix::fs::PermissionsExt as _;
        let mut name = database.as_os_str().to_owned();
        name.push(suffix);
        let path = PathBuf::from(name);
        match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("protecting {}", path.display())),
        }
    }
    Ok(())
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
