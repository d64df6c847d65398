//! Targets over HTTP, on SQLite and PostgreSQL (issue 18, item 1): the lead sets targets for
//! Rebild's figures and reads their status on the goal's page, in its chart, in the downloads
//! and in the report; a target reached, one on the way and one missed, each with its word.

use app::domain::Role;

use crate::{
    common::TestApp,
    dashboard::{count, download, import_rebild, sheet},
    last_status::evaluations,
};

fn target<'a>(
    goal: &'a str,
    figure: &'a str,
    percent: &'a str,
    direction: &'a str,
    year: &'a str,
) -> Vec<(&'a str, &'a str)> {
    vec![
        ("goal", goal),
        ("figure", figure),
        ("percent", percent),
        ("direction", direction),
        ("year", year),
    ]
}

on_both_backends! {
    async fn a_target_reached_one_on_the_way_and_one_missed_read_alike_everywhere(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;

        // Faxe's target: at least 50 % of the notifications about children under 8, by 2025.
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("1", "under_eight", "50", "at_least", "2025")).await;
        assert_eq!(TestApp::location(&response), "/ledelse/maal/1#targets");
        let (status, html) = app.follow(&client, response).await;
        assert_eq!(status, 200);
        assert!(html.contains("Målet er gemt."), "the notice");
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("1", "up_to_nine", "55,0", "at_least", "2025")).await;
        assert_eq!(response.status().as_u16(), 303);
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("2", "preventive_measures", "90", "at_least", "2020")).await;
        assert_eq!(TestApp::location(&response), "/ledelse/maal/2#targets");
        assert_eq!(count(&app, "targets").await, 3);

        let (status, html) = app.get_from(&client, "/ledelse/maal/1?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        assert!(html.contains("Mål for andelen af underretningerne om børn under 8 år: mindst 50,0 % i 2025. I 2020 var den 47,0 % – på vej."), "on the way: {html}");
        assert!(html.contains("Mål for andelen af underretningerne om børn på 0–9 år: mindst 55,0 % i 2025. I 2020 var den 58,4 % – nået."), "reached");
        assert!(html.contains("id=\"goal1-target-under_eight\""), "the target's table");
        assert!(html.contains("class=\"target-line\""), "the target's line on the chart");
        assert!(html.contains("Sådan vurderes status") && html.contains("Bevæger sig væk: målet er ikke nået"), "the rules are on the page");
        assert!(!html.contains("goal2-target"), "goal 2's target is on goal 2's page");

        let (_, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020").await;
        assert!(html.contains("Mål for den forebyggende andel af foranstaltningerne: mindst 90,0 % i 2020. I 2020 var den 86,2 % – ikke nået."), "missed: {html}");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-target-under_eight.standard.csv?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("2015,35.3,50,\n") || csv.contains("2015,35.3,50,\r\n"), "{csv}");
        assert!(csv.contains("2020,47,50,på vej"), "{csv}");
        let (status, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal2-target-preventive_measures.xlsx?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let rows = sheet(xlsx);
        assert!(rows.iter().any(|r| r.first().is_some_and(|c| c == "2020") && r.last().is_some_and(|c| c == "ikke nået")), "{rows:?}");

        let (status, report) = app.get_from(&client, "/ledelse/rapport?year=2020").await;
        assert_eq!(status, 200);
        assert!(report.contains("I 2020 var den 47,0 % – på vej.") && report.contains("– ikke nået."), "the report has the targets");

        // Removed, the target leaves the page; the audit log has each change.
        let response = app.post_from(&client, "/ledelse/maalsaetning/fjern", &[("figure", "under_eight")]).await;
        assert_eq!(TestApp::location(&response), "/ledelse/maal/1#targets");
        let (_, html) = app.get_from(&client, "/ledelse/maal/1?baseline=2015&year=2020").await;
        assert!(!html.contains("goal1-target-under_eight") && html.contains("goal1-target-up_to_nine"));
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'setting_changed' AND subject LIKE 'target %'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 4, "three set, one removed");

        let (_, html) = app.get_from(&client, "/ledelse/maal/1?baseline=2015&year=2020&lang=en").await;
        assert!(html.contains("Target for the share of notifications about children aged 0–9: at least 55.0 % by 2025. In 2020 it was 58.4 % – reached."), "in English");
        assert!(html.contains("<th scope=\"col\">The share of notifications about children aged 0–9</th>"), "the figure's column head");
    }

    async fn a_bad_target_names_each_field_and_changes_nothing(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("1", "children", "mange", "more", "25")).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains("error-summary"), "an error summary");
        assert!(html.contains("Skriv et tal, fx 7908 eller 54,6."), "the percent");
        assert!(html.contains("Skal være fra 2000 til 2100."), "the year: {html}");
        assert!(html.contains("value=\"mange\""), "what was typed is kept");
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("1", "under_eight", "101", "at_least", "2025")).await;
        assert_eq!(response.status().as_u16(), 422);
        let response = app.post_from(&client, "/ledelse/maalsaetning/fjern", &[("figure", "children")]).await;
        assert_eq!(response.status().as_u16(), 400);
        assert_eq!(response.text().await.expect("body"), "no figure of that name takes a target");
        assert_eq!(count(&app, "targets").await, 0);
        let team = app.add_staff(Role::Team, false).await;
        let team = app.client_for(&team).await;
        let response = app.post_from(&team, "/ledelse/maalsaetning", &target("1", "under_eight", "50", "at_least", "2025")).await;
        assert_eq!(response.status().as_u16(), 403);
        assert_eq!(count(&app, "targets").await, 0);
    }

    async fn goal_3s_shares_take_targets_judged_on_a_whole_year_against_the_year_before(app: TestApp) {
        // 2024: 10 of 20 parents very satisfied; 2025: 18 of 24. Every one sees a positive difference.
        evaluations(&app, chrono::NaiveDate::from_ymd_opt(2024, 5, 10).expect("day"), 20, 10).await;
        evaluations(&app, chrono::NaiveDate::from_ymd_opt(2025, 5, 10).expect("day"), 24, 18).await;
        app::store::seal::seal(app.db(), "2025-12", chrono::Utc::now().date_naive()).await.expect("sealed");
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("3", "very_satisfied", "80", "at_least", "2027")).await;
        assert_eq!(TestApp::location(&response), "/ledelse/maal/3#targets");
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target("3", "positive_difference", "95", "at_least", "2025")).await;
        assert_eq!(response.status().as_u16(), 303);

        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025").await;
        assert_eq!(status, 200);
        assert!(html.contains("Mål for andelen af forældrene, der er meget tilfredse: mindst 80,0 % i 2027. I 2025 var den 75,0 % – på vej."), "50 % in 2024, 75 % in 2025: {html}");
        assert!(html.contains("I 2025 var den 100,0 % – nået."), "the positive difference");
        assert!(html.contains("id=\"goal3-target-very_satisfied\"") && html.contains("class=\"target-line\""));
        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-target-very_satisfied.standard.csv?period=2025").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("2024,50,80,") && csv.contains("2025,75,80,på vej"), "{csv}");
        // A quarter's page has no year to judge a target in: the target is set, no status shown.
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2").await;
        assert!(!html.contains("goal3-target-very_satisfied") && html.contains("Mål, der er sat"));
        let (_, report) = app.get_from(&client, "/ledelse/rapport?year=2025").await;
        assert!(report.contains("I 2025 var den 75,0 % – på vej."), "the report of 2025 has it");
    }
}
