//! The bad-input corpus: every state-changing endpoint of the router (form posts, uploads and
//! server functions, public and staff) gets malformed bodies, wrong content types, oversize and
//! invalid UTF-8 bodies, cross-origin posts, forged codes and receipts, CPR numbers, script and
//! SQL injection strings (`corpus/values.txt`). Every case must be answered with a 4xx and a
//! reason, never a 5xx, and nothing may be stored. Runs on SQLite and PostgreSQL.

use app::{
    domain::{Area, Role},
    store::institution_store,
};
use reqwest::header::{CONTENT_TYPE, ORIGIN};

use crate::common::TestApp;

/// Every field name the portal's forms and server functions read: a case fills them all.
const FIELDS: &[&str] = &[
    "kode",
    "overall",
    "collaboration",
    "difference",
    "involved",
    "comment",
    "role",
    "institution",
    "institution_other",
    "age_band",
    "themes",
    "concern",
    "confirm",
    "parents_know",
    "preferred_form",
    "contact_name",
    "contact_phone",
    "contact_email",
    "receipt",
    "message",
    "email",
    "password",
    "current",
    "new_password",
    "repeat",
    "name",
    "profession",
    "area",
    "district",
    "count",
    "started_on",
    "parents_take_part",
    "note",
    "held_on",
    "form",
    "participants",
    "ended_on",
    "outcome",
    "staff",
    "date",
    "time",
    "place",
    "retention_days",
    "answer_days",
    "comment_months",
    "threshold",
    "stale_days",
    "status",
    "id",
    "code",
    "q",
    "goal",
    "query",
    "year",
    "kinds",
    "preventive",
    "purpose",
    "age_bands",
    "provider",
    "access",
    "duration",
    "step",
    "contact",
    "experience",
    "effect",
    "offers",
];

/// Endpoints that take no field: they act without one (log out, keep a session alive, print
/// a card, set a new one-time password, switch an account or institution on or off) or are
/// server functions that only read (lists for the pages). A cross-site post and an oversize
/// body must still be refused; any other body is ignored by them, and nothing is stored.
const NO_FIELDS: &[&str] = &[
    "/logout",
    "/api/session/keep-alive",
    "/api/admin/staff",
    "/api/admin/institutions",
    "/api/admin/settings",
    "/api/admin/publishing",
    "/api/admin/languages",
    "/api/privacy",
    "/api/sparring/institutions",
    "/api/team/members",
    "/api/team/sparring-offers",
    "/api/team/comments",
    "/api/lead/report-years",
    "/api/lead/step-kinds",
    "/api/offers/catalogue",
    "/api/team/offers",
    "/team/forloeb/{id}/kort",
    "/team/forloeb/{id}/genaabn",
    "/admin/medarbejdere/{id}/adgangskode",
    "/admin/medarbejdere/{id}/status",
    "/admin/institutioner/{id}/status",
];

fn values() -> Vec<Vec<u8>> {
    let text = include_str!("corpus/values.txt");
    text.lines()
        .filter(|l| !l.is_empty() && !l.starts_with("# "))
        .map(|line| {
            if line == "@empty" {
                Vec::new()
            } else if let Some(hex) = line.strip_prefix("@bytes:") {
                hex.split(' ')
                    .map(|b| u8::from_str_radix(b, 16).expect("hex"))
                    .collect()
            } else if let Some(spec) = line.strip_prefix("@repeat:") {
                let (text, n) = spec.rsplit_once(':').expect("@repeat:TEXT:N");
                text.repeat(n.parse().expect("count")).into_bytes()
            } else {
                line.as_bytes().to_vec()
            }
        })
        .collect()
}

fn percent(bytes: &[u8]) -> String {
    bytes
        .iter()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' => (*b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// The free-text fields: the only ones a long value is put in, so a case stays under the
/// 64 KB body limit and reaches the field checks.
const TEXT_FIELDS: &[&str] = &["comment", "concern", "note", "message"];

/// A form body with every field set to `value` (a long value: every text field).
fn every_field(value: &[u8]) -> Vec<u8> {
    let fields = if value.len() > 200 {
        TEXT_FIELDS
    } else {
        FIELDS
    };
    fields
        .iter()
        .map(|f| format!("{f}={}", percent(value)))
        .collect::<Vec<_>>()
        .join("&")
        .into_bytes()
}

/// One case: a name, the headers besides the origin, whether our origin is sent, and the body.
struct Case {
    name: String,
    content_type: Option<&'static str>,
    origin: Option<&'static str>,
    extra: Option<(&'static str, &'static str)>,
    body: Vec<u8>,
}

fn body_cases() -> Vec<Case> {
    let form = Some("application/x-www-form-urlencoded");
    let ours = Some("ours");
    vec![
        Case {
            name: "no content type, empty".into(),
            content_type: None,
            origin: ours,
            extra: None,
            body: vec![],
        },
        Case {
            name: "JSON".into(),
            content_type: Some("application/json"),
            origin: ours,
            extra: None,
            body: br#"{"kode":"K7QM4XPRTW"}"#.to_vec(),
        },
        Case {
            name: "plain text".into(),
            content_type: Some("text/plain"),
            origin: ours,
            extra: None,
            body: b"kode=K7QM4XPRTW".to_vec(),
        },
        Case {
            name: "XML".into(),
            content_type: Some("application/xml"),
            origin: ours,
            extra: None,
            body: b"<a/>".to_vec(),
        },
        Case {
            name: "bad percent-encoding".into(),
            content_type: form,
            origin: ours,
            extra: None,
            body: b"kode=%zz%&email=%".to_vec(),
        },
        Case {
            name: "raw invalid UTF-8".into(),
            content_type: form,
            origin: ours,
            extra: None,
            body: b"kode=\xff\xfe&concern=\xc3\x28".to_vec(),
        },
        Case {
            name: "cross-origin".into(),
            content_type: form,
            origin: Some("https://evil.example"),
            extra: None,
            body: every_field(b"x"),
        },
        Case {
            name: "origin null".into(),
            content_type: form,
            origin: Some("null"),
            extra: None,
            body: every_field(b"x"),
        },
        Case {
            name: "cross-site fetch, no origin".into(),
            content_type: form,
            origin: None,
            extra: Some(("sec-fetch-site", "cross-site")),
            body: every_field(b"x"),
        },
        Case {
            name: "forged Host".into(),
            content_type: form,
            origin: None,
            extra: Some(("host", "evil.example")),
            body: every_field(b"x"),
        },
        Case {
            name: "X-Forwarded-For forged and garbled".into(),
            content_type: form,
            origin: ours,
            extra: Some(("x-forwarded-for", "10.0.0.1, not-an-address, , 300.1.1.1")),
            body: every_field(b"x"),
        },
        Case {
            name: "multipart without a file".into(),
            content_type: Some("multipart/form-data; boundary=XyZ"),
            origin: ours,
            extra: None,
            body: b"--XyZ\r\nContent-Disposition: form-data; name=\"kode\"\r\n\r\nx\r\n--XyZ--\r\n"
                .to_vec(),
        },
        Case {
            name: "broken multipart".into(),
            content_type: Some("multipart/form-data; boundary=XyZ"),
            origin: ours,
            extra: None,
            body: b"--XyZ\r\nContent-Disp".to_vec(),
        },
    ]
}

fn value_cases() -> Vec<Case> {
    values()
        .into_iter()
        .map(|v| Case {
            name: format!(
                "every field = {:?}",
                String::from_utf8_lossy(&v)
                    .chars()
                    .take(40)
                    .collect::<String>()
            ),
            content_type: Some("application/x-www-form-urlencoded"),
            origin: Some("ours"),
            extra: None,
            body: every_field(&v),
        })
        .collect()
}

/// Announces a body of `length` bytes and sends none: status and body of the answer.
pub(crate) async fn announced(app: &TestApp, path: &str, length: usize) -> (u16, String) {
    use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
    let host = app.address.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(host).await.expect("connect");
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {host}\r\nOrigin: {}\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: {length}\r\nConnection: close\r\n\r\n",
        app.address
    );
    stream.write_all(head.as_bytes()).await.expect("write");
    let mut answer = Vec::new();
    let _ = tokio::time::timeout(
        std::time::Duration::from_secs(5),
        stream.read_to_end(&mut answer),
    )
    .await;
    let text = String::from_utf8_lossy(&answer).into_owned();
    let status = text
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = text
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// Rows in every table the corpus could write to (the audit log records refused logins by
/// design, and sessions come and go with logins; both are left out).
async fn snapshot(app: &TestApp) -> Vec<(String, i64)> {
    let tables = [
        "institutions",
        "staff",
        "evaluation_codes",
        "evaluations",
        "evaluations_pending",
        "evaluation_counts",
        "sparring_requests",
        "sparring_themes",
        "sparring_messages",
        "settings",
        "courses",
        "course_themes",
        "meetings",
        "meeting_participants",
        "notifications",
        "staircase_steps",
        "staircase_figures",
        "comparison_figures",
        "targets",
        "population",
        "staircase_kinds",
        "offers",
        "offer_age_bands",
        "offer_themes",
        "sparring_message_offers",
        "offer_pointers",
        "advice_ratings_pending",
        "advice_ratings",
    ];
    let mut out = Vec::new();
    for table in tables {
        let n: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(app.db().pool())
            .await
            .expect("count");
        out.push((table.to_owned(), n));
    }
    let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes WHERE used = 1")
        .fetch_one(app.db().pool())
        .await
        .expect("used");
    out.push(("used codes".into(), used));
    out
}

on_both_backends! {
    async fn every_endpoint_refuses_every_bad_input_with_a_4xx_and_stores_nothing(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let institution = institution_store::create(app.db().pool(), "Korpusskolen", Area::Skole, "").await.expect("institution");
        app.issue_codes(Area::Skole, chrono::Utc::now().date_naive(), 60, 3).await;
        let before = snapshot(&app).await;
        let mut routes: Vec<String> = server::startup::route_table()
            .into_iter()
            .filter(|(method, _)| method.as_str() == "POST")
            .map(|(_, path)| path)
            .collect();
        // Logging out ends the session the other staff cases need: it goes last.
        routes.sort_by_key(|p| p == "/logout");
        let (mut cases_run, mut failures) = (0, Vec::new());
        for pattern in &routes {
            let path = pattern
                .replace("{id}", &if pattern.starts_with("/admin/institutioner/") { institution } else { admin.id }.to_string())
                .replace("{meeting}", "1");
            let upload = app::web::upload::UPLOADS.contains(&pattern.as_str());
            let mut cases = body_cases();
            if !NO_FIELDS.contains(&pattern.as_str()) {
                cases.extend(value_cases());
            }
            // A body announced as larger than the limit is refused before it is read.
            let limit = if upload { 3 * 1024 * 1024 } else { 100 * 1024 };
            let (status, reason) = announced(&app, &path, limit).await;
            cases_run += 1;
            if status != 413 || reason.trim().is_empty() {
                failures.push(format!("POST {path} [announced {limit} bytes] → {status} {reason}"));
            }
            for case in cases {
                let mut request = client.post(app.url(&path)).body(case.body);
                if let Some(kind) = case.content_type {
                    request = request.header(CONTENT_TYPE, kind);
                }
                match case.origin {
                    Some("ours") => request = request.header(ORIGIN, &app.address),
                    Some(other) => request = request.header(ORIGIN, other),
                    None => {}
                }
                if let Some((name, value)) = case.extra {
                    request = request.header(name, value);
                }
                let response = request.send().await.expect("request");
                let status = response.status().as_u16();
                let body = response.text().await.unwrap_or_default();
                cases_run += 1;
                let refused = (400..500).contains(&status);
                // "Origin: null" is an unknown source, not a foreign one: some browsers send it
                // for their own forms under `Referrer-Policy: no-referrer`, so public posts
                // accept it (staff posts never do).
                let cross_site = matches!(case.origin, Some(o) if o != "ours" && o != "null")
                    || matches!(case.extra, Some(("sec-fetch-site", _)));
                let no_fields_ok = NO_FIELDS.contains(&pattern.as_str()) && status < 400 && !cross_site;
                let answered = refused && !body.trim().is_empty();
                if !answered && !no_fields_ok {
                    failures.push(format!("POST {path} [{}] → {status} {}", case.name, body.chars().take(120).collect::<String>()));
                }
            }
        }
        assert!(cases_run >= 500, "the corpus has {cases_run} cases");
        assert!(failures.is_empty(), "{} of {cases_run} cases were not refused with a 4xx and a reason:\n{}", failures.len(), failures.join("\n"));
        assert_eq!(snapshot(&app).await, before, "nothing was stored");
        eprintln!("{cases_run} bad-input cases, all refused with a 4xx");
    }
}
