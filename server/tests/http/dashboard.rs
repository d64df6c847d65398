//! The result goals over HTTP, on SQLite and PostgreSQL: the lead imports the Rebild fixtures
//! and reads the status report's figures on the page and in the exports; 42 evaluations give
//! 64 % / 36 %; small groups are hidden alike on the page, in CSV and in XLSX.

use std::io::Cursor;

use app::domain::{Agreement, Answers, Area, Role, Satisfaction};
use calamine::{Data, Reader as _, Xlsx};
use chrono::{NaiveDate, Utc};

use crate::common::TestApp;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../end2end/fixtures");

pub(crate) fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).expect("fixture")
}

async fn upload(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    file: Vec<u8>,
) -> (u16, String) {
    upload_with(app, client, path, file, &[]).await
}

/// Posts `file` to `path` with the text fields `fields` beside it.
pub(crate) async fn upload_with(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    file: Vec<u8>,
    fields: &[(&'static str, &str)],
) -> (u16, String) {
    let mut form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(file)
            .file_name("figures.csv")
            .mime_str("text/csv")
            .expect("mime"),
    );
    for (name, value) in fields {
        form = form.text(*name, value.to_string());
    }
    let response = client
        .post(app.url(path))
        .header("origin", &app.address)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

pub(crate) async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

pub(crate) async fn import_rebild(app: &TestApp, client: &reqwest::Client) {
    for (path, file) in [
        ("/ledelse/import/trin", "rebild_indsatstrappe_steps.csv"),
        (
            "/ledelse/import/trappe",
            "rebild_indsatstrappe_2015_2020.csv",
        ),
        (
            "/ledelse/import/underretninger",
            "rebild_notifications_synthetic.csv",
        ),
    ] {
        let (status, html) = upload(app, client, path, fixture(file)).await;
        assert_eq!(status, 200, "{path}: {html}");
        assert!(html.contains("er importeret"), "{path}");
    }
}

pub(crate) async fn download(
    client: &reqwest::Client,
    app: &TestApp,
    path: &str,
) -> (u16, Option<String>, Vec<u8>) {
    let response = client.get(app.url(path)).send().await.expect("download");
    let status = response.status().as_u16();
    let kind = response
        .headers()
        .get("content-type")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    (status, kind, response.bytes().await.expect("body").to_vec())
}

/// The cells of an XLSX export's only sheet as text, row by row.
pub(crate) fn sheet(bytes: Vec<u8>) -> Vec<Vec<String>> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).expect("xlsx");
    let name = workbook.sheet_names()[0].clone();
    let range = workbook.worksheet_range(&name).expect("sheet");
    range
        .rows()
        .map(|row| {
            row.iter()
                .map(|cell| match cell {
                    Data::Float(f) => format!("{f}"),
                    Data::Int(i) => i.to_string(),
                    Data::String(s) => s.clone(),
                    Data::Empty => String::new(),
                    other => other.to_string(),
                })
                .collect()
        })
        .collect()
}

on_both_backends! {
    async fn imported_text_that_looks_like_a_formula_reaches_no_spreadsheet_as_one(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let mut file = String::from("year,age,count,sender\n");
        for sender in ["=HYPERLINK(\"http://evil.example\";\"klik\")", "+1+1", "-2+3", "@SUM(A1)", "Skole"] {
            for year in [2019, 2020] {
                file.push_str(&format!("{year},5,20,\"{}\"\n", sender.replace('"', "\"\"")));
            }
        }
        let (status, html) = upload(&app, &client, "/ledelse/import/underretninger", file.into_bytes()).await;
        assert_eq!(status, 200, "{html}");
        for path in ["/ledelse/eksport/goal1-sender.csv?baseline=2019&year=2020", "/ledelse/eksport/goal1-sender.standard.csv?baseline=2019&year=2020"] {
            let (status, _, csv) = download(&client, &app, path).await;
            assert_eq!(status, 200, "{path}");
            let csv = String::from_utf8(csv).expect("utf-8");
            let mut reader = csv::ReaderBuilder::new()
                .delimiter(if path.contains("standard") { b',' } else { b';' })
                .has_headers(false)
                .from_reader(csv.trim_start_matches('\u{feff}').as_bytes());
            // Every field: the senders are the columns, the years the rows.
            let labels: Vec<String> = reader
                .records()
                .flat_map(|r| r.expect("record").iter().map(str::to_owned).collect::<Vec<_>>())
                .collect();
            // (the import keeps senders in lower case)
            for formula in ["=hyperlink", "+1+1", "-2+3", "@sum"] {
                assert!(labels.iter().any(|l| l.starts_with(&format!("'{formula}"))), "{path}: {formula} in {labels:?}");
            }
            assert!(labels.iter().all(|l| !l.starts_with(['=', '+', '-', '@', '\t', '\r'])), "{path}: {labels:?}");
            assert!(labels.iter().any(|l| l == "skole"), "plain text stays as it is");
        }
    }

    async fn the_rebild_fixtures_give_the_status_reports_staircase_figures(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;
        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        for figure in ["277", "412", "37,6 mio. kr.", "47,1 mio. kr.", "+57 %", "+42 %"] {
            assert!(html.contains(figure), "goal 2 shows {figure}");
        }
        assert!(html.contains("<svg class=\"chart\""), "charts are drawn on the server");

        let (status, kind, csv) = download(&client, &app, "/ledelse/eksport/goal2-growth.standard.csv?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        assert_eq!(kind.as_deref(), Some("text/csv; charset=utf-8"));
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("Forebyggende foranstaltninger,226,355,57"), "{csv}");
        assert!(csv.contains("Foranstaltninger i alt,277,412,49"), "{csv}");
        assert!(csv.contains("Udgift i alt,37600000,47100000,25"), "{csv}");
        assert!(csv.contains("\"Udgift, forebyggende\",12900000,18300000,42"), "{csv}");

        // The default download is what Danish Excel opens in columns: semicolons, decimal
        // commas, UTF-8 with a byte-order mark.
        let (status, _, danish) = download(&client, &app, "/ledelse/eksport/goal1-young.csv").await;
        assert_eq!(status, 200);
        assert!(danish.starts_with(b"\xEF\xBB\xBF"), "a byte-order mark");
        let danish = String::from_utf8(danish).expect("utf-8");
        let (_, _, plain) = download(&client, &app, "/ledelse/eksport/goal1-young.standard.csv").await;
        let plain = String::from_utf8(plain).expect("utf-8");
        let decimal = plain.split([',', '\n']).find(|f| f.contains('.')).expect("a figure with decimals");
        assert!(danish.contains(&decimal.replace('.', ",")), "{decimal} is written with a decimal comma: {danish}");
        assert!(danish.lines().all(|l| !l.contains(',') || l.contains(';')), "fields are separated by semicolons: {danish}");

        // Importing a year again replaces it: still 30 figures, 34 notification lines.
        import_rebild(&app, &client).await;
        assert_eq!(count(&app, "staircase_figures").await, 30);
        assert_eq!(count(&app, "notifications").await, 34);
        assert_eq!(count(&app, "staircase_steps").await, 5);

        let (status, html) = app.get_from(&client, "/ledelse/maal/1").await;
        assert_eq!(status, 200);
        for figure in ["+37 %", "+132 %", "46,7 %", "58,4 %", "35,3 %", "47,0 %"] {
            assert!(html.contains(figure), "goal 1 shows {figure}");
        }
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action IN ('figures_imported', 'exported')")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 9, "six imports and three downloads");
    }

    async fn a_registry_file_with_one_bad_line_stores_nothing(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let bad = b"year,age,count\n2020,3,10\n2020,19,4\n2020,5,x\n".to_vec();
        let (status, html) = upload(&app, &client, "/ledelse/import/underretninger", bad).await;
        assert_eq!(status, 422);
        assert!(html.contains("Filen er ikke importeret"));
        assert!(html.contains("Skal være fra 0 til 17."), "line 3: age out of range");
        assert!(html.contains("Skal være et helt tal") || html.contains("helt tal"), "line 4: not a number");
        assert_eq!(count(&app, "notifications").await, 0);
        let (status, html) = upload(&app, &client, "/ledelse/import/trappe", fixture("rebild_indsatstrappe_2015_2020.csv")).await;
        assert_eq!(status, 422, "figures need their steps first");
        assert!(html.contains("importér trinnene først"));
        assert_eq!(count(&app, "staircase_figures").await, 0);
        let (status, _) = upload(&app, &client, "/ledelse/import/trin", b"\xff\xfe,\n".to_vec()).await;
        assert_eq!(status, 422, "not CSV");
        let team = app.add_staff(Role::Team, false).await;
        let team = app.client_for(&team).await;
        let (status, _) = upload(&app, &team, "/ledelse/import/trin", fixture("rebild_indsatstrappe_steps.csv")).await;
        assert_eq!(status, 403);
        assert_eq!(count(&app, "staircase_steps").await, 0);
    }

    async fn forty_two_evaluations_show_64_and_36_on_the_dashboard_and_in_the_report(app: TestApp) {
        let day = NaiveDate::from_ymd_opt(2025, 6, 15).expect("day");
        let codes = app.issue_codes(Area::Skole, day, 60, 42).await;
        for (n, code) in codes.iter().enumerate() {
            let overall = match n {
                0..27 => Satisfaction::VerySatisfied,
                27..36 => Satisfaction::Satisfied,
                _ => Satisfaction::Medium,
            };
            let answers = Answers {
                overall,
                collaboration: overall,
                difference: Agreement::Agree,
                involved: Agreement::StronglyAgree,
                comment: None,
            };
            let answers = app::store::evaluation_store::Submission::Parent(answers);
            app::store::evaluation_store::submit(app.db(), &app.state.settings.secret, code, &answers, day)
                .await
                .expect("db")
                .expect("stored");
        }
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        // Held apart until their month is sealed: in no view.
        let (_, html) = app.get_from(&client, "/ledelse/maal/3").await;
        assert!(!html.contains("27 (64 %)"), "answers of a month not sealed are not shown");
        // June alone sealed: the second quarter has closed, the year 2025 has not.
        let sealed = app::store::seal::seal(app.db(), "2025-06", Utc::now().date_naive()).await.expect("sealed");
        assert_eq!(sealed.moved, 42);
        let (_, html) = app.get_from(&client, "/ledelse/rapport?year=2025").await;
        assert!(!html.contains("27 (64 %)") && html.contains("Perioden er ikke afsluttet endnu"), "2025 is not closed");
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2").await;
        assert!(html.contains("27 (64 %)"), "the second quarter of 2025 is");
        let today = Utc::now().date_naive();
        app::store::seal::seal(app.db(), &app::store::seal::last_ended_month(today), today).await.expect("sealed");
        for path in ["/ledelse/maal/3", "/ledelse/rapport?year=2025", "/ledelse"] {
            let (status, html) = app.get_from(&client, path).await;
            assert_eq!(status, 200, "{path}");
            assert!(html.contains("64 %") && html.contains("36 %"), "{path} shows 64 % / 36 %");
        }
        let (_, html) = app.get_from(&client, "/ledelse/maal/3").await;
        assert!(html.contains("27 (64 %)") && html.contains("15 (36 %)"));
        let (_, html) = app.get_from(&client, "/ledelse/rapport?year=2024").await;
        assert!(!html.contains("27 (64 %)"), "the report of another year counts other evaluations");

        // With the registry's years imported too, the report still opens with the programme's
        // own latest year of evaluations and offers every year with data of any kind.
        let (status, _) = upload(&app, &client, "/ledelse/import/underretninger", fixture("rebild_notifications_synthetic.csv")).await;
        assert_eq!(status, 200);
        let (status, html) = app.get_from(&client, "/ledelse/rapport").await;
        assert_eq!(status, 200);
        assert!(html.contains("Status på Fælles Indsats 2025"), "the latest year with evaluations");
        assert!(html.contains("27 (64 %)"));
        for year in ["2015", "2020", "2025"] {
            assert!(html.contains(&format!(r#"<option value="{year}""#)), "{year} is offered");
        }
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-split.csv").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("Meget tilfreds;27") && csv.contains("Tilfreds eller middel tilfreds;15"), "{csv}");
    }

    async fn a_small_group_is_hidden_on_the_page_in_csv_and_in_xlsx(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        // 2024: 3 notifications about 0–1-year-olds (a small group), 6 about 2–5, 40 about 10–13.
        let file = b"year,age,count\n2024,0,3\n2024,3,6\n2024,11,40\n".to_vec();
        let (status, _) = upload(&app, &client, "/ledelse/import/underretninger", file).await;
        assert_eq!(status, 200);
        let (_, html) = app.get_from(&client, "/ledelse/maal/1").await;
        assert!(html.contains("skjult"), "a hidden cell says so, not \"< 5\", which a partner cell may not be");
        assert!(!html.contains("6 (12 %)"), "the partner cell is hidden too, so 3 cannot be found by subtraction");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-age.csv").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        let row = csv.lines().find(|l| l.starts_with("2024")).expect("2024 row");
        assert_eq!(row, "2024;skjult;skjult;skjult;skjult;40;skjult;49", "zeros beside hidden cells are hidden");

        let (status, kind, xlsx) = download(&client, &app, "/ledelse/eksport/goal1-age.xlsx").await;
        assert_eq!(status, 200);
        assert_eq!(kind.as_deref(), Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        let rows = sheet(xlsx);
        let row = rows.iter().find(|r| r.first().is_some_and(|c| c == "2024")).expect("2024 row");
        assert_eq!(row, &["2024", "skjult", "skjult", "skjult", "skjult", "40", "skjult", "49"]);
        assert!(!row.iter().any(|c| c == "3" || c == "6"));

        let (status, _, _) = download(&client, &app, "/ledelse/eksport/goal9-x.csv").await;
        assert_eq!(status, 404);
        let (status, _, _) = download(&client, &app, "/ledelse/eksport/goal1-age.pdf").await;
        assert_eq!(status, 404);
    }
}

/// An import and its entry in the audit log are one transaction: when the entry cannot be
/// written, nothing of the file is stored (SQLite, where a trigger can refuse the entry).
#[tokio::test]
async fn an_import_whose_audit_entry_cannot_be_written_stores_nothing() {
    let app = crate::common::spawn_app(app::store::Backend::Sqlite)
        .await
        .expect("app");
    let lead = app.add_staff(Role::Lead, false).await;
    let client = app.client_for(&lead).await;
    sqlx::query(
        "CREATE TRIGGER audit_refused BEFORE INSERT ON audit_log \
         WHEN NEW.action = 'figures_imported' BEGIN SELECT RAISE(ABORT, 'log full'); END",
    )
    .execute(app.db().pool())
    .await
    .expect("trigger");
    let file = fixture("rebild_notifications_synthetic.csv");
    let (status, _) = upload(&app, &client, "/ledelse/import/underretninger", file).await;
    assert_eq!(status, 500);
    assert_eq!(
        count(&app, "notifications").await,
        0,
        "no figures without their audit entry"
    );
}
