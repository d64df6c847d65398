//! Starts the real application on a random port with a fresh database, for HTTP tests.
//!
//! Every test runs twice through [`on_both_backends!`]: on a new SQLite file, and on a new
//! PostgreSQL database when `TIDLIG_TEST_POSTGRES_URL` names a server (CI always sets it).

use std::{path::PathBuf, sync::Arc};

use app::{
    domain::{Area, EvaluationCode, Password, Profession, Respondent, Role, StaffEmail, StaffName},
    store::{
        clock::ManualClock, evaluation_store, passwords, staff_store, AppState, Backend, Database,
        SecretKey,
    },
};
use server::config::{Config, LogFormat};
use sqlx::{Connection as _, Executor as _};

/// The variable naming the PostgreSQL server for tests, e.g. `postgres://postgres@127.0.0.1:5432/test`.
pub const POSTGRES_VAR: &str = "TIDLIG_TEST_POSTGRES_URL";

/// A running application and what a test needs to talk to it.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub address: String,
    /// A client that keeps cookies and does not follow redirects.
    pub client: reqwest::Client,
    /// The application's state, for reading and writing the database directly.
    pub state: AppState,
    /// The application's clock, which stands still until a test moves it.
    pub clock: Arc<ManualClock>,
    _scratch: Scratch,
}

/// A fresh database of the given kind and the folders around it, removed when dropped.
pub struct Scratch {
    pub dir: tempfile::TempDir,
    pub database_url: String,
    postgres: Option<(String, String)>,
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.postgres.take() {
            // Drop runs outside async code: drop the database from a thread of its own.
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async {
                    if let Ok(mut conn) = sqlx::PgConnection::connect(&admin_url).await {
                        let _ = conn
                            .execute(
                                format!("DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)").as_str(),
                            )
                            .await;
                    }
                });
            })
            .join();
        }
    }
}

/// Makes a new, empty database of `backend`, or `None` for PostgreSQL when no server is named.
pub async fn scratch_database(backend: Backend) -> Option<Scratch> {
    let dir = tempfile::tempdir().expect("temporary folder");
    match backend {
        Backend::Sqlite => Some(Scratch {
            database_url: Database::sqlite_url(&dir.path().join("tidlig.db")),
            dir,
            postgres: None,
        }),
        Backend::Postgres => {
            let admin_url = std::env::var(POSTGRES_VAR).ok().filter(|u| !u.is_empty())?;
            let name = format!("tidlig_test_{}", hex::encode(rand::random::<[u8; 8]>()));
            let mut conn = sqlx::PgConnection::connect(&admin_url)
                .await
                .expect("connecting to the PostgreSQL server for tests");
            conn.execute(format!("CREATE DATABASE \"{name}\"").as_str())
                .await
                .expect("creating a test database");
            let (without_query, query) = match admin_url.split_once('?') {
                Some((url, query)) => (url, format!("?{query}")),
                None => (admin_url.as_str(), String::new()),
            };
            let (server, _) = without_query
                .rsplit_once('/')
                .expect("the PostgreSQL URL names a database");
            Some(Scratch {
                database_url: format!("{server}/{name}{query}"),
                dir,
                postgres: Some((admin_url, name)),
            })
        }
    }
}

/// A configuration for a test: its own data and site folders, a fixed key, port 0.
pub fn test_config(scratch: &Scratch, site_root: PathBuf) -> Config {
    Config {
        addr: "127.0.0.1:0".parse().expect("address"),
        database_url: Some(scratch.database_url.clone()),
        data_dir: scratch.dir.path().join("data"),
        secret_key: Some(SecretKey::generate().to_hex()),
        municipality: "Testrup Kommune".into(),
        site_root,
        code_valid_days: 60,
        cookie_secure: false,
        login_failures: 5,
        // The tests' clients stand behind a proxy on loopback: a test names a client by the
        // `X-Forwarded-For` it sends (without one, every client is 127.0.0.1).
        client_ip_header: Some("x-forwarded-for".into()),
        trusted_proxies: vec!["127.0.0.1/32".parse().expect("network")],
        sparring_per_hour: app::store::state::SPARRING_REQUESTS_PER_HOUR,
        public_url: None,
        smtp_host: None,
        smtp_port: 25,
        smtp_security: server::config::SmtpSecurityArg::None,
        smtp_user: None,
        smtp_password: None,
        smtp_from: "tidlig@test.tidlig.dk".into(),
        smtp_to: None,
        log_format: LogFormat::Text,
    }
}

/// Starts the application on `backend` with a fresh database; `None` when that backend is
/// not available to the tests.
pub async fn spawn_app(backend: Backend) -> Option<TestApp> {
    spawn_app_with_site(backend, None).await
}

/// Like [`spawn_app`], serving the front end from `site_root` when given.
pub async fn spawn_app_with_site(backend: Backend, site_root: Option<PathBuf>) -> Option<TestApp> {
    spawn_app_with(backend, |config| {
        if let Some(site_root) = site_root {
            config.site_root = site_root;
        }
    })
    .await
}

/// Like [`spawn_app`], with the test configuration changed by `tweak` first.
pub async fn spawn_app_with(backend: Backend, tweak: impl FnOnce(&mut Config)) -> Option<TestApp> {
    let scratch = scratch_database(backend).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("port");
    let address = format!("http://{}", listener.local_addr().expect("address"));
    let mut config = test_config(&scratch, scratch.dir.path().join("site"));
    config.addr = listener.local_addr().expect("address");
    tweak(&mut config);
    let db = config
        .open_database()
        .await
        .expect("database opens and migrates");
    let clock = ManualClock::new(chrono::Utc::now());
    let state = server::startup::state(&config, db, clock.clone())
        .await
        .expect("state");
    let router = server::startup::router(state.clone()).expect("router");
    tokio::spawn(server::startup::serve(
        listener,
        router,
        std::future::pending(),
    ));
    Some(TestApp {
        address,
        client: client(),
        state,
        clock,
        _scratch: scratch,
    })
}

/// A client that keeps its own cookies and does not follow redirects. A request that gets no
/// answer in two minutes fails its test with the address, rather than holding up the run.
fn client() -> reqwest::Client {
    reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .timeout(std::time::Duration::from_secs(120))
        .build()
        .expect("client")
}

/// A staff account made for a test, with its password.
#[derive(Debug, Clone)]
pub struct Staffer {
    /// Account id.
    pub id: i64,
    /// Login e-mail.
    pub email: String,
    /// Password.
    pub password: String,
    /// Role.
    pub role: Role,
}

impl TestApp {
    /// A client with its own cookie jar (one per person in a test), not following redirects.
    pub fn new_client(&self) -> reqwest::Client {
        client()
    }

    /// Creates an active account with `role` directly in the database.
    pub async fn add_staff(&self, role: Role, must_change_password: bool) -> Staffer {
        let n = rand::random::<u32>();
        let email = format!("{}-{n}@test.tidlig.dk", role.as_str());
        let password = format!("adgangskode-{n}-{}", role.as_str());
        let staff = staff_store::NewStaff {
            email: StaffEmail::parse(&email).expect("email"),
            name: StaffName::parse(&format!("Test {} {n}", role.as_str())).expect("name"),
            role,
            profession: Profession::Other,
            password_hash: passwords::hash(Password::parse(&password).expect("password"))
                .await
                .expect("hash"),
            must_change_password,
        };
        let id = staff_store::create(self.db().pool(), &staff, chrono::Utc::now())
            .await
            .expect("account stored");
        Staffer {
            id,
            email,
            password,
            role,
        }
    }

    /// Stores fresh parents' codes for `area`, issued on `day` and valid for `valid_days`,
    /// and returns them.
    pub async fn issue_codes(
        &self,
        area: Area,
        day: chrono::NaiveDate,
        valid_days: u32,
        count: usize,
    ) -> Vec<EvaluationCode> {
        self.issue_codes_for(Respondent::Parent, area, day, valid_days, count)
            .await
    }

    /// Stores fresh codes for `respondent` in `area`, issued on `day` and valid for
    /// `valid_days`, and returns them.
    pub async fn issue_codes_for(
        &self,
        respondent: Respondent,
        area: Area,
        today: chrono::NaiveDate,
        valid_days: u32,
        count: usize,
    ) -> Vec<EvaluationCode> {
        let mut tx = self.db().begin_write().await.expect("transaction");
        let issue = evaluation_store::Issue {
            respondent,
            area,
            today,
            valid_days,
        };
        let codes =
            evaluation_store::issue_codes(&mut tx, &self.state.settings.secret, issue, count)
                .await
                .expect("codes stored");
        tx.commit().await.expect("commit");
        codes
    }

    /// Posts the login form from `client`.
    pub async fn log_in(
        &self,
        client: &reqwest::Client,
        email: &str,
        password: &str,
    ) -> reqwest::Response {
        client
            .post(self.url("/login"))
            .header("origin", &self.address)
            .form(&[("email", email), ("password", password)])
            .send()
            .await
            .expect("POST /login")
    }

    /// A new client logged in as `staffer`.
    pub async fn client_for(&self, staffer: &Staffer) -> reqwest::Client {
        let client = self.new_client();
        let response = self
            .log_in(&client, &staffer.email, &staffer.password)
            .await;
        assert_eq!(
            response.status().as_u16(),
            303,
            "login of {}",
            staffer.email
        );
        client
    }

    /// Posts a form from `client`, from our own origin.
    pub async fn post_from(
        &self,
        client: &reqwest::Client,
        path: &str,
        form: &[(&str, &str)],
    ) -> reqwest::Response {
        client
            .post(self.url(path))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("POST")
    }

    /// `GET path` from `client`: status and body.
    pub async fn get_from(&self, client: &reqwest::Client, path: &str) -> (u16, String) {
        let response = client.get(self.url(path)).send().await.expect("GET");
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// Where a redirect leads (its `Location`); panics if `response` is no 303.
    pub fn location(response: &reqwest::Response) -> String {
        assert_eq!(response.status().as_u16(), 303, "a redirect after the post");
        response
            .headers()
            .get("location")
            .and_then(|v| v.to_str().ok())
            .expect("location")
            .to_owned()
    }

    /// Follows the 303 `response` from `client`, as a browser does: status and body of the page.
    pub async fn follow(
        &self,
        client: &reqwest::Client,
        response: reqwest::Response,
    ) -> (u16, String) {
        self.get_from(client, &Self::location(&response)).await
    }

    /// The database.
    pub fn db(&self) -> &Database {
        &self.state.db
    }

    /// Absolute URL of `path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// `GET path`.
    pub async fn get(&self, path: &str) -> reqwest::Response {
        self.client.get(self.url(path)).send().await.expect("GET")
    }

    /// `GET path`, returning status and body.
    pub async fn get_text(&self, path: &str) -> (u16, String) {
        let response = self.get(path).await;
        let status = response.status().as_u16();
        (status, response.text().await.expect("body"))
    }

    /// `POST path` with a URL-encoded form, as a browser without JavaScript sends it.
    pub async fn post_form(&self, path: &str, form: &[(&str, &str)]) -> reqwest::Response {
        self.client
            .post(self.url(path))
            .header("origin", &self.address)
            .form(form)
            .send()
            .await
            .expect("POST")
    }
}

/// Runs each test on SQLite and on PostgreSQL. A test is an `async fn name(app: TestApp)`;
/// it becomes `name::sqlite` and `name::postgres`.
macro_rules! on_both_backends {
    ($(async fn $name:ident($app:ident: TestApp) $body:block)*) => {
        $(
            mod $name {
                #[allow(unused_imports)]
                use super::*;

                async fn run($app: $crate::common::TestApp) $body

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn sqlite() {
                    let app = $crate::common::spawn_app(app::store::Backend::Sqlite)
                        .await
                        .expect("SQLite is always available");
                    run(app).await;
                }

                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn postgres() {
                    match $crate::common::spawn_app(app::store::Backend::Postgres).await {
                        Some(app) => run(app).await,
                        None => eprintln!(
                            "skipped on PostgreSQL: {} is not set",
                            $crate::common::POSTGRES_VAR
                        ),
                    }
                }
            }
        )*
    };
}
