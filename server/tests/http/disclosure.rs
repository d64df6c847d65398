//! The disclosure rule over HTTP, on SQLite and PostgreSQL: goal 3 is published for closed
//! quarters, years and "since the start" only, once, unchanged ever after; what the page, the
//! CSV and the XLSX show comes from one protected table; the year minus its quarters does not
//! give away a quarter's one answer; every look at figures is in the audit log; the smallest
//! group shown is an administrator's setting.

use app::{
    domain::{Agreement, Answers, Area, Role, Satisfaction},
    indicators::disclosure,
    store::{dashboard_store, ledger_store, seal},
};
use chrono::{NaiveDate, Utc};

use crate::{
    common::TestApp,
    dashboard::{download, sheet},
};

/// `n` answers in `area` on `day`, the overall satisfaction going round `overall`.
async fn answer(app: &TestApp, area: Area, day: NaiveDate, n: usize, overall: &[Satisfaction]) {
    let codes = app.issue_codes(area, day, 60, n).await;
    for (i, code) in codes.iter().enumerate() {
        let answers = Answers {
            overall: overall[i % overall.len()],
            collaboration: Satisfaction::Satisfied,
            difference: Agreement::Agree,
            involved: Agreement::Agree,
            comment: None,
        };
        app::store::evaluation_store::submit(
            app.db(),
            &app.state.settings.secret,
            code,
            &app::store::evaluation_store::Submission::Parent(answers.clone()),
            day,
        )
        .await
        .expect("db")
        .expect("stored");
    }
}

async fn seal_all(app: &TestApp) {
    let today = Utc::now().date_naive();
    seal::seal(app.db(), &seal::last_ended_month(today), today)
        .await
        .expect("sealed");
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("day")
}

/// The overall-satisfaction row of the CSV of goal 3's answers (Danish Excel).
async fn overall_row(app: &TestApp, client: &reqwest::Client, query: &str) -> Vec<String> {
    let (status, _, csv) = download(
        client,
        app,
        &format!("/ledelse/eksport/goal3-satisfaction.csv?{query}"),
    )
    .await;
    assert_eq!(status, 200, "{query}");
    let csv = String::from_utf8(csv).expect("utf-8");
    let line = csv
        .lines()
        .nth(1)
        .expect("the first question's row")
        .to_owned();
    line.split(';').skip(1).map(str::to_owned).collect()
}

use Satisfaction::*;

/// `n` courses at a school in `area` begun on `started_on` by the team, through the team's form.
async fn courses(app: &TestApp, area: Area, started_on: &str, n: usize) {
    let school = app::store::institution_store::create(app.db().pool(), "Bakkeskolen", area, "")
        .await
        .expect("institution");
    let team = app.add_staff(Role::Team, false).await;
    let client = app.client_for(&team).await;
    for _ in 0..n {
        let created = app
            .post_from(
                &client,
                "/team/forloeb/nyt",
                &[
                    ("institution", &school.to_string()),
                    ("age_band", "6-9"),
                    ("started_on", started_on),
                    ("themes", "trivsel"),
                    ("parents_take_part", "1"),
                ],
            )
            .await;
        assert_eq!(created.status().as_u16(), 303);
    }
}

on_both_backends! {
    async fn only_closed_quarters_years_and_since_the_start_are_published(app: TestApp) {
        answer(&app, Area::Skole, day("2025-05-15"), 12, &[VerySatisfied, Satisfied]).await;
        seal_all(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let (status, html) = app.get_from(&client, "/ledelse/maal/3").await;
        assert_eq!(status, 200);
        for offered in ["start", "2025", "2025-K2", "2026-K3"] {
            assert!(html.contains(&format!(r#"<option value="{offered}""#)), "{offered} is offered");
        }
        for not_offered in ["2026-K4", r#"<option value="2026""#, r#"name="from""#, r#"name="to""#] {
            assert!(!html.contains(not_offered), "{not_offered} is not offered");
        }
        assert!(html.contains("6 (50 %)"), "since the start: 6 very satisfied of 12");
        // A free range of months is not a filter: the page is "since the start" as before.
        let (_, ranged) = app.get_from(&client, "/ledelse/maal/3?from=2025-05&to=2025-05").await;
        assert!(ranged.contains("6 (50 %)") && ranged.contains(r#"<option value="start" selected"#));
        // The running quarter and year show nothing, on the page and in the exports.
        for period in ["2026-K4", "2026"] {
            let (status, html) = app.get_from(&client, &format!("/ledelse/maal/3?period={period}")).await;
            assert_eq!(status, 200);
            assert!(html.contains("Perioden er ikke afsluttet endnu") && !html.contains("6 (50 %)"), "{period}");
            let (status, _, _) = download(&client, &app, &format!("/ledelse/eksport/goal3-satisfaction.csv?period={period}")).await;
            assert_eq!(status, 404, "{period}: no table is published for a running period");
        }
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2").await;
        assert!(html.contains("6 (50 %)") && html.contains("2. kvartal 2025"));
    }

    async fn a_published_period_never_changes(app: TestApp) {
        answer(&app, Area::Dagtilbud, day("2025-02-10"), 10, &[VerySatisfied]).await;
        seal_all(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let (_, first) = app.get_from(&client, "/ledelse/maal/3?period=2025-K1").await;
        assert!(first.contains("10 (100 %)"), "ten very satisfied");
        let published: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_tables").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(published, 1);
        // Answers of that quarter sealed late (a crash before the seal, say) do not change it.
        answer(&app, Area::Dagtilbud, day("2025-03-10"), 5, &[Medium]).await;
        seal::seal(app.db(), "2025-03", Utc::now().date_naive()).await.expect("sealed");
        let (_, again) = app.get_from(&client, "/ledelse/maal/3?period=2025-K1").await;
        assert!(again.contains("10 (100 %)") && again.contains("offentliggjort"), "shown as published");
        let (_, english) = app.get_from(&client, "/ledelse/maal/3?period=2025-K1&lang=en").await;
        assert!(english.contains("10 (100 %)") && english.contains("were published on"));
        let published: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_tables").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(published, 1, "looked at three times, published once");
    }

    async fn the_year_minus_its_quarters_does_not_give_away_the_fourth_quarters_one_answer(app: TestApp) {
        // Three quarters with plenty of answers, and one family in the fourth.
        answer(&app, Area::Skole, day("2025-02-10"), 12, &[VerySatisfied, Satisfied, Medium]).await;
        answer(&app, Area::Skole, day("2025-05-10"), 12, &[VerySatisfied, Satisfied, Medium]).await;
        answer(&app, Area::Skole, day("2025-08-10"), 12, &[VerySatisfied, Satisfied, Medium]).await;
        answer(&app, Area::Skole, day("2025-11-10"), 1, &[Dissatisfied]).await;
        seal_all(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let mut quarters = Vec::new();
        for q in 1..=4 {
            quarters.push(overall_row(&app, &client, &format!("area=skole&period=2025-K{q}")).await);
        }
        assert!(quarters[3].iter().all(|c| c == "skjult"), "one answer: the fourth quarter is hidden whole");
        let year = overall_row(&app, &client, "area=skole&period=2025").await;
        // Whatever the year shows, the year minus the three quarters must not give the
        // fourth quarter's answer: the dissatisfied cell of the year is hidden.
        let column = 3; // Utilfreds
        assert_eq!(year[column], "skjult", "the year: {year:?}");
        // The page and the XLSX hide the same cells as the CSV.
        let (_, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal3-satisfaction.xlsx?area=skole&period=2025").await;
        let rows = sheet(xlsx);
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-satisfaction.csv?area=skole&period=2025").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        let label = csv.lines().nth(1).and_then(|l| l.split(';').next()).expect("label").trim_start_matches('\u{feff}').to_owned();
        let row = rows.iter().find(|r| r.first() == Some(&label)).expect("the same row in the XLSX");
        let hidden_xlsx: Vec<bool> = row[1..].iter().map(|c| c == "skjult").collect();
        let hidden_csv: Vec<bool> = year.iter().map(|c| c == "skjult").collect();
        assert_eq!(hidden_xlsx, hidden_csv);
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?area=skole&period=2025").await;
        assert!(html.contains("skjult"));
        // The audit over everything published, and every small group any page could show.
        let ledger = ledger_store::figures(app.db()).await.expect("ledger");
        let window = dashboard_store::publication_window(app.db(), Utc::now().date_naive()).await.expect("window").expect("closed");
        let atoms = dashboard_store::evaluation_atoms(app.db(), window.1).await.expect("atoms");
        let mut everything = ledger.clone();
        everything.extend(disclosure::sensitive_figures(&atoms, window.0, window.1, 5).into_iter().map(|figure| disclosure::Published { figure, value: None }));
        assert_eq!(disclosure::audit(&everything, 5), Vec::new());
        assert!(ledger.iter().any(|p| p.value.is_none()), "the ledger keeps what was hidden");
    }

    async fn every_look_at_figures_is_in_the_audit_log_with_its_filters(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        app.get_from(&client, "/ledelse/maal/3?area=skole&period=2025").await;
        app.get_from(&client, "/ledelse/rapport?year=2025").await;
        download(&client, &app, "/ledelse/eksport/goal1-age.csv?baseline=2015&year=2020").await;
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT action, subject FROM audit_log WHERE action IN ('figures_viewed', 'exported') ORDER BY id")
            .fetch_all(app.db().pool())
            .await
            .expect("audit");
        let subjects: Vec<&str> = rows.iter().map(|(_, s)| s.as_str()).collect();
        assert!(subjects.contains(&"goal3 area=skole&period=2025"), "{subjects:?}");
        assert!(subjects.contains(&"report 2025"), "{subjects:?}");
        assert!(subjects.contains(&"goal1-age.csv baseline=2015&year=2020"), "{subjects:?}");
    }

    async fn the_smallest_group_shown_is_a_setting_never_below_three(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let file = b"year,age,count\n2024,0,3\n2024,3,6\n2024,11,40\n".to_vec();
        let form = reqwest::multipart::Form::new().part("file", reqwest::multipart::Part::bytes(file).file_name("n.csv").mime_str("text/csv").expect("mime"));
        let response = client.post(app.url("/ledelse/import/underretninger")).header("origin", &app.address).multipart(form).send().await.expect("upload");
        assert_eq!(response.status().as_u16(), 200);
        let admin = app.add_staff(Role::Admin, false).await;
        let admin = app.client_for(&admin).await;
        let fields = |t: &'static str| [("retention_days", "180"), ("stale_days", "180"), ("answer_days", "3"), ("comment_months", "12"), ("threshold", t)];
        let refused = app.post_from(&admin, "/admin/indstillinger", &fields("2")).await;
        assert_eq!(refused.status().as_u16(), 422);
        let stored: Option<String> = sqlx::query_scalar("SELECT value FROM settings WHERE key = 'disclosure_threshold'").fetch_optional(app.db().pool()).await.expect("setting");
        assert_eq!(stored, None, "nothing saved");
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-age.csv").await;
        assert!(String::from_utf8(csv).expect("utf-8").contains("2024;skjult;skjult;skjult;skjult;40;skjult;49"));
        let saved = app.post_from(&admin, "/admin/indstillinger", &fields("3")).await;
        assert!(saved.status().is_success() || saved.status().is_redirection(), "{}", saved.status());
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-age.csv").await;
        assert!(String::from_utf8(csv).expect("utf-8").contains("2024;3;6;0;0;40;0;49"), "3 is shown now");
        let audited: Vec<String> = sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'setting_changed'").fetch_all(app.db().pool()).await.expect("audit");
        assert!(audited.iter().any(|s| s.ends_with("smallest group shown 3")), "{audited:?}");
    }

    async fn a_correction_is_a_new_dated_version_audited_and_logged_and_nothing_changed_publishes_nothing(app: TestApp) {
        answer(&app, Area::Skole, day("2025-05-15"), 12, &[VerySatisfied, Satisfied]).await;
        seal_all(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let page = "/ledelse/maal/3?area=skole&period=2025-K2";
        let (_, first) = app.get_from(&client, page).await;
        assert!(first.contains("Udgiv rettet udgave"), "the page offers a correction");
        let (_, _, before) = download(&client, &app, "/ledelse/eksport/goal3-activity.standard.csv?area=skole&period=2025-K2").await;
        // Nothing changed: nothing is published, and the lead is told so.
        let unchanged = app.post_from(&client, "/ledelse/maal/3/ret", &[("period", "2025-K2"), ("area", "skole")]).await;
        assert_eq!(unchanged.status().as_u16(), 303);
        let (_, html) = app.follow(&client, unchanged).await;
        assert!(html.contains("Intet bag tallene har ændret sig"), "told nothing changed");
        let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_corrections").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(versions, 0);
        // Six courses of that quarter registered late: the page stays as published …
        courses(&app, Area::Skole, "2025-05-02", 6).await;
        let (_, _, still) = download(&client, &app, "/ledelse/eksport/goal3-activity.standard.csv?area=skole&period=2025-K2").await;
        assert_eq!(still, before, "a published page does not change by itself");
        // … until the lead publishes a corrected version.
        let corrected = app.post_from(&client, "/ledelse/maal/3/ret", &[("period", "2025-K2"), ("area", "skole")]).await;
        assert_eq!(corrected.status().as_u16(), 303);
        assert_eq!(TestApp::location(&corrected), page);
        let (_, html) = app.follow(&client, corrected).await;
        assert!(html.contains("Tallene er offentliggjort igen som udgave 2"), "the notice");
        assert!(html.contains("Dette er udgave 2"), "the page says which version it is");
        let (_, _, after) = download(&client, &app, "/ledelse/eksport/goal3-activity.standard.csv?area=skole&period=2025-K2").await;
        assert_ne!(after, before, "the corrected version counts the late courses");
        let (_, english) = app.get_from(&client, &format!("{page}&lang=en")).await;
        assert!(english.contains("This is version 2"));
        // Both versions are kept, the first unchanged; the correction is in the ledger and the log.
        let first_kept: String = sqlx::query_scalar("SELECT danish FROM published_tables").fetch_one(app.db().pool()).await.expect("first");
        assert!(!first_kept.contains("\"version\""), "the first version is as it was");
        let figures: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_figures WHERE version = 2").fetch_one(app.db().pool()).await.expect("count");
        assert!(figures > 0, "the correction's figures join the ledger");
        let logged: Vec<String> = sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'figures_corrected'").fetch_all(app.db().pool()).await.expect("audit");
        assert_eq!(logged, vec!["goal3 area=skole&period=2025-K2 version 2".to_owned()]);
        // Sent again (Back and send): nothing more is published.
        let again = app.post_from(&client, "/ledelse/maal/3/ret", &[("period", "2025-K2"), ("area", "skole")]).await;
        let (_, html) = app.follow(&client, again).await;
        // (in English: the language chosen above stays)
        assert!(html.contains("Nothing behind the figures has changed"));
        let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_corrections").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(versions, 1);
        // The running quarter has nothing to correct, and a reload of the address goes to the page.
        let open = app.post_from(&client, "/ledelse/maal/3/ret", &[("period", "2026-K4")]).await;
        assert_eq!(open.status().as_u16(), 303);
        let reload = client.get(app.url("/ledelse/maal/3/ret")).send().await.expect("GET");
        assert_eq!(TestApp::location(&reload), "/ledelse/maal/3");
        let tampered = app.post_from(&client, "/ledelse/maal/3/ret", &[("period", "2025-01..2025-06")]).await;
        assert_eq!(tampered.status().as_u16(), 400, "a free range is no page");
        let versions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM published_corrections").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(versions, 1);
        // The audit over the whole ledger still holds.
        let ledger = ledger_store::figures(app.db()).await.expect("ledger");
        assert_eq!(disclosure::audit(&ledger, 5), Vec::new());
    }
}
