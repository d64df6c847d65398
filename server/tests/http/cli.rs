//! The `tidlig` binary as an operator runs it: subcommands, key file, logs and shutdown.

use std::{
    io::{BufRead as _, BufReader, Read as _, Write as _},
    net::TcpStream,
    path::Path,
    process::{Child, Command, Stdio},
    time::{Duration, Instant},
};

use app::store::Backend;

const BIN: &str = env!("CARGO_BIN_EXE_tidlig");

/// A command with a data folder and a database (empty: the default SQLite file in the data
/// folder), and nothing inherited from the test's environment that could change it.
fn tidlig(data_dir: &Path, database_url: &str) -> Command {
    let mut command = Command::new(BIN);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TIDLIG_DATA_DIR", data_dir);
    if !database_url.is_empty() {
        command.env("DATABASE_URL", database_url);
    }
    command
}

/// Runs `command` and insists it succeeds (saying why not).
fn succeeds(command: &mut Command) -> std::process::Output {
    let output = command.output().expect("runs");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    output
}

fn create_user(
    data_dir: &Path,
    database_url: &str,
    args: &[&str],
    password: &str,
) -> (bool, String) {
    let mut child = tidlig(data_dir, database_url)
        .arg("create-user")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("tidlig starts");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("password written");
    let output = child.wait_with_output().expect("tidlig ends");
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    (output.status.success(), text)
}

async fn create_user_on(backend: Backend) {
    let Some(scratch) = crate::common::scratch_database(backend).await else {
        eprintln!(
            "skipped on PostgreSQL: {} is not set",
            crate::common::POSTGRES_VAR
        );
        return;
    };
    let data = scratch.dir.path().join("data");
    let url = scratch.database_url.clone();
    let account = [
        "--email",
        "Sofie@Demo.dk",
        "--name",
        "Sofie Hansen",
        "--role",
        "team",
        "--profession",
        "socialraadgiver",
    ];

    let (ok, text) = create_user(&data, &url, &account, "kort");
    assert!(!ok, "a short password is refused: {text}");
    assert!(text.contains("at least 12 characters"), "{text}");
    let (ok, text) = create_user(
        &data,
        &url,
        &["--email", "x@demo.dk", "--name", "X", "--role", "root"],
        "lang-nok-adgangskode",
    );
    assert!(!ok);
    assert!(
        text.contains("--role must be admin, lead or team"),
        "{text}"
    );

    let (ok, text) = create_user(&data, &url, &account, "password1234");
    assert!(!ok, "a common password is refused: {text}");
    assert!(text.contains("one of the most common passwords"), "{text}");

    let (ok, text) = create_user(&data, &url, &account, "korrekt-hest-batteri");
    assert!(ok, "{text}");
    assert!(
        text.contains("Created team account sofie@demo.dk"),
        "{text}"
    );
    let (ok, text) = create_user(&data, &url, &account, "korrekt-hest-batteri");
    assert!(!ok, "the same e-mail twice is refused");
    assert!(text.contains("already exists"), "{text}");

    let db = app::store::Database::connect(&url).await.expect("database");
    let rows: Vec<(String, String, String, String, i64)> =
        sqlx::query_as("SELECT email, name, role, password_hash, must_change_password FROM staff")
            .fetch_all(db.pool())
            .await
            .expect("staff");
    assert_eq!(rows.len(), 1, "refused attempts stored nothing");
    let (email, name, role, hash, must_change) = &rows[0];
    assert_eq!(
        (email.as_str(), name.as_str(), role.as_str()),
        ("sofie@demo.dk", "Sofie Hansen", "team")
    );
    assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
    assert_eq!(*must_change, 0);
    assert!(
        app::store::passwords::verify("korrekt-hest-batteri".into(), hash.clone())
            .await
            .expect("verify")
    );
    let audited: Vec<(Option<i64>, String, String, String)> =
        sqlx::query_as("SELECT staff_id, actor, action, subject FROM audit_log")
            .fetch_all(db.pool())
            .await
            .expect("audit log");
    assert_eq!(
        audited,
        [(
            None,
            "command line".to_owned(),
            "staff_created".to_owned(),
            "sofie@demo.dk".to_owned()
        )],
        "the account made from the command line is in the audit log, the refused ones are not"
    );
}

#[tokio::test]
async fn create_user_stores_an_argon2_account_and_refuses_bad_input_on_sqlite() {
    create_user_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn create_user_stores_an_argon2_account_and_refuses_bad_input_on_postgres() {
    create_user_on(Backend::Postgres).await;
}

#[test]
fn issue_codes_prints_fresh_codes_one_per_line_and_refuses_a_bad_area() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let output =
        succeeds(tidlig(&data, "").args(["issue-codes", "--area", "skole", "--count", "25"]));
    let stdout = String::from_utf8(output.stdout).expect("text");
    let codes: Vec<&str> = stdout.lines().collect();
    assert_eq!(codes.len(), 25);
    let mut unique = codes.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 25, "all different");
    for code in &codes {
        assert_eq!(code.len(), 12, "grouped as on a card: {code}");
        assert!(app::domain::EvaluationCode::parse(code).is_ok(), "{code}");
    }
    let refused = tidlig(&data, "")
        .args(["issue-codes", "--area", "hospital", "--count", "1"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr)
        .contains("--area must be dagtilbud, dagpleje or skole"));
}

/// Rows per table of the database at `url`, every table but the migrations' own.
async fn row_counts(url: &str) -> Vec<(String, i64)> {
    let db = app::store::Database::connect(url).await.expect("database");
    let counts = app::store::backup::row_counts(&db).await.expect("counts");
    db.close().await;
    counts
}

async fn backup_and_restore_on(backend: Backend) {
    let (Some(from), Some(to)) = (
        crate::common::scratch_database(backend).await,
        crate::common::scratch_database(backend).await,
    ) else {
        eprintln!(
            "skipped on PostgreSQL: {} is not set",
            crate::common::POSTGRES_VAR
        );
        return;
    };
    let url = |s: &crate::common::Scratch| {
        if backend == Backend::Sqlite {
            String::new()
        } else {
            s.database_url.clone()
        }
    };
    let (from_data, to_data) = (from.dir.path().join("data"), to.dir.path().join("data"));
    let ok = |output: std::process::Output| {
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    ok(tidlig(&from_data, &url(&from))
        .arg("demo-data")
        .output()
        .expect("runs"));
    let file = from.dir.path().join("tidlig.backup");
    let said = ok(tidlig(&from_data, &url(&from))
        .arg("backup")
        .arg(&file)
        .output()
        .expect("runs"));
    assert!(said.contains("Backed up"), "{said}");
    let refused = tidlig(&from_data, &url(&from))
        .arg("backup")
        .arg(&file)
        .output()
        .expect("runs");
    assert!(
        !refused.status.success(),
        "an existing file is never overwritten"
    );
    let refused = tidlig(&from_data, &url(&from))
        .arg("restore")
        .arg(&file)
        .output()
        .expect("runs");
    assert!(
        !refused.status.success(),
        "a database with data is never restored over"
    );
    ok(tidlig(&to_data, &url(&to))
        .arg("restore")
        .arg(&file)
        .output()
        .expect("runs"));
    let database = |s: &crate::common::Scratch, data: &Path| match backend {
        Backend::Sqlite => app::store::Database::sqlite_url(&data.join("tidlig.db")),
        Backend::Postgres => s.database_url.clone(),
    };
    let before = row_counts(&database(&from, &from_data)).await;
    let after = row_counts(&database(&to, &to_data)).await;
    assert!(
        before.iter().any(|(t, n)| t == "evaluations" && *n == 42),
        "{before:?}"
    );
    assert!(
        before.iter().filter(|(_, n)| *n > 0).count() >= 15,
        "the demo fills most tables: {before:?}"
    );
    assert_eq!(after, before, "every row of every table is back");

    // The demo's answers were sealed before the backup: what comes back keeps no order of
    // submission, no waiting answer and (PostgreSQL) no transaction shared with the codes.
    let restored = app::store::Database::connect(&database(&to, &to_data))
        .await
        .expect("restored database");
    let order = match backend {
        Backend::Sqlite => "id",
        Backend::Postgres => "ctid",
    };
    let overall: Vec<String> =
        sqlx::query_scalar(&format!("SELECT overall FROM evaluations ORDER BY {order}"))
            .fetch_all(restored.pool())
            .await
            .expect("answers");
    // The demo answered 27 times "very satisfied" first, then 9 "satisfied", then 6 "medium".
    assert!(
        overall[..27].iter().any(|o| o != "very_satisfied"),
        "the backup keeps the order of submission: {overall:?}"
    );
    let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluations_pending")
        .fetch_one(restored.pool())
        .await
        .expect("waiting");
    assert_eq!(waiting, 0);
    match backend {
        Backend::Postgres => {
            let xmins = |table: &str| {
                let sql = format!("SELECT DISTINCT xmin::text FROM {table}");
                let pool = restored.pool().clone();
                async move {
                    sqlx::query_scalar::<_, String>(&sql)
                        .fetch_all(&pool)
                        .await
                        .expect("xmin")
                }
            };
            // The restore is one transaction (`--single-transaction`): a transaction id every
            // row of every table shares pairs nothing. Any other shared id would.
            let answers = xmins("evaluations").await;
            for table in ["evaluation_codes", "evaluation_counts"] {
                let other = xmins(table).await;
                let one_for_all = answers.len() == 1 && other == answers;
                assert!(
                    one_for_all || answers.iter().all(|x| !other.contains(x)),
                    "restored answers share a transaction with {table}: {answers:?} {other:?}"
                );
            }
        }
        Backend::Sqlite => {
            for table in ["evaluations", "evaluation_codes", "evaluation_counts"] {
                let rowid = sqlx::query(&format!("SELECT rowid FROM {table}"))
                    .fetch_all(restored.pool())
                    .await;
                assert!(rowid.is_err(), "{table} has row numbers after a restore");
            }
        }
    }
}

#[tokio::test]
async fn backup_and_restore_find_every_row_on_sqlite() {
    backup_and_restore_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn backup_and_restore_find_every_row_on_postgres() {
    backup_and_restore_on(Backend::Postgres).await;
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("free port")
}

/// Starts `tidlig serve` and waits until it answers.
fn start_server(data_dir: &Path, extra: &[(&str, &str)]) -> (Child, u16) {
    let port = free_port();
    let mut command = tidlig(data_dir, "");
    command
        .env("TIDLIG_ADDR", format!("127.0.0.1:{port}"))
        .env("TIDLIG_SITE_ROOT", data_dir.join("no-site"))
        .arg("serve")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    for (key, value) in extra {
        command.env(key, value);
    }
    let mut child = command.spawn().expect("server starts");
    let started = Instant::now();
    while TcpStream::connect(("127.0.0.1", port)).is_err() {
        if let Ok(Some(status)) = child.try_wait() {
            let mut err = String::new();
            let _ = child.stderr.take().map(|mut e| e.read_to_string(&mut err));
            panic!("the server exited with {status}: {err}");
        }
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    (child, port)
}

fn terminate(child: &Child) {
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

fn http_get(port: u16, path: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )
    .expect("request");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
}

/// A form post as a browser sends it from our own page.
fn http_post(port: u16, path: &str, body: &str) -> String {
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nOrigin: http://127.0.0.1:{port}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )
    .expect("request");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    answer
}

#[test]
fn serve_generates_a_private_secret_key_once_and_reuses_it() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let (mut child, _) = start_server(&data, &[]);
    terminate(&child);
    assert!(child.wait().expect("exit").success());
    let key_file = data.join("secret.key");
    let key = std::fs::read_to_string(&key_file).expect("key written");
    assert_eq!(key.trim().len(), 64, "32 random bytes in hex");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(&key_file)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "only the owner may read the key");
    }
    let (mut child, _) = start_server(&data, &[]);
    terminate(&child);
    let output = {
        let _ = child.wait();
        let mut out = String::new();
        for stream in [
            child
                .stdout
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read>),
            child
                .stderr
                .take()
                .map(|s| Box::new(s) as Box<dyn std::io::Read>),
        ]
        .into_iter()
        .flatten()
        {
            let mut stream = stream;
            stream.read_to_string(&mut out).expect("read");
        }
        out
    };
    assert_eq!(
        std::fs::read_to_string(&key_file).expect("key"),
        key,
        "the key is kept"
    );
    assert!(
        !output.contains(key.trim()),
        "the key never reaches the output"
    );
}

#[test]
fn sigterm_lets_a_request_in_flight_finish_and_json_logs_hold_only_method_route_and_status() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let (mut child, port) = start_server(&data, &[("TIDLIG_LOG_FORMAT", "json")]);
    // A parent's requests (the page, a post of answers) leave no line; a staff page does.
    assert!(http_get(port, "/evaluering?kode=K7QM4XPRTW").starts_with("HTTP/1.1 200"));
    assert!(
        http_post(port, "/evaluering", "kode=K7QM4XPRTW&overall=satisfied")
            .starts_with("HTTP/1.1 4")
    );
    assert!(http_post(port, "/sparring", "concern=").starts_with("HTTP/1.1 4"));
    assert!(http_get(port, "/login").starts_with("HTTP/1.1 200"));
    assert!(http_get(port, "/healthz").starts_with("HTTP/1.1 200"));

    // A request whose body is still arriving when SIGTERM comes.
    let body = "code=K7QM4XPRTW";
    let mut stream = TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "POST /api/evaluation/check-code HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{}",
        body.len(),
        &body[..4]
    )
    .expect("first half");
    stream.flush().expect("flush");
    std::thread::sleep(Duration::from_millis(200));
    terminate(&child);
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().expect("status").is_none(),
        "the server waits for the request in flight"
    );
    stream
        .write_all(&body.as_bytes()[4..])
        .expect("second half");
    let mut answer = String::new();
    stream.read_to_string(&mut answer).expect("answer");
    assert!(answer.starts_with("HTTP/1.1 422"), "{answer}");
    assert!(
        answer.contains("CodeUnknown"),
        "the request was answered in full: {answer}"
    );

    let status = child.wait().expect("exit");
    assert!(status.success(), "a clean exit after SIGTERM");
    let mut logs = String::new();
    child
        .stderr
        .take()
        .expect("stderr")
        .read_to_string(&mut logs)
        .expect("read");
    let mut requests = 0;
    for line in BufReader::new(logs.as_bytes())
        .lines()
        .map_while(Result::ok)
    {
        if !line.starts_with('{') {
            continue;
        }
        let entry: serde_json::Value = serde_json::from_str(&line).expect("each log line is JSON");
        if entry["message"] == "request" {
            requests += 1;
            let mut keys: Vec<&str> = entry
                .as_object()
                .expect("object")
                .keys()
                .map(String::as_str)
                .collect();
            keys.sort_unstable();
            assert_eq!(
                keys,
                ["level", "message", "method", "route", "status", "timestamp"],
                "{line}"
            );
        }
    }
    assert_eq!(
        requests, 2,
        "/login and /healthz, nothing of a parent's: {logs}"
    );
    assert!(logs.contains(r#""route":"/login""#), "{logs}");
    for anonymous in ["/evaluering", "/sparring", "/api/evaluation"] {
        assert!(!logs.contains(anonymous), "no line of {anonymous}: {logs}");
    }
    assert!(!logs.contains("K7QM4XPRTW"), "no code reaches the log");
}

const ANSWERS: [(&str, &str); 5] = [
    ("overall", "very_satisfied"),
    ("collaboration", "satisfied"),
    ("difference", "agree"),
    ("involved", "strongly_agree"),
    ("comment", ""),
];

async fn submit(client: &reqwest::Client, address: &str, code: &str) -> u16 {
    let mut form = vec![("kode", code)];
    form.extend(ANSWERS);
    client
        .post(format!("{address}/evaluering"))
        .header("origin", address)
        .form(&form)
        .send()
        .await
        .expect("POST /evaluering")
        .status()
        .as_u16()
}

/// Two `tidlig serve` processes on different ports and one PostgreSQL database, as a
/// municipality runs them behind a load balancer: a session made on one is valid on the
/// other, a code burned on one is refused on the other, and simultaneous submissions of one
/// code across both store one answer. (SQLite is one process's embedded file.)
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_server_processes_on_one_postgresql_share_sessions_and_codes() {
    let Some(scratch) = crate::common::scratch_database(Backend::Postgres).await else {
        eprintln!(
            "skipped on PostgreSQL: {} is not set",
            crate::common::POSTGRES_VAR
        );
        return;
    };
    let url = scratch.database_url.clone();
    let data = scratch.dir.path().join("data");
    let key = app::store::SecretKey::generate().to_hex();
    let (ok, said) = create_user(
        &data,
        &url,
        &[
            "--email",
            "team@two.dk",
            "--name",
            "To Servere",
            "--role",
            "team",
        ],
        "to-servere-2026",
    );
    assert!(ok, "{said}");
    let output = tidlig(&data, &url)
        .env("TIDLIG_SECRET_KEY", &key)
        .args(["issue-codes", "--area", "skole", "--count", "2"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8(output.stdout).expect("codes");
    let codes: Vec<&str> = stdout.lines().collect();
    assert_eq!(codes.len(), 2);
    let env = [
        ("DATABASE_URL", url.as_str()),
        ("TIDLIG_SECRET_KEY", key.as_str()),
        ("TIDLIG_COOKIE_SECURE", "false"),
    ];
    let (one, port_a) = start_server(&data.join("a"), &env);
    let (two, port_b) = start_server(&data.join("b"), &env);
    let (a, b) = (
        format!("http://127.0.0.1:{port_a}"),
        format!("http://127.0.0.1:{port_b}"),
    );
    let new_client = || {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client")
    };
    let status = |r: reqwest::Response| r.status().as_u16();

    // A session made on A is valid on B (cookies go by host, not port); logging out on B
    // ends it on A.
    let staff = new_client();
    let login = staff
        .post(format!("{a}/login"))
        .header("origin", &a)
        .form(&[("email", "team@two.dk"), ("password", "to-servere-2026")])
        .send()
        .await
        .expect("login");
    assert_eq!(status(login), 303);
    assert_eq!(
        status(staff.get(format!("{b}/start")).send().await.expect("GET")),
        200
    );
    let logout = staff
        .post(format!("{b}/logout"))
        .header("origin", &b)
        .send()
        .await
        .expect("POST");
    assert_eq!(status(logout), 303);
    assert_eq!(
        status(staff.get(format!("{a}/start")).send().await.expect("GET")),
        401
    );

    // A code burned on A is refused on B.
    let parent = new_client();
    assert_eq!(submit(&parent, &a, codes[0]).await, 303);
    assert_eq!(submit(&parent, &b, codes[0]).await, 422);

    // Twenty simultaneous submissions of one code, half to each process: one answer stored.
    let mut tasks = Vec::new();
    for n in 0..20 {
        let (address, code, client) = (
            if n % 2 == 0 { a.clone() } else { b.clone() },
            codes[1].to_owned(),
            new_client(),
        );
        tasks.push(tokio::spawn(async move {
            submit(&client, &address, &code).await
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    terminate(&one);
    terminate(&two);
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 422),
        "{statuses:?}"
    );
    let db = app::store::Database::connect(&url).await.expect("database");
    let (stored, used): (i64, i64) = sqlx::query_as("SELECT (SELECT COUNT(*) FROM evaluations_pending), (SELECT COUNT(*) FROM evaluation_codes WHERE used = 1)")
        .fetch_one(db.pool())
        .await
        .expect("counts");
    assert_eq!(
        (stored, used),
        (2, 2),
        "two answers, and every burned code has its answer"
    );
    db.pool().close().await;
}

async fn export_on(backend: Backend) {
    let Some(scratch) = crate::common::scratch_database(backend).await else {
        eprintln!(
            "skipped on PostgreSQL: {} is not set",
            crate::common::POSTGRES_VAR
        );
        return;
    };
    let data = scratch.dir.path().join("data");
    let (url, database) = match backend {
        Backend::Sqlite => (
            String::new(),
            app::store::Database::sqlite_url(&data.join("tidlig.db")),
        ),
        Backend::Postgres => (scratch.database_url.clone(), scratch.database_url.clone()),
    };
    let run = |args: &[&str]| {
        tidlig(&data, &url)
            .args(args)
            .current_dir(scratch.dir.path())
            .output()
            .expect("runs")
    };
    assert!(run(&["demo-data"]).status.success());
    let out = scratch.dir.path().join("split.csv");
    let out_arg = out.to_string_lossy().into_owned();
    let made = run(&[
        "export",
        "goal3-split.csv",
        "--period",
        "start",
        "--out",
        &out_arg,
    ]);
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    let csv = String::from_utf8(std::fs::read(&out).expect("the file")).expect("utf-8");
    assert!(
        csv.starts_with('\u{feff}') && csv.contains(';'),
        "CSV for Danish Excel: {csv}"
    );
    // The same figures the lead's page publishes: the command line's look published the page.
    let db = app::store::Database::connect(&database)
        .await
        .expect("database");
    let published: Vec<String> = sqlx::query_scalar("SELECT key FROM published_tables")
        .fetch_all(db.pool())
        .await
        .expect("ledger");
    assert_eq!(published.len(), 1, "{published:?}");
    let logged: Vec<(Option<i64>, String, String)> =
        sqlx::query_as("SELECT staff_id, actor, subject FROM audit_log WHERE action = 'exported'")
            .fetch_all(db.pool())
            .await
            .expect("audit");
    assert_eq!(
        logged,
        vec![(
            None,
            "command line".to_owned(),
            "goal3-split.csv period=start".to_owned()
        )]
    );
    // An existing file is never overwritten; free ranges, open periods and unknown tables are
    // refused with a reason, and write nothing.
    let again = run(&[
        "export",
        "goal3-split.csv",
        "--period",
        "start",
        "--out",
        &out_arg,
    ]);
    assert!(!again.status.success());
    for (args, says) in [
        (
            vec!["--period", "2025-01..2025-06"],
            "--period 2025-01..2025-06: a quarter",
        ),
        (
            vec!["--period", "2099"],
            "has not both ended and been sealed",
        ),
        (
            vec!["--area", "hospital"],
            "--area hospital: dagtilbud, dagpleje or skole",
        ),
    ] {
        let refused = run(&[&["export", "goal3-split.xlsx"][..], &args[..]].concat());
        assert!(!refused.status.success(), "{args:?}");
        let stderr = String::from_utf8_lossy(&refused.stderr);
        assert!(stderr.contains(says), "{args:?}: {stderr}");
    }
    let unknown = run(&["export", "goal9-nothing.csv"]);
    assert!(!unknown.status.success());
    assert!(!scratch.dir.path().join("tidlig-goal3-split.xlsx").exists());
    let exports: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'exported'")
            .fetch_one(db.pool())
            .await
            .expect("audit");
    assert_eq!(exports, 1, "refusals are not exports");
    db.close().await;
}

#[tokio::test]
async fn export_writes_the_pages_protected_table_for_fixed_periods_only_on_sqlite() {
    export_on(Backend::Sqlite).await;
}

#[tokio::test]
async fn export_writes_the_pages_protected_table_for_fixed_periods_only_on_postgres() {
    export_on(Backend::Postgres).await;
}

#[test]
fn serve_with_demo_accounts_refuses_an_address_others_can_reach() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let data = dir.path().join("data");
    let output = tidlig(&data, "")
        .args(["serve", "--demo"])
        .env("TIDLIG_ADDR", "0.0.0.0:0")
        .output()
        .expect("runs");
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("only on a loopback address"), "{stderr}");
    assert!(
        !data.join("tidlig.db").exists(),
        "refused before a database is made"
    );
}

#[test]
fn the_secret_key_is_never_taken_from_the_command_line() {
    let dir = tempfile::tempdir().expect("temporary folder");
    let data = dir.path().join("data");
    let key = "0".repeat(64);
    let output = tidlig(&data, "")
        .args(["--secret-key", &key, "migrate"])
        .output()
        .expect("runs");
    assert!(!output.status.success(), "the flag is refused");
    let help = tidlig(&data, "").arg("--help").output().expect("runs");
    assert!(!String::from_utf8_lossy(&help.stdout).contains("secret-key"));
    // The environment still works (the demo data issues codes with it).
    succeeds(
        tidlig(&data, "")
            .env("TIDLIG_SECRET_KEY", &key)
            .arg("demo-data"),
    );
    assert!(
        !data.join("secret.key").exists(),
        "no key file when the key is given"
    );
}

/// `tidlig …` through a shell that set a loose umask first, as many service managers do.
#[cfg(unix)]
fn under_loose_umask(data_dir: &Path, args: &str) -> Command {
    let mut command = Command::new("sh");
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("TIDLIG_DATA_DIR", data_dir)
        .args(["-c", &format!("umask 022; exec \"$0\" {args}"), BIN]);
    command
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

#[cfg(unix)]
#[test]
fn the_database_its_log_and_its_backups_are_private_whatever_the_umask() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let port = free_port();
    let mut child = under_loose_umask(&data, "serve")
        .env("TIDLIG_ADDR", format!("127.0.0.1:{port}"))
        .env("TIDLIG_SITE_ROOT", data.join("no-site"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("server starts");
    let started = Instant::now();
    while !http_get_ok(port) {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // While the server runs, the database has its write-ahead log and shared memory beside it.
    for file in ["tidlig.db", "tidlig.db-wal", "tidlig.db-shm", "secret.key"] {
        assert_eq!(mode(&data.join(file)), 0o600, "{file}");
    }
    let backup = dir.path().join("tidlig-backup.db");
    succeeds(&mut under_loose_umask(
        &data,
        &format!("backup {}", backup.display()),
    ));
    assert_eq!(mode(&backup), 0o600, "the backup");
    terminate(&child);
    assert!(child.wait().expect("exit").success());
}

#[cfg(unix)]
fn http_get_ok(port: u16) -> bool {
    TcpStream::connect(("127.0.0.1", port)).is_ok()
        && http_get(port, "/healthz").starts_with("HTTP/1.1 200")
}

/// `pg_dump` and `pg_restore` get the database's password in their environment: a command
/// line is visible to every user of the machine (`ps`). A stand-in `pg_dump` records both.
#[cfg(unix)]
#[tokio::test]
async fn pg_dump_gets_the_password_from_its_environment_never_its_command_line() {
    use std::os::unix::fs::PermissionsExt as _;
    let Some(scratch) = crate::common::scratch_database(Backend::Postgres).await else {
        eprintln!("skipped: {} is not set", crate::common::POSTGRES_VAR);
        return;
    };
    let mut url = url::Url::parse(&scratch.database_url).expect("URL");
    // The test server trusts local connections: the password is carried, never checked.
    url.set_password(Some("hemmelig%21kode")).expect("password");
    let bin = scratch.dir.path().join("bin");
    std::fs::create_dir_all(&bin).expect("bin");
    let record = scratch.dir.path().join("pg_dump.seen");
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$@\" > {0}.args\nprintf '%s' \"$PGPASSWORD\" > {0}.env\n\
         while [ $# -gt 0 ]; do [ \"$1\" = --file ] && : > \"$2\"; shift; done\n",
        record.display()
    );
    let fake = bin.join("pg_dump");
    std::fs::write(&fake, script).expect("stand-in");
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).expect("mode");
    let path = format!(
        "{}:{}",
        bin.display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let out = scratch.dir.path().join("backup.dump");
    succeeds(
        tidlig(&scratch.dir.path().join("data"), url.as_str())
            .env("PATH", path)
            .arg("backup")
            .arg(&out),
    );
    let args = std::fs::read_to_string(record.with_extension("seen.args")).expect("args");
    assert!(
        !args.contains("hemmelig"),
        "the password is not on the command line: {args}"
    );
    assert!(args.contains("--format=custom"), "{args}");
    let env = std::fs::read_to_string(record.with_extension("seen.env")).expect("env");
    assert_eq!(env, "hemmelig!kode", "the password, decoded, in PGPASSWORD");
}

#[tokio::test]
async fn import_comparison_takes_the_year_beside_a_file_and_refuses_a_bad_one_line_by_line() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let fixtures = concat!(env!("CARGO_MANIFEST_DIR"), "/../end2end/fixtures");
    let rebild = format!("{fixtures}/rebild_key_figures_2020.csv");
    let output =
        succeeds(tidlig(&data, "").args(["import", "comparison", &rebild, "--year", "2020"]));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Imported 20 lines for 1 years"));
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "group,year,spending\nnational,2020,-4\nregion,2020,mange\n",
    )
    .expect("file");
    let refused = tidlig(&data, "")
        .args(["import", "comparison"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert!(
        stderr.contains("line 2, column spending: is below zero"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3, column spending: is not a number"),
        "{stderr}"
    );
    let refused = tidlig(&data, "")
        .args(["import", "comparison", &rebild, "--year", "tyve"])
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    assert!(String::from_utf8_lossy(&refused.stderr).contains("the year is not a whole number"));
    let db =
        app::store::Database::connect(&app::store::Database::sqlite_url(&data.join("tidlig.db")))
            .await
            .expect("database");
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM comparison_figures")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(kept, 20, "only the sound file is kept");
}

#[tokio::test]
async fn import_population_reads_a_folk1a_export_and_refuses_a_bad_one_line_by_line() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let fixture = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../end2end/fixtures/population_folk1a_synthetic.csv"
    );
    let output = succeeds(tidlig(&data, "").args(["import", "population", fixture]));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Imported 62 lines for 2 years"));
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "ALDER;TID;INDHOLD\n0-4 år;2024K1;10\n5 år;2024K1;-1\n",
    )
    .expect("file");
    let refused = tidlig(&data, "")
        .args(["import", "population"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("line 2, column alder: is not one year of age"),
        "{stderr}"
    );
    assert!(
        stderr.contains("line 3, column indhold: is below zero"),
        "{stderr}"
    );
    let db =
        app::store::Database::connect(&app::store::Database::sqlite_url(&data.join("tidlig.db")))
            .await
            .expect("database");
    let kept: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM population")
        .fetch_one(db.pool())
        .await
        .expect("count");
    assert_eq!(kept, 62, "only the sound file is kept");
}

#[tokio::test]
async fn import_kinds_then_steps_takes_hjoerrings_kinds_and_refuses_a_step_of_no_kind() {
    let dir = tempfile::tempdir().expect("folder");
    let data = dir.path().join("data");
    let fixture = |name: &str| format!("{}/../end2end/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    let output =
        succeeds(tidlig(&data, "").args(["import", "kinds", &fixture("hjoerring_kinds.csv")]));
    assert!(String::from_utf8_lossy(&output.stdout).contains("Imported 3 lines"));
    succeeds(tidlig(&data, "").args(["import", "steps", &fixture("hjoerring_steps.csv")]));
    let bad = dir.path().join("bad.csv");
    std::fs::write(
        &bad,
        "step,rank,kind,label_da,label_en\nsikret,7,sikret,Sikrede,Secure\n",
    )
    .expect("file");
    let refused = tidlig(&data, "")
        .args(["import", "steps"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert!(!refused.status.success());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("line 2, column kind: is not a kind of step (import the kinds first)"),
        "{stderr}"
    );
    let db =
        app::store::Database::connect(&app::store::Database::sqlite_url(&data.join("tidlig.db")))
            .await
            .expect("database");
    let kinds: Vec<String> =
        sqlx::query_scalar("SELECT DISTINCT kind FROM staircase_steps ORDER BY kind")
            .fetch_all(db.pool())
            .await
            .expect("kinds");
    assert_eq!(kinds, ["almen", "anbringelse", "hjemmebaseret"]);
}
