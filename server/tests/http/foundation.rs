//! The foundation over HTTP, on SQLite and PostgreSQL: pages, languages, health, metrics,
//! protection headers, limits, compression, caching, and the code check.

use app::domain::{Area, EvaluationCode};
use chrono::Utc;

use crate::common::TestApp;

/// The nonce of the page's hydration script, or of its first inline script.
fn script_nonce(html: &str) -> Option<String> {
    let start =
        html.find("<script type=\"module\" nonce=\"")? + "<script type=\"module\" nonce=\"".len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].to_owned())
}

async fn check_code(app: &TestApp, code: &str) -> (u16, serde_json::Value) {
    let response = app
        .post_form("/api/evaluation/check-code", &[("code", code)])
        .await;
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON answer"))
}

on_both_backends! {
    async fn the_landing_page_is_danish_and_routes_the_three_audiences(app: TestApp) {
        let (status, html) = app.get_text("/").await;
        assert_eq!(status, 200);
        assert!(html.contains(r#"<html lang="da" dir="ltr">"#));
        assert!(html.contains("Evaluér et forløb"));
        assert!(html.contains(r#"action="/evaluering""#));
        assert!(html.contains(r#"href="/sparring""#));
        assert!(html.contains(r#"href="/login""#));
        assert!(html.contains("Testrup Kommune"), "the configured municipality is shown");
        assert!(html.contains(r#"href="/?lang=en""#), "the English switch is offered");
    }

    async fn english_is_one_click_away_and_is_remembered(app: TestApp) {
        let response = app.get("/?lang=en").await;
        let cookie = response
            .headers()
            .get("set-cookie")
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_owned();
        assert!(cookie.starts_with("tidlig_lang=en;"), "cookie: {cookie}");
        let html = response.text().await.expect("body");
        assert!(html.contains(r#"<html lang="en" dir="ltr">"#));
        assert!(html.contains("Evaluate a course"));
        // The client keeps cookies: the next page is English without asking again.
        let (_, html) = app.get_text("/evaluering").await;
        assert!(html.contains("Evaluate a course"));
        assert!(html.contains(r#"href="/evaluering?lang=da""#));
    }

    async fn an_unknown_address_gets_404_with_a_way_back(app: TestApp) {
        let (status, html) = app.get_text("/findes-ikke").await;
        assert_eq!(status, 404);
        assert!(html.contains("Siden findes ikke"));
        assert!(html.contains(r#"href="/""#));
    }

    async fn health_is_ok_while_the_database_answers_and_503_when_it_does_not(app: TestApp) {
        let (status, body) = app.get_text("/healthz").await;
        assert_eq!((status, body.as_str()), (200, "ok\n"));
        app.db().close().await;
        let (status, body) = app.get_text("/healthz").await;
        assert_eq!((status, body.as_str()), (503, "database unavailable\n"));
    }

    async fn metrics_are_for_administrators_and_count_no_parent_or_asker(app: TestApp) {
        app.get("/healthz").await;
        app.get("/evaluering?kode=K7QM4XPRTW").await;
        app.post_form("/evaluering", &[("kode", "K7QM4XPRTW")]).await;
        app.post_form("/sparring", &[("concern", "")]).await;
        assert_eq!(app.get_text("/metrics").await.0, 401, "the counters are not public");
        let admin = app.add_staff(app::domain::Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let (status, text) = app.get_from(&client, "/metrics").await;
        assert_eq!(status, 200);
        assert!(text.contains(r#"http_requests_total{method="GET",route="/healthz",status="200"}"#), "{text}");
        assert!(text.contains(r#"http_request_duration_seconds_bucket{method="GET",route="/healthz",le="0.005"}"#));
        for anonymous in ["/evaluering", "/sparring", "/api/evaluation", "/api/sparring"] {
            assert!(!text.contains(&format!("route=\"{anonymous}")), "{anonymous} is never counted");
        }
        assert!(!text.contains("K7QM4XPRTW"), "a code in the address never reaches the metrics");
    }

    async fn pages_carry_a_nonce_based_content_security_policy_and_protection_headers(app: TestApp) {
        let response = app.get("/").await;
        let header = |name: &str| {
            response
                .headers()
                .get(name)
                .and_then(|v| v.to_str().ok())
                .unwrap_or_default()
                .to_owned()
        };
        let csp = header("content-security-policy");
        let (nosniff, referrer, frame) = (
            header("x-content-type-options"),
            header("referrer-policy"),
            header("x-frame-options"),
        );
        let html = response.text().await.expect("body");
        let nonce = script_nonce(&html).expect("the hydration script has a nonce");
        assert!(csp.contains(&format!("script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'")), "{csp}");
        assert!(csp.contains("frame-ancestors 'none'"));
        assert!(csp.contains("object-src 'none'"));
        assert!(!csp.contains("unsafe-inline"));
        assert_eq!(nosniff, "nosniff");
        assert_eq!(referrer, "no-referrer");
        assert_eq!(frame, "DENY");

        let second = app.get_text("/").await.1;
        assert_ne!(script_nonce(&second), Some(nonce), "each page gets a fresh nonce");

        let api = app.post_form("/api/evaluation/check-code", &[("code", "K7QM4XPRTW")]).await;
        let api_csp = api.headers().get("content-security-policy").and_then(|v| v.to_str().ok());
        assert_eq!(api_csp, Some("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'"));
        assert_eq!(api.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"));
    }

    async fn a_body_over_64_kb_is_refused_with_413_and_stores_nothing(app: TestApp) {
        // The server answers from the announced length before the body arrives, so the test
        // announces it and reads the answer (a client still writing could hit a closed socket).
        use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
        let address = app.address.trim_start_matches("http://");
        let mut stream = tokio::net::TcpStream::connect(address).await.expect("connect");
        let head = format!(
            "POST /api/evaluation/check-code HTTP/1.1\r\nHost: {address}\r\nOrigin: {}\r\n\
             Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
            app.address,
            64 * 1024 + 1
        );
        stream.write_all(head.as_bytes()).await.expect("head");
        let mut answer = String::new();
        stream.read_to_string(&mut answer).await.expect("answer");
        assert!(answer.starts_with("HTTP/1.1 413"), "{answer}");
        // Just under the limit is read and judged on its merits.
        let almost = "K".repeat(60 * 1024);
        let response = app.post_form("/api/evaluation/check-code", &[("code", &almost)]).await;
        assert_eq!(response.status().as_u16(), 422);
    }

    async fn pages_are_compressed_for_browsers_that_accept_it(app: TestApp) {
        for (accept, expected) in [("br", "br"), ("gzip", "gzip")] {
            let response = app
                .client
                .get(app.url("/"))
                .header("accept-encoding", accept)
                .send()
                .await
                .expect("GET");
            let encoding = response.headers().get("content-encoding").and_then(|v| v.to_str().ok());
            assert_eq!(encoding, Some(expected));
        }
    }

    async fn a_malformed_code_is_refused_with_a_field_error(app: TestApp) {
        let (status, body) = check_code(&app, "K7QM-4XPR-T0").await;
        assert_eq!(status, 422);
        assert_eq!(body, serde_json::json!({"Invalid": [{"field": "code", "problem": {"CodeCharacter": {"found": "0"}}}]}));
        let (status, _) = check_code(&app, "").await;
        assert_eq!(status, 422);
        let response = app.post_form("/api/evaluation/check-code", &[("wrong", "field")]).await;
        assert_eq!(response.status().as_u16(), 400, "a missing argument is the caller's fault");
    }

    async fn codes_are_told_apart_as_usable_unknown_and_expired_and_a_used_one_only_when_sent(app: TestApp) {
        let key = &app.state.settings.secret;
        let today = Utc::now().date_naive();
        let [valid, used] = <[EvaluationCode; 2]>::try_from(app.issue_codes(Area::Skole, today, 60, 2).await).expect("two codes");
        let expired = app.issue_codes(Area::Dagpleje, today - chrono::Days::new(100), 60, 1).await.remove(0);
        sqlx::query("UPDATE evaluation_codes SET used = 1 WHERE code_hash = $1")
            .bind(key.keyed_hash("evaluation-code", used.as_str()))
            .execute(app.db().pool())
            .await
            .expect("code burned");

        assert_eq!(check_code(&app, &valid.grouped().to_lowercase()).await, (200, serde_json::json!("Valid")));
        let refused = |problem: &str| (422, serde_json::json!({"Invalid": [{"field": "code", "problem": problem}]}));
        // Whether a code was used is not told by the check: asked now and then, it would date
        // an answer.
        assert_eq!(check_code(&app, &used.grouped()).await, (200, serde_json::json!("Valid")));
        assert_eq!(check_code(&app, &expired.grouped()).await, refused("CodeExpired"));
        assert_eq!(check_code(&app, "K7QM-4XPR-TW").await, refused("CodeUnknown"));

        // Without JavaScript the page answers the same, in the reader's language; a used code
        // (burned here outside any browser) opens the form and is told when answers are sent
        // with it, and nothing is stored.
        let (_, html) = app.get_text(&format!("/evaluering?kode={}", used.as_str())).await;
        assert!(html.contains("Evaluering af forløbet"), "a used code opens the form, as a valid one does");
        let sent = app.post_form("/evaluering", &[
            ("kode", used.as_str()), ("overall", "satisfied"), ("collaboration", "satisfied"),
            ("difference", "agree"), ("involved", "agree"),
        ]).await;
        assert_eq!(sent.status().as_u16(), 422);
        assert!(sent.text().await.expect("body").contains("Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem"));
        let waiting: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluations_pending").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(waiting, 0);
        let (_, html) = app.get_text(&format!("/evaluering?kode={}&lang=en", expired.as_str())).await;
        assert!(html.contains("This code has expired."));
        let (_, html) = app.get_text(&format!("/evaluering?kode={}&lang=da", valid.grouped())).await;
        assert!(html.contains("Evaluering af forløbet"), "a valid code opens the questionnaire");
    }

    async fn only_a_keyed_hash_of_a_code_is_stored(app: TestApp) {
        let today = Utc::now().date_naive();
        let code = app.issue_codes(Area::Dagtilbud, today, 60, 1).await.remove(0);
        let rows: Vec<(String, String, String, String, i64)> =
            sqlx::query_as("SELECT code_hash, area, issued_month, expires_month, used FROM evaluation_codes")
                .fetch_all(app.db().pool())
                .await
                .expect("rows");
        assert_eq!(rows.len(), 1);
        let (hash, area, month, expires, used) = &rows[0];
        assert_eq!(hash.len(), 64);
        assert!(!hash.contains(code.as_str()));
        assert_ne!(hash, &app.state.settings.secret.keyed_hash("other-purpose", code.as_str()));
        assert_eq!(area, "dagtilbud");
        assert_eq!(month, &today.format("%Y-%m").to_string());
        // Only the month it expires in: valid to that month's last day, nothing finer kept.
        assert_eq!(expires, &(today + chrono::Days::new(60)).format("%Y-%m").to_string());
        assert_eq!(*used, 0);
    }

    async fn migrations_are_idempotent(app: TestApp) {
        app.db().migrate().await.expect("second migration run is a no-op");
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff")
            .fetch_one(app.db().pool())
            .await
            .expect("staff table exists");
        assert_eq!(count, 0);
    }

    async fn demo_data_fills_a_new_database_once(app: TestApp) {
        use app::store::demo_data;
        assert!(demo_data::is_empty(app.db()).await.expect("count"));
        let demo = demo_data::load(app.db(), &app.state.settings.secret, Utc::now().date_naive()).await.expect("demo data loads");
        let logins = demo.logins;
        assert_eq!(logins.len(), 3);
        assert_eq!(demo.codes.len(), 5, "unused codes to try");
        let staff: Vec<(String, String, String)> =
            sqlx::query_as("SELECT email, role, password_hash FROM staff ORDER BY id")
                .fetch_all(app.db().pool())
                .await
                .expect("staff");
        let roles: Vec<&str> = staff.iter().map(|(_, role, _)| role.as_str()).collect();
        assert_eq!(roles, ["admin", "lead", "team"]);
        for ((email, _, hash), login) in staff.iter().zip(logins) {
            assert_eq!(email, login.email);
            assert!(hash.starts_with("$argon2id$"), "passwords are stored as Argon2id hashes");
            assert!(!hash.contains(login.password));
        }
        let institutions = app::store::institution_store::list_active(app.db()).await.expect("institutions");
        assert_eq!(institutions.len(), 8);
        let (courses, most_meetings, closed, resolved): (i64, i64, i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), MAX(meeting_count), \
             SUM(CASE WHEN status = 'closed' THEN 1 ELSE 0 END), \
             SUM(CASE WHEN outcome = 'resolved' THEN 1 ELSE 0 END) FROM courses",
        )
        .fetch_one(app.db().pool())
        .await
        .expect("courses");
        assert_eq!(courses, 48, "a year of courses, four a month");
        assert!(most_meetings <= 5);
        assert!(closed >= 30, "the older courses are closed: {closed}");
        assert_eq!(resolved * 10 / closed, 7, "about seven in ten resolved inside FI");
        let (meetings, anonymous): (i64, i64) = sqlx::query_as(
            "SELECT COUNT(*), SUM(CASE WHEN form = 'anonymous' THEN 1 ELSE 0 END) FROM meetings",
        )
        .fetch_one(app.db().pool())
        .await
        .expect("meetings");
        assert!((20..=45).contains(&(anonymous * 100 / meetings)), "{anonymous} of {meetings} anonymous");
        assert!(demo_data::load(app.db(), &app.state.settings.secret, Utc::now().date_naive()).await.is_err(), "a database with data is refused");
    }
}

#[tokio::test]
async fn hashed_front_end_files_are_cached_for_a_year_and_sent_precompressed() {
    let site = tempfile::tempdir().expect("site folder");
    std::fs::create_dir_all(site.path().join("pkg")).expect("pkg folder");
    std::fs::write(
        site.path().join("pkg/tidlig.0123abcd.js"),
        "export default 1;\n".repeat(50),
    )
    .expect("js");
    std::fs::write(
        site.path().join("pkg/tidlig.0123abcd.js.br"),
        b"brotli bytes",
    )
    .expect("br");
    std::fs::write(site.path().join("favicon.svg"), "<svg/>").expect("icon");
    std::fs::write(
        site.path().join("assets.txt"),
        "output_name=tidlig.0123abcd\nstylesheet=/pkg/tidlig.0123abcd.css\n",
    )
    .expect("manifest");
    let app = crate::common::spawn_app_with_site(
        app::store::Backend::Sqlite,
        Some(site.path().to_owned()),
    )
    .await
    .expect("app");

    let response = app
        .client
        .get(app.url("/pkg/tidlig.0123abcd.js"))
        .header("accept-encoding", "br")
        .send()
        .await
        .expect("GET");
    assert_eq!(response.status().as_u16(), 200);
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned)
    };
    assert_eq!(
        header("cache-control").as_deref(),
        Some("public, max-age=31536000, immutable")
    );
    assert_eq!(header("content-encoding").as_deref(), Some("br"));
    assert_eq!(
        response.bytes().await.expect("body").as_ref(),
        b"brotli bytes"
    );

    let (status, _) = app.get_text("/favicon.svg").await;
    assert_eq!(status, 200);

    // The page asks for exactly the hashed names from the manifest.
    let (_, html) = app.get_text("/").await;
    assert!(html.contains(r#"href="/pkg/tidlig.0123abcd.css""#));
    assert!(html.contains(r#"href="/pkg/tidlig.0123abcd.js""#));
    assert!(html.contains(r#"href="/pkg/tidlig.0123abcd_bg.wasm""#));

    let missing = app.get("/pkg/tidlig.ffff.js").await;
    assert_eq!(missing.status().as_u16(), 404);
    assert_ne!(
        missing
            .headers()
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("public, max-age=31536000, immutable"),
        "a miss is not cached for a year"
    );
}

/// Leptos holds back every resource of the process while it generates a route list
/// (leptos-rs/leptos#4773): a page whose resource first runs in that moment never finishes.
/// Routers built while other pages render (several apps in one process, as in these tests)
/// must never stall them.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn building_routers_while_pages_render_never_stalls_a_page() {
    let app = crate::common::spawn_app(app::store::Backend::Sqlite)
        .await
        .expect("SQLite");
    let lead = app.add_staff(app::domain::Role::Lead, false).await;
    let client = app.client_for(&lead).await;
    let state = app.state.clone();
    let routers = tokio::task::spawn_blocking(move || {
        for _ in 0..60 {
            drop(server::startup::router(state.clone()).expect("router"));
        }
    });
    for round in 0..150 {
        let page = async {
            let response = client.get(app.url("/ledelse/maal/3")).send().await?;
            response.text().await
        };
        let body = tokio::time::timeout(std::time::Duration::from_secs(20), page)
            .await
            .unwrap_or_else(|_| panic!("request {round} stalled"))
            .expect("page");
        assert!(
            body.contains(r#"class="filters"#) && body.contains("</html>"),
            "request {round} is the whole page"
        );
    }
    routers.await.expect("routers built");
}
