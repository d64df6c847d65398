//! Comparison with others over HTTP, on SQLite and PostgreSQL (issue 18, item 4): the lead
//! imports the published key figures of Rebild's report and VIVE's review, sees Rebild's
//! 7,908 kroner per 0–22-year-old beside 9,192 / 11,735 / 10,062 on goal 2's page and in its
//! CSV and XLSX downloads; bad files are refused line by line and store nothing.

use app::domain::Role;

use crate::{
    bad_input::announced,
    dashboard::{count, download, fixture, import_rebild, sheet, upload_with},
};

const IMPORT: &str = "/ledelse/import/sammenligning";

on_both_backends! {
    async fn rebilds_spending_per_0_22_year_old_stands_beside_its_comparison_groups(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        import_rebild(&app, &client).await;
        let (status, html) = upload_with(&app, &client, IMPORT, fixture("rebild_key_figures_2020.csv"), &[("year", "2020")]).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("20 tal for 1 år er importeret."), "{html}");
        assert_eq!(count(&app, "comparison_figures").await, 20);

        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        assert!(html.contains("Nøgletal sammenlignet med andre, 2020"), "the table's caption");
        for (group, figure) in [("Rebild Kommune", "7.908"), ("Sammenligningsgruppen", "9.192"), ("Region Nordjylland", "11.735"), ("Hele landet", "10.062")] {
            assert!(html.contains(&format!("<th scope=\"row\">{group}</th><td data-label=\"Nettoudgift, kr. pr. 0–22-årig\">{figure}</td>")), "{group} {figure}");
        }
        assert!(html.contains(">54,6<"), "a share keeps its decimal");
        assert!(html.contains("intet i dem skjules"), "the page says why nothing is hidden");

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal2-comparison-2020.standard.csv?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        for line in ["Rebild Kommune,7908,54.6,39.9,1.2,4.4", "Sammenligningsgruppen,9192,", "Region Nordjylland,11735,", "Hele landet,10062,56.2,"] {
            assert!(csv.contains(line), "{line} in {csv}");
        }
        let (_, _, danish) = download(&client, &app, "/ledelse/eksport/goal2-comparison-2020.csv?baseline=2015&year=2020").await;
        let danish = String::from_utf8(danish).expect("utf-8");
        assert!(danish.contains("Rebild Kommune;7908;54,6;39,9;1,2;4,4"), "{danish}");
        let (status, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal2-comparison-2020.xlsx?baseline=2015&year=2020").await;
        assert_eq!(status, 200);
        let rows = sheet(xlsx);
        let spending: Vec<(String, String)> = rows.iter().skip(3).map(|r| (r[0].clone(), r[1].clone())).collect();
        assert_eq!(spending, [
            ("Rebild Kommune".to_owned(), "7908".to_owned()),
            ("Sammenligningsgruppen".to_owned(), "9192".to_owned()),
            ("Region Nordjylland".to_owned(), "11735".to_owned()),
            ("Hele landet".to_owned(), "10062".to_owned()),
        ]);

        // A year the lead did not choose is not shown.
        let (_, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2019").await;
        assert!(!html.contains("goal2-comparison-2020"));

        let (status, html) = app.get_from(&client, "/ledelse/maal/2?baseline=2015&year=2020&lang=en").await;
        assert_eq!(status, 200);
        assert!(html.contains("<th scope=\"row\">Denmark</th>") && html.contains(">10,062<"), "in English");
    }

    async fn vives_figures_read_in_both_shapes_and_a_new_import_replaces_its_own(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        for name in ["vive_expenditure_per_0_22.csv", "vive_key_figures_per_1000_0_17.csv"] {
            let (status, html) = upload_with(&app, &client, IMPORT, fixture(name), &[]).await;
            assert_eq!(status, 200, "{name}: {html}");
        }
        assert_eq!(count(&app, "comparison_figures").await, 24);
        // The same file again replaces its figures rather than adding to them.
        let (status, _) = upload_with(&app, &client, IMPORT, fixture("vive_expenditure_per_0_22.csv"), &[]).await;
        assert_eq!(status, 200);
        assert_eq!(count(&app, "comparison_figures").await, 24);
        let (status, html) = app.get_from(&client, "/ledelse/maal/2").await;
        assert_eq!(status, 200);
        for year in [2016, 2017, 2018, 2019] {
            assert!(html.contains(&format!("id=\"goal2-comparison-{year}\"")), "{year} has its table");
        }
        assert!(html.contains("Rådgivningskommunerne (VIVE)") && html.contains(">8,4<"), "foster families per 1,000 in 2019");
    }

    async fn a_bad_comparison_file_is_refused_line_by_line_and_stores_nothing(app: TestApp) {
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let refused = [
            (fixture("rebild_key_figures_2020.csv"), "", "year", "mangler i første linje"),
            (b"group,year,spending\nnational,2020,-4\nregion,2020,mange\n".to_vec(), "", "spending", "ikke være negativt"),
            (b"group,year,spending\nnational,2020,4\nnational,2020,5\n".to_vec(), "", "group", "gentager en tidligere linje"),
            (b"indicator,group,march_2016,latest\nx,national,1,2\n".to_vec(), "", "latest", "slutte med et årstal"),
            (b"group\tyear\tspending\nnational\t2020\t4\n".to_vec(), "", "group", "mangler i første linje"),
            (fixture("rebild_key_figures_2020.csv"), "tyve", "year", "helt tal"),
        ];
        for (file, year, column, message) in refused {
            let (status, html) = upload_with(&app, &client, IMPORT, file, &[("year", year)]).await;
            assert_eq!(status, 422, "{column}: {html}");
            assert!(html.contains("Filen er ikke importeret"), "{column}");
            assert!(html.contains(&format!("<td data-label=\"Kolonne\">{column}</td>")), "{column} is named");
            assert!(html.contains(message), "{message} in {html}");
        }
        assert!(
            upload_with(&app, &client, IMPORT, b"group,year,spending\nnational,2020,-4\nregion,2020,mange\n".to_vec(), &[]).await.1
                .contains("<td data-label=\"Linje\">3</td>"),
            "the line is numbered"
        );
        // Garbage just under the upload limit is read and refused; 10 MB is refused unread.
        let garbage: Vec<u8> = (0..2_000_000u32).map(|i| (i % 251) as u8).collect();
        let (status, html) = upload_with(&app, &client, IMPORT, garbage, &[]).await;
        assert_eq!(status, 422, "{html}");
        assert!(html.contains("<td data-label=\"Linje\">1</td>"), "the header line is named");
        let (status, reason) = announced(&app, IMPORT, 10 * 1024 * 1024).await;
        assert_eq!((status, reason.as_str()), (413, "the request is too large"));
        assert_eq!(count(&app, "comparison_figures").await, 0);
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'figures_imported'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 0, "nothing imported, nothing recorded");
    }
}
