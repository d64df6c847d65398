//! The municipality's own kinds of step over HTTP, on SQLite and PostgreSQL (issue 18, item 5):
//! Hjørring-like figures (six steps in three kinds) and Faxe-like figures (five steps in four
//! kinds, expenditure only, a year missing), both made from the seeds and described in
//! `end2end/fixtures/README.md`; the lead's choice of which kinds count as preventive; bad
//! files and a forged choice refused with nothing changed.

use app::domain::Role;

use crate::{
    common::TestApp,
    dashboard::{count, download, fixture, upload_with},
};

/// Imports the kinds, the steps and the figures of `files`, each answered 200.
async fn import(app: &TestApp, client: &reqwest::Client, files: [&str; 3]) {
    for (path, file) in [
        "/ledelse/import/arter",
        "/ledelse/import/trin",
        "/ledelse/import/trappe",
    ]
    .into_iter()
    .zip(files)
    {
        let (status, html) = upload_with(app, client, path, fixture(file), &[]).await;
        assert_eq!(status, 200, "{path}: {html}");
        assert!(html.contains("er importeret"), "{path}");
    }
}

on_both_backends! {
    async fn hjoerrings_six_steps_in_three_kinds_show_each_kind_and_a_preventive_share_of_two(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import(&app, &client, ["hjoerring_kinds.csv", "hjoerring_steps.csv", "hjoerring_staircase_synthetic.csv"]).await;
        assert_eq!(count(&app, "staircase_kinds").await, 5, "three of its own beside the two defaults");

        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2019&year=2021").await;
        assert_eq!(status, 200);
        assert!(html.contains("Foranstaltninger pr. art af trin"), "the kinds' table");
        assert!(html.contains("Tidlige og hjemmebaserede indsatser"), "a kind's own name");
        // 2019: 310 + 320 of 715 measures in the two preventive kinds; 19.1 of 67.6 million.
        assert!(html.contains(">88,1 %<") && html.contains(">28,3 %<"), "{html}");
        assert!(html.contains("Den forebyggende andel regnes af trinene af disse arter: Almen forebyggelse, Tidlige og hjemmebaserede indsatser."));
        assert!(html.contains("Foranstaltninger: Almen forebyggelse"), "a kind's growth");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal2-kind-measures.standard.csv?baseline=2019&year=2021").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("2019,310,320,85,715"), "{csv}");
        assert!(csv.contains("2021,420,400,85,905"), "{csv}");

        // The lead counts only general prevention as preventive: 310 of 715.
        let (status, html) = app.get_from(&client, "/ledelse/import").await;
        assert_eq!(status, 200);
        assert!(html.contains("Hvilke arter tæller som forebyggende?"));
        assert!(html.contains("Hjemmebaserede foranstaltninger (§ 52)"), "the steps of each kind");
        let response = app.post_from(&client, "/ledelse/import/forebyggende", &[("kinds", "almen"), ("kinds", "hjemmebaseret"), ("kinds", "anbringelse"), ("preventive", "almen")]).await;
        assert_eq!(TestApp::location(&response), "/ledelse/import#kinds");
        let (_, html) = app.follow(&client, response).await;
        assert!(html.contains("Det er gemt, hvilke arter af trin der tæller som forebyggende."), "the notice");
        let (_, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2019&year=2021").await;
        assert!(html.contains(">43,4 %<"), "310 of 715");
        assert!(html.contains("disse arter: Almen forebyggelse."));
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'setting_changed' AND subject = 'preventive kinds of step: almen'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 1);
    }

    async fn faxes_expenditure_only_with_a_missing_year_shows_kroner_and_names_each_gap(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import(&app, &client, ["faxe_kinds.csv", "faxe_steps.csv", "faxe_expenditure_2015_2018.csv"]).await;

        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2018").await;
        assert_eq!(status, 200);
        assert!(html.contains("Der er ingen tal for 2016."), "the missing year");
        assert!(html.contains("Antallet af foranstaltninger er ikke oplyst for 2015, 2017, 2018 – kun udgifterne."), "{html}");
        assert!(html.contains("Plejefamilier (5.22): udgiften er ikke oplyst for 2015."), "the step without a figure");
        assert!(html.contains("Et tal, der ikke er oplyst, står som –; det er ikke nul."));
        // 37.7 of 121.7 million kroner in 2018 went to preventive measures.
        assert!(html.contains(">30,9 %<") && html.contains(">34,4 %<"), "preventive shares of expenditure");
        assert!(html.contains("Udgifter pr. art af trin") && html.contains("Sikrede institutioner"), "the kinds' kroner");
        assert!(!html.contains("Foranstaltninger pr. art af trin"), "no measures, no table of them");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal2-expenditure.standard.csv?baseline=2015&year=2018").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("2015,30290614,8027038,,48494768,1327838,88140258,34.4"), "{csv}");
        assert!(csv.contains("2018,37658602,8525123,29576795,41679227,4271623,121711370,30.9"), "{csv}");
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal2-measures.standard.csv?baseline=2015&year=2018").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.lines().any(|l| l.trim_end() == "2018,,,,,,,"), "measures not given are empty, not nought: {csv}");
    }

    async fn an_unknown_kind_a_bad_kinds_file_and_a_forged_choice_change_nothing(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let steps = "step,rank,kind,label_da,label_en\nsel11,1,preventive,Rådgivning,Counselling\nsikret,2,sikret,Sikrede,Secure\n";
        let (status, html) = upload_with(&app, &client, "/ledelse/import/trin", steps.as_bytes().to_vec(), &[]).await;
        assert_eq!(status, 422, "{html}");
        assert!(html.contains("<td data-label=\"Linje\">3</td>") && html.contains("Arten af trin findes ikke"), "{html}");
        assert_eq!(count(&app, "staircase_steps").await, 0, "not even the good line");

        let kinds = "kind;rank;label_da;label_en;preventive\nalmen;1;Almen;General;måske\nalmen;2;Igen;Again;ja\n;3;;;nej\n";
        let (status, html) = upload_with(&app, &client, "/ledelse/import/arter", kinds.as_bytes().to_vec(), &[]).await;
        assert_eq!(status, 422, "{html}");
        for line in [2, 3, 4] {
            assert!(html.contains(&format!("<td data-label=\"Linje\">{line}</td>")), "line {line}");
        }
        assert_eq!(count(&app, "staircase_kinds").await, 2, "the two defaults only");

        for forged in [
            vec![("kinds", "preventive"), ("kinds", "almen"), ("preventive", "almen")],
            vec![("kinds", "preventive"), ("preventive", "placement")],
            vec![("preventive", "preventive")],
        ] {
            let response = app.post_from(&client, "/ledelse/import/forebyggende", &forged).await;
            assert_eq!(response.status().as_u16(), 400, "{forged:?}");
            assert!(response.text().await.expect("body").contains("kinds of step that exist"));
        }
        let preventive: i64 = sqlx::query_scalar("SELECT preventive FROM staircase_kinds WHERE kind = 'placement'")
            .fetch_one(app.db().pool()).await.expect("placement");
        assert_eq!(preventive, 0, "unchanged");
    }
}
