//! Figures per 1,000 children over HTTP, on SQLite and PostgreSQL (issue 18, item 3): the lead
//! imports a synthetic FOLK1A export (`end2end/fixtures/README.md` says what it is) beside
//! Rebild's registry figures and reads notifications and measures per 1,000 0–17-year-olds and
//! expenditure per 0–22-year-old, to one decimal, on the page and in the downloads; a bad file
//! is refused line by line and stores nothing.

use app::domain::Role;

use crate::dashboard::{count, download, fixture, import_rebild, upload_with};

const IMPORT: &str = "/ledelse/import/befolkning";

on_both_backends! {
    async fn notifications_and_measures_per_1000_children_are_worked_out_to_one_decimal(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;
        let (status, html) = upload_with(&app, &client, IMPORT, fixture("population_folk1a_synthetic.csv"), &[]).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("62 linjer for 2 år er importeret."), "31 ages in each of two years");
        assert_eq!(count(&app, "population").await, 62);

        let (status, html) = app.get_from(&client, "/ledelse/maal/1?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        assert!(html.contains("Underretninger pr. 1.000 0–17-årige"), "the table");
        // 411 notifications in 2020 against 6,660 children: 61.7; 300 against 6,480 in 2015: 46.3.
        assert!(html.contains(">61,7<") && html.contains(">46,3<"), "{html}");
        assert!(html.contains(">6.660<"), "the children counted");
        assert!(html.contains("Et år uden importeret befolkning vises med –"), "the gaps are explained");

        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        // 412 measures in 2020: 61.9 per 1,000; 47.1 million kroner over 8,160 0–22-year-olds: 5,772.
        assert!(html.contains(">61,9<") && html.contains(">42,7<"), "measures per 1,000");
        assert!(html.contains(">5.772<") && html.contains(">4.712<"), "kroner per 0–22-year-old");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal1-per-1000.standard.csv?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.contains("2020,411,6660,61.7"), "{csv}");

        // Importing a year again replaces it.
        let (status, _) = upload_with(&app, &client, IMPORT, fixture("population_folk1a_synthetic.csv"), &[]).await;
        assert_eq!(status, 200);
        assert_eq!(count(&app, "population").await, 62);
    }

    async fn a_bad_population_file_is_refused_line_by_line_and_stores_nothing(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let bad = "OMRÅDE;ALDER;TID;INDHOLD\nRebild;0-4 år;2024K1;10\nRebild;5 år;i fjor;10\nRebild;6 år;2024K1;-3\nFaxe;7 år;2024K1;4\nRebild;8 år;2024K1;5\nRebild;8 år;2024K1;5\n";
        let (status, html) = upload_with(&app, &client, IMPORT, bad.as_bytes().to_vec(), &[]).await;
        assert_eq!(status, 422, "{html}");
        for (line, message) in [(2, "Skriv én alder"), (3, "Skriv et år, et kvartal eller en måned"), (4, "ikke være negativt"), (5, "et andet område"), (7, "gentager en tidligere linje")] {
            assert!(html.contains(&format!("<td data-label=\"Linje\">{line}</td>")), "line {line}");
            assert!(html.contains(message), "{message}");
        }
        let (status, _) = upload_with(&app, &client, IMPORT, b"year,age,count\n2020,3,10\n".to_vec(), &[]).await;
        assert_eq!(status, 422, "not a FOLK1A export");
        assert_eq!(count(&app, "population").await, 0);
    }
}
