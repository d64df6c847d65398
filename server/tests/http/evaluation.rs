//! The parents' evaluation over HTTP, on SQLite and PostgreSQL: codes, the form, anonymity,
//! refusals, throttling, and the figures computed from what is stored.

use app::{
    domain::{table::Cell, Area, EvaluationCode, Role, Satisfaction},
    indicators::{
        disclosure,
        evaluation::{split, Split},
        DEFAULT_THRESHOLD,
    },
    store::{evaluation_store, Backend},
};
use chrono::{Duration, Utc};

use crate::common::TestApp;

/// A row of `evaluations`, column by column.
type StoredRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

pub(crate) const ANSWERS: [(&str, &str); 5] = [
    ("overall", "very_satisfied"),
    ("collaboration", "satisfied"),
    ("difference", "agree"),
    ("involved", "dont_know"),
    ("comment", "Tak for hjælpen."),
];

pub(crate) fn form<'a>(code: &'a str, answers: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![("kode", code)];
    fields.extend_from_slice(answers);
    fields
}

pub(crate) async fn columns(app: &TestApp, table: &str) -> Vec<String> {
    let sql = match app.db().backend() {
        Backend::Sqlite => "SELECT name FROM pragma_table_info($1) ORDER BY cid",
        Backend::Postgres => {
            "SELECT column_name::text FROM information_schema.columns \
             WHERE table_name = $1 AND table_schema = current_schema() ORDER BY ordinal_position"
        }
    };
    sqlx::query_scalar(sql)
        .bind(table)
        .fetch_all(app.db().pool())
        .await
        .expect("schema")
}

/// Answers stored, waiting for their month's seal or sealed.
async fn stored(app: &TestApp) -> i64 {
    sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM evaluations) + (SELECT COUNT(*) FROM evaluations_pending)",
    )
    .fetch_one(app.db().pool())
    .await
    .expect("count")
}

on_both_backends! {
    async fn an_evaluation_is_stored_with_only_its_answers_area_and_month(app: TestApp) {
        assert_eq!(
            columns(&app, "evaluations_pending").await,
            ["id", "area", "month", "overall", "collaboration", "difference", "involved", "comment"],
            "a new column in evaluations must be weighed against the anonymity rules first"
        );
        assert_eq!(
            columns(&app, "evaluations").await,
            ["id", "area", "month", "overall", "collaboration", "difference", "involved", "comment", "sealed_month"],
            "a sealed answer adds only the month it was sealed in"
        );
        let mut code_columns = columns(&app, "evaluation_codes").await;
        code_columns.sort();
        assert_eq!(
            code_columns,
            ["area", "code_hash", "expires_month", "issued_month", "respondent", "used"],
            "a code row keeps no time of use and no day"
        );
        let today = Utc::now().date_naive();
        let code = app.issue_codes(Area::Dagpleje, today, 60, 1).await.remove(0);
        let response = app.post_form("/evaluering", &form(&code.grouped(), &ANSWERS)).await;
        let location = TestApp::location(&response);
        assert!(location.starts_with("/evaluering/kvittering?vis="), "{location}");
        let (status, html) = app.get_text(&location).await;
        assert_eq!(status, 200);
        assert!(html.contains("Tak for dine svar"));

        let rows: Vec<StoredRow> = sqlx::query_as(
            "SELECT id, area, month, overall, collaboration, difference, involved, comment FROM evaluations_pending",
        )
        .fetch_all(app.db().pool())
        .await
        .expect("rows");
        assert_eq!(rows.len(), 1);
        let (id, area, month, overall, collaboration, difference, involved, comment) = rows[0].clone();
        assert_eq!(id.len(), 32);
        assert!(id.chars().all(|c| c.is_ascii_hexdigit()), "a random id");
        assert_eq!((area.as_str(), month.as_str()), ("dagpleje", today.format("%Y-%m").to_string().as_str()));
        assert_eq!(
            (overall.as_str(), collaboration.as_str(), difference.as_str(), involved.as_str()),
            ("very_satisfied", "satisfied", "agree", "dont_know")
        );
        assert_eq!(comment.as_deref(), Some("Tak for hjælpen."));
        let hash = app.state.settings.secret.keyed_hash("evaluation-code", code.as_str());
        for value in [&id, &area, &month] {
            assert!(!value.contains(code.as_str()) && !value.contains(&hash[..16]));
        }
        let used: i64 = sqlx::query_scalar("SELECT used FROM evaluation_codes WHERE code_hash = $1")
            .bind(&hash)
            .fetch_one(app.db().pool())
            .await
            .expect("code row");
        assert_eq!(used, 1, "the code is burned");

        // Sealed, the answer moves under a new random id; nothing waits any more.
        let month = today.format("%Y-%m").to_string();
        let sealed = app::store::seal::seal(app.db(), &month, today).await.expect("sealed");
        assert_eq!(sealed.moved, 1);
        let rows: Vec<StoredRow> = sqlx::query_as(
            "SELECT id, area, month, overall, collaboration, difference, involved, comment FROM evaluations",
        )
        .fetch_all(app.db().pool())
        .await
        .expect("rows");
        assert_eq!(rows.len(), 1);
        assert_ne!(rows[0].0, id, "a new id: the waiting row's id leads nowhere");
        assert_eq!(rows[0].7.as_deref(), Some("Tak for hjælpen."));
        assert_eq!(stored(&app).await, 1);
    }

    async fn the_same_code_sent_many_times_at_once_stores_exactly_one_answer(app: TestApp) {
        let code = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0);
        let grouped = code.grouped();
        let attempts = (0..12).map(|_| {
            let fields: Vec<(String, String)> = form(&grouped, &ANSWERS)
                .into_iter()
                .map(|(k, v)| (k.to_owned(), v.to_owned()))
                .collect();
            let client = app.new_client();
            let url = app.url("/evaluering");
            let origin = app.address.clone();
            async move {
                client.post(url).header("origin", origin).form(&fields).send().await.expect("POST").status().as_u16()
            }
        });
        let statuses = futures_join_all(attempts).await;
        assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 1, "{statuses:?}");
        // Each post counts as a guess until its code is found (then it is given back): of twelve
        // at once, those beyond the ten a client may have open are told to wait.
        assert!(statuses.iter().all(|s| [303, 422, 429].contains(s)), "{statuses:?}");
        assert!(statuses.iter().filter(|s| **s == 429).count() <= 2, "{statuses:?}");
        assert_eq!(stored(&app).await, 1);
        let again = app.post_form("/evaluering", &form(&grouped, &ANSWERS)).await;
        assert!(again.text().await.expect("body").contains("Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem"));
    }

    async fn unknown_used_and_expired_codes_each_get_their_message(app: TestApp) {
        let today = Utc::now().date_naive();
        let used = app.issue_codes(Area::Skole, today, 60, 1).await.remove(0);
        // Issued 100 days ago, valid 60 days: its month of expiry has always ended.
        let expired = app.issue_codes(Area::Skole, today - chrono::Days::new(100), 60, 1).await.remove(0);
        assert_eq!(app.post_form("/evaluering", &form(used.as_str(), &ANSWERS)).await.status().as_u16(), 303);
        for (code, lang, message) in [
            (expired.grouped(), "da", "Koden er udløbet."),
            ("K7QM-4XPR-TW".to_owned(), "da", "Vi kan ikke finde koden."),
            (expired.grouped(), "en", "This code has expired."),
            // The browser that sent the answers hears at once that they arrived …
            (used.grouped(), "da", "Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem"),
            (used.grouped(), "en", "This code has been used. If you sent your answers with it, they have arrived"),
        ] {
            let (status, html) = app.get_text(&format!("/evaluering?kode={code}&lang={lang}")).await;
            assert_eq!(status, 200);
            assert!(html.contains(message), "{code} {lang}: {message}");
        }
        // … anyone else is shown the form (the use is not told to whoever asks), and hears it
        // when sending answers with it.
        let other = app.new_client();
        let (_, html) = app.get_from(&other, &format!("/evaluering?kode={}&lang=da", used.grouped())).await;
        assert!(html.contains("Evaluering af forløbet") && !html.contains("Koden er brugt"));
        let posted = app.post_from(&other, "/evaluering", &form(&used.grouped(), &ANSWERS)).await;
        assert!(posted.text().await.expect("body").contains("Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem"));
        assert_eq!(app.get_text("/evaluering?lang=en").await.0, 200);
        let posted = app.post_form("/evaluering", &form(&expired.grouped(), &ANSWERS)).await;
        assert_eq!(posted.status().as_u16(), 422);
        assert!(posted.text().await.expect("body").contains("This code has expired."), "the language chosen stays");
        assert_eq!(stored(&app).await, 1);
    }

    async fn missing_answers_and_a_cpr_number_are_refused_with_everything_kept(app: TestApp) {
        let code = app.issue_codes(Area::Dagtilbud, Utc::now().date_naive(), 60, 1).await.remove(0);
        let partial = [("overall", "medium"), ("comment", "Min datter 010203-1234 er glad")];
        let response = app.post_form("/evaluering", &form(code.as_str(), &partial)).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains("Der er et problem"));
        for link in ["#evaluation-collaboration", "#evaluation-difference", "#evaluation-involved", "#evaluation-comment"] {
            assert!(html.contains(&format!(r#"href="{link}""#)), "summary links to {link}");
        }
        assert!(html.contains("Vælg et svar."));
        assert!(html.contains("ser ud til at indeholde et CPR-nummer"));
        assert!(html.contains(r#"value="medium" checked"#), "the answer given is kept");
        assert!(html.contains("Min datter 010203-1234 er glad"), "the comment is kept for correcting");
        assert_eq!(stored(&app).await, 0, "nothing stored");
        assert_eq!(app.get_text(&format!("/evaluering?kode={}", code.as_str())).await.0, 200);
        let (_, html) = app.get_text(&format!("/evaluering?kode={}", code.as_str())).await;
        assert!(html.contains("Evaluering af forløbet"), "the code is still unused");
    }

    async fn switching_language_keeps_what_was_entered(app: TestApp) {
        let code = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0);
        let fields = [("kode", code.as_str()), ("overall", "satisfied"), ("comment", "Godt forløb"), ("switch_lang", "en")];
        let response = app.post_form("/evaluering", &fields).await;
        assert_eq!(response.status().as_u16(), 200);
        let cookie = response.headers().get("set-cookie").and_then(|v| v.to_str().ok()).unwrap_or_default().to_owned();
        assert!(cookie.starts_with("tidlig_lang=en"), "{cookie}");
        let html = response.text().await.expect("body");
        assert!(html.contains("Overall, how satisfied are you with the course?"));
        // Rebild's middle answer "Middel tilfreds" keeps its place; in English it is neutral.
        assert!(html.contains("Neither satisfied nor dissatisfied"));
        assert!(html.contains(r#"value="satisfied" checked"#));
        assert!(html.contains("Godt forløb"));
        assert!(!html.contains("Der er et problem") && html.contains(r#"id="error-summary""#));
        assert_eq!(stored(&app).await, 0);
    }

    async fn guessing_codes_is_throttled_per_client(app: TestApp) {
        for n in 0..10 {
            let (_, html) = app.get_text(&format!("/evaluering?kode=K7QM4XPR{}", ["TW", "TX", "TY", "TA", "TC", "TD", "TE", "TF", "TG", "TH"][n])).await;
            assert!(html.contains("Vi kan ikke finde koden."), "guess {n}");
        }
        let (_, html) = app.get_text("/evaluering?kode=K7QM4XPRTJ").await;
        assert!(html.contains("For mange forsøg. Prøv igen om 10 minutter."), "the eleventh guess waits");
        let valid = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0);
        let posted = app.post_form("/evaluering", &form(valid.as_str(), &ANSWERS)).await;
        assert_eq!(posted.status().as_u16(), 429, "even a valid code waits");
        app.clock.advance(Duration::minutes(10));
        let posted = app.post_form("/evaluering", &form(valid.as_str(), &ANSWERS)).await;
        assert_eq!(posted.status().as_u16(), 303);
    }

    async fn the_team_issues_a_sheet_of_cards_shown_once(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let refused = app.post_from(&client, "/team/koder", &[("area", "skole"), ("count", "81")]).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.expect("body").contains("Højst 80."));
        let refused = app.post_from(&client, "/team/koder", &[("area", "hospital"), ("count", "x")]).await;
        assert_eq!(refused.status().as_u16(), 422);
        let refused = app.post_from(&client, "/team/koder", &[("area", "skole"), ("count", "0")]).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.expect("body").contains("Skriv et helt tal fra 1 til 80."), "the range allowed is said");

        let response = app.post_from(&client, "/team/koder", &[("area", "skole"), ("count", "8")]).await;
        assert_eq!(response.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"));
        let sheet = client.get(app.url(&TestApp::location(&response))).send().await.expect("GET");
        assert_eq!(sheet.status().as_u16(), 200);
        assert_eq!(sheet.headers().get("cache-control").and_then(|v| v.to_str().ok()), Some("no-store"));
        let html = sheet.text().await.expect("body");
        assert_eq!(html.matches(r#"<article class="card">"#).count(), 8);
        assert_eq!(html.matches("<svg").count(), 8, "a QR code on each card");
        let codes: Vec<&str> = html
            .split(r#"<p dir="ltr" class="card-code">"#)
            .skip(1)
            .filter_map(|rest| rest.split('<').next())
            .collect();
        assert_eq!(codes.len(), 8);
        for code in &codes {
            let parsed = EvaluationCode::parse(code).expect("a well-formed code");
            assert!(html.contains(&format!("/evaluering?kode={}", parsed.as_str())), "the QR link carries the code");
            let status = evaluation_store::code_status(app.db(), &app.state.settings.secret, &parsed, app::domain::Respondent::Parent, Utc::now().date_naive()).await.expect("status");
            assert_eq!(status, app::domain::CodeStatus::Valid);
        }
        assert!(html.contains("Koden er ikke knyttet til jeres navn"));
        assert!(html.contains("The code is not linked to your name"));
        let audit: Vec<(String, String)> = sqlx::query_as("SELECT action, subject FROM audit_log WHERE action = 'codes_issued'")
            .fetch_all(app.db().pool())
            .await
            .expect("audit");
        assert_eq!(audit, [("codes_issued".to_owned(), "skole: 8".to_owned())], "counted, never the codes");
        let hashes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(hashes, 8);
    }

    async fn the_stored_answers_give_the_status_reports_64_36_split(app: TestApp) {
        app::store::demo_data::load(app.db(), &app.state.settings.secret, Utc::now().date_naive())
            .await
            .expect("demo data: 42 evaluations through the real path");
        let counts = evaluation_store::answers(app.db(), &app::store::surveys::PARENTS, "overall", &Default::default(), Satisfaction::parse).await.expect("counts");
        let (result, n) = disclosure::protected(disclosure::ANYWHERE, DEFAULT_THRESHOLD, &[], |d| split(d, &counts)).0;
        assert_eq!(n, 42);
        let shown = |count, percent| Cell::Shown { count, percent };
        assert_eq!(result, Split::Three([shown(27, 64), shown(15, 36), shown(0, 0)]));
        let skole = evaluation_store::Filter { area: Some(Area::Skole), ..Default::default() };
        let per_area = evaluation_store::answers(app.db(), &app::store::surveys::PARENTS, "overall", &skole, Satisfaction::parse).await.expect("counts");
        assert_eq!(per_area.iter().map(|(_, n)| n).sum::<u64>(), 14, "a third of them in school");
        assert!(per_area.iter().any(|(a, _)| *a == Satisfaction::VerySatisfied));
        // The demo shows the whole of goal 3: professionals' answers and askers' ratings,
        // sealed with the parents'.
        for (table, n) in [("professional_evaluations", 30), ("sparring_ratings", 15)] {
            let stored: i64 = sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}")).fetch_one(app.db().pool()).await.expect("count");
            assert_eq!(stored, n, "{table}");
        }
        let professional_codes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes WHERE respondent = 'professional'")
            .fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(professional_codes, 40, "30 answered, 10 not: a response rate of 75 %");
    }
}

/// Runs futures concurrently on the test's runtime and collects their outputs in order.
async fn futures_join_all<F: std::future::Future<Output = u16> + Send + 'static>(
    futures: impl Iterator<Item = F>,
) -> Vec<u16> {
    let handles: Vec<_> = futures.map(tokio::spawn).collect();
    let mut out = Vec::with_capacity(handles.len());
    for handle in handles {
        out.push(handle.await.expect("task"));
    }
    out
}

/// The codes on a sheet of cards, in order.
fn codes_on(html: &str) -> Vec<String> {
    html.split(r#"<p dir="ltr" class="card-code">"#)
        .skip(1)
        .filter_map(|rest| rest.split('<').next())
        .map(str::to_owned)
        .collect()
}

on_both_backends! {
    async fn a_sheet_of_cards_survives_a_reload_and_the_same_order_sent_twice_issues_once(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let order = [("area", "skole"), ("count", "3"), ("post_id", "render-3-codes")];
        let sheet = TestApp::location(&app.post_from(&client, "/team/koder", &order).await);
        assert!(sheet.starts_with("/team/koder/kort?vis="), "{sheet}");
        let again = TestApp::location(&app.post_from(&client, "/team/koder", &order).await);
        assert_eq!(again, sheet, "the same order leads to the same sheet");
        let hashes: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(hashes, 3, "issued once");

        let (status, first) = app.get_from(&client, &sheet).await;
        assert_eq!(status, 200);
        let codes = codes_on(&first);
        assert_eq!(codes.len(), 3);
        let button = first.split(r#"id="print-button""#).nth(1).and_then(|s| s.split('>').next()).expect("a print button");
        assert!(button.contains("hidden"), "without JavaScript the print button is not offered: {button}");
        let (_, reloaded) = app.get_from(&client, &sheet).await;
        assert_eq!(codes_on(&reloaded), codes, "a reload shows the same cards, so the first set can be printed");
        let (_, english) = app.get_from(&client, &format!("{sheet}&lang=en")).await;
        assert_eq!(codes_on(&english), codes, "and so does the other language");
        assert!(english.contains("Evaluation cards"));

        // Someone else's browser has no business with the sheet; after a quarter of an hour no one has.
        let (status, _) = app.get_from(&app.new_client(), &sheet).await;
        assert_eq!(status, 401);
        app.clock.advance(Duration::minutes(16));
        let (status, later) = app.get_from(&client, &format!("{sheet}&lang=da")).await;
        assert_eq!(status, 200);
        assert!(codes_on(&later).is_empty());
        assert!(later.contains("Kortene kan ikke vises længere"));
    }

    async fn the_code_page_asks_for_a_missing_code_and_its_language_switch_keeps_the_code(app: TestApp) {
        // The message beside the field (the page also carries it, hidden, for the browser's check).
        let code_error = |html: &str| {
            html.split(r#"id="code-error""#)
                .nth(1)
                .and_then(|rest| rest.split("</p>").next())
                .unwrap_or_default()
                .to_owned()
        };
        let (status, html) = app.get_text("/evaluering?lang=da&kode=").await;
        assert_eq!(status, 200);
        assert!(code_error(&html).contains("Skriv koden fra dit kort."), "an empty code is asked for");
        let (_, html) = app.get_text("/evaluering?lang=da").await;
        assert!(!code_error(&html).contains("Skriv koden fra dit kort."), "a page opened without a code is no error");

        let (_, html) = app.get_text("/evaluering?kode=K7QM-4XPR-TW&lang=da").await;
        assert!(html.contains("Vi kan ikke finde koden."));
        assert!(html.contains(r#"href="/evaluering?kode=K7QM-4XPR-TW&amp;lang=en""#), "the switch keeps the code");
    }

    async fn the_receipt_page_says_answers_arrived_only_right_after_they_did(app: TestApp) {
        for address in ["/evaluering/kvittering", "/evaluering/kvittering?vis=00000000000000000000000000000000"] {
            let (status, html) = app.get_text(address).await;
            assert_eq!(status, 200);
            assert!(!html.contains("Tak for dine svar"), "{address}: nothing was sent");
            assert!(html.contains("viser kun en kvittering lige efter"), "{address}");
        }
        let code = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0);
        let receipt = TestApp::location(&app.post_form("/evaluering", &form(code.as_str(), &ANSWERS)).await);
        let (_, html) = app.get_text(&receipt).await;
        assert!(html.contains("Tak for dine svar"));
        let (_, html) = app.get_text(&format!("{receipt}&lang=en")).await;
        assert!(html.contains("Thank you for your answers"), "the language switch keeps the thanks");

        // Back to the form and "Send" again: the code is spent, and the page says the answers arrived.
        app.get("/?lang=da").await;
        let again = app.post_form("/evaluering", &form(code.as_str(), &ANSWERS)).await;
        assert_eq!(again.status().as_u16(), 422);
        assert!(again.text().await.expect("body").contains("er de kommet frem"));
        assert_eq!(stored(&app).await, 1);
    }
}
