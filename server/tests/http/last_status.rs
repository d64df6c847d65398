//! This status against the last over HTTP, on SQLite and PostgreSQL (issue 18, item 2): year
//! against year for the registry figures of goals 1 and 2, quarter against quarter for goal 3,
//! each with its change, in the same protected tables as the rest – a small group of the
//! earlier period hidden, and its change with it – on the page, in the downloads and in the
//! report.

use app::domain::{Agreement, Answers, Area, Role, Satisfaction};
use chrono::{NaiveDate, Utc};

use crate::{
    common::TestApp,
    dashboard::{download, import_rebild, sheet, upload_with},
};

/// `n` parents' answers given on `day`, the first `very` of them very satisfied, the rest
/// satisfied.
pub(crate) async fn evaluations(app: &TestApp, day: NaiveDate, n: usize, very: usize) {
    let codes = app.issue_codes(Area::Skole, day, 60, n).await;
    for (i, code) in codes.iter().enumerate() {
        let overall = if i < very {
            Satisfaction::VerySatisfied
        } else {
            Satisfaction::Satisfied
        };
        let answers = app::store::evaluation_store::Submission::Parent(Answers {
            overall,
            collaboration: overall,
            difference: Agreement::Agree,
            involved: Agreement::Agree,
            comment: None,
        });
        app::store::evaluation_store::submit(
            app.db(),
            &app.state.settings.secret,
            code,
            &answers,
            day,
        )
        .await
        .expect("db")
        .expect("stored");
    }
}

on_both_backends! {
    async fn the_registry_years_stand_beside_the_year_before_with_counts_in_percent_and_shares_in_points(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;

        // Rebild's staircase 2019 → 2020: 393 → 412 measures, 341 → 355 preventive.
        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"goal2-previous\""), "the table");
        assert!(html.contains("Denne status mod den forrige: 2020 / 2019"), "{html}");
        assert!(html.contains("−0,6 pct.-point") || html.contains("-0,6 pct.-point"), "the preventive share in points");
        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal2-previous.standard.csv?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("Foranstaltninger i alt,393,412,5"), "{csv}");
        assert!(csv.contains("Forebyggende foranstaltninger,341,355,4"), "{csv}");
        assert!(csv.contains("Forebyggende andel af foranstaltningerne,86.8,86.2,-0.6"), "{csv}");
        assert!(csv.contains("Udgift i alt,41500000,47100000,13"), "{csv}");

        // The synthetic notifications have 2015 and 2020 only: the page says there is no 2019.
        let (_, html) = app.get_from(&client, "/ledelse/maal/1?baseline=2015&year=2020").await;
        assert!(html.contains("Der er ingen tal for den forrige periode (2019) at sammenligne denne status med."));
        assert!(html.contains("Der er ingen tal for 2016, 2017, 2018, 2019."), "the years between");
        let file = b"year,age,count\n2019,3,40\n2019,12,60\n2020,3,55\n2020,12,45\n".to_vec();
        let (status, _) = upload_with(&app, &client, "/ledelse/import/underretninger", file, &[]).await;
        assert_eq!(status, 200);
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-previous.standard.csv?year=2020").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("Underretninger i alt,100,100,0"), "{csv}");
        assert!(csv.contains("Andel under 8 år,40,55,15"), "{csv}");
        let (status, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal1-previous.xlsx?year=2020").await;
        assert_eq!(status, 200);
        let rows = sheet(xlsx);
        assert!(rows.iter().any(|r| r == &["Andel 0–9 år", "40", "55", "15"]), "{rows:?}");
    }

    async fn a_quarter_stands_beside_the_quarter_before_and_a_small_group_of_it_stays_hidden(app: TestApp) {
        // Four parents in the second quarter of 2025 (too few to show), 24 in the third.
        evaluations(&app, NaiveDate::from_ymd_opt(2025, 5, 10).expect("day"), 4, 4).await;
        evaluations(&app, NaiveDate::from_ymd_opt(2025, 8, 10).expect("day"), 24, 18).await;
        app::store::seal::seal(app.db(), "2025-09", Utc::now().date_naive()).await.expect("sealed");
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;

        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K3").await;
        assert_eq!(status, 200);
        assert!(html.contains("Denne status mod den forrige: 3. kvartal 2025 / 2. kvartal 2025"), "{html}");
        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-previous.standard.csv?period=2025-K3").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("\"Forældre, der har evalueret\",skjult,24,\n") || csv.contains("\"Forældre, der har evalueret\",skjult,24,\r\n"), "{csv}");
        assert!(csv.contains("Andel meget tilfredse forældre,skjult,75,"), "{csv}");
        assert!(!csv.contains(",4,"), "the four are nowhere: {csv}");

        // The first quarter with figures has none before it, and the page says so; so does
        // "since the start".
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2").await;
        assert!(!html.contains("id=\"goal3-previous\""));
        assert!(html.contains("Der er ingen tal for den forrige periode (1. kvartal 2025)"), "{html}");
        let (_, html) = app.get_from(&client, "/ledelse/maal/3").await;
        assert!(html.contains("Perioden siden start har ingen forrige periode af samme længde"));
        let (_, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K3&lang=en").await;
        assert!(html.contains("This status against the last: Q3 2025 / Q2 2025"), "{html}");
    }
}
