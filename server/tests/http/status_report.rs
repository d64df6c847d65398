//! The status report over HTTP, on SQLite and PostgreSQL (issue 18, item 7): with Rebild's
//! registry figures, its key figures beside others', a population and a target, the report
//! of 2020 carries the target, this status against the last, the figures per 1,000 and the
//! comparison – on the page for A4 and in one workbook, a sheet per table.

use std::io::Cursor;

use app::domain::Role;
use calamine::{Data, Reader as _, Xlsx};

use crate::dashboard::{count, download, fixture, import_rebild, upload_with};

/// Every sheet of a workbook by name, its cells as text row by row.
fn sheets(bytes: Vec<u8>) -> Vec<(String, Vec<Vec<String>>)> {
    let mut workbook = Xlsx::new(Cursor::new(bytes)).expect("xlsx");
    workbook
        .sheet_names()
        .into_iter()
        .map(|name| {
            let range = workbook.worksheet_range(&name).expect("sheet");
            let rows = range
                .rows()
                .map(|row| {
                    row.iter()
                        .map(|cell| match cell {
                            Data::Float(f) => format!("{f}"),
                            Data::String(s) => s.clone(),
                            Data::Empty => String::new(),
                            other => other.to_string(),
                        })
                        .collect()
                })
                .collect();
            (name, rows)
        })
        .collect()
}

fn has_row(sheet: &[Vec<String>], cells: &[&str]) -> bool {
    sheet
        .iter()
        .any(|r| r.len() >= cells.len() && r[..cells.len()] == *cells)
}

on_both_backends! {
    async fn the_report_of_2020_prints_and_downloads_whole_with_target_last_status_per_1000_and_others(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;
        let (status, _) = upload_with(&app, &client, "/ledelse/import/sammenligning", fixture("rebild_key_figures_2020.csv"), &[("year", "2020")]).await;
        assert_eq!(status, 200);
        let (status, _) = upload_with(&app, &client, "/ledelse/import/befolkning", fixture("population_folk1a_synthetic.csv"), &[]).await;
        assert_eq!(status, 200);
        let target = [("goal", "2"), ("figure", "preventive_measures"), ("percent", "90"), ("direction", "at_least"), ("year", "2020")];
        let response = app.post_from(&client, "/ledelse/maalsaetning", &target).await;
        assert_eq!(response.status().as_u16(), 303);

        let (status, html) = app.get_from(&client, "/ledelse/rapport?year=2020").await;
        assert_eq!(status, 200);
        for (what, text) in [
            ("the target", "I 2020 var den 86,2 % – ikke nået."),
            ("this status against the last", "Denne status mod den forrige: 2020 / 2019"),
            ("per 1,000", "Foranstaltninger pr. 1.000 0–17-årige pr. trin"),
            ("others", "Nøgletal sammenlignet med andre, 2020"),
            ("the workbook's link", "/ledelse/eksport/report.xlsx?year=2020"),
        ] {
            assert!(html.contains(text), "{what}: {text}");
        }

        let (status, kind, xlsx) = download(&client, &app, "/ledelse/eksport/report.xlsx?year=2020").await;
        assert_eq!(status, 200);
        assert_eq!(kind.as_deref(), Some("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
        let book = sheets(xlsx);
        let names: Vec<&str> = book.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names[0], "Statusrapport", "{names:?}");
        for table in ["goal2-measures", "goal2-previous", "goal2-per-1000", "goal2-comparison-2020", "goal2-target-preventive_measu"] {
            assert!(names.iter().any(|n| n.starts_with(table)), "{table} in {names:?}");
        }
        let sheet = |name: &str| &book.iter().find(|(n, _)| n.starts_with(name)).expect(name).1;
        let front = sheet("Statusrapport");
        assert!(has_row(front, &["Status på Fælles Indsats 2020"]));
        assert!(front.iter().any(|r| r[0].contains("I 2020 var den 86,2 % – ikke nået.")), "the target's sentence: {front:?}");
        assert!(front.iter().any(|r| r[0].starts_with("Nøgletal sammenlignet med andre, 2020 → goal2-comparison-2020")), "the contents");
        let others = sheet("goal2-comparison-2020");
        for (group, figure) in [("Rebild Kommune", "7908"), ("Sammenligningsgruppen", "9192"), ("Region Nordjylland", "11735"), ("Hele landet", "10062")] {
            assert!(has_row(others, &[group, figure]), "{group} {figure}: {others:?}");
        }
        assert!(has_row(sheet("goal2-previous"), &["Foranstaltninger i alt", "393", "412", "5"]));
        assert!(has_row(sheet("goal2-per-0-22"), &["2020"]), "kroner per 0–22-year-old");
        assert!(sheet("goal2-target-preventive_measu").iter().any(|r| r.last().is_some_and(|c| c == "ikke nået")));

        // In English, and each download in the log.
        let (status, _, xlsx) = download(&client, &app, "/ledelse/eksport/report.xlsx?year=2020&lang=en").await;
        assert_eq!(status, 200);
        let english = sheets(xlsx);
        assert_eq!(english[0].0, "Status report");
        assert!(has_row(&english[0].1, &["Status of Joint Effort 2020"]));
        let exported: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'exported' AND subject = 'report.xlsx year=2020'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(exported, 2);
        assert_eq!(count(&app, "targets").await, 1);
    }
}
