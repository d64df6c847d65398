//! The parents' comments as the FI team reads them: only sealed, by area and month, only where
//! enough parents answered (a small month waits for the next of its area), and deleted after
//! their retention while the answers stay.

use app::{
    domain::{Agreement, Answers, Area, Comment, Role, Satisfaction},
    store::{evaluation_store, retention, seal},
};
use chrono::{Duration, NaiveDate, Utc};

use crate::common::TestApp;

async fn answer(app: &TestApp, area: Area, day: &str, comment: Option<&str>) {
    let day = NaiveDate::parse_from_str(day, "%Y-%m-%d").expect("day");
    let code = app.issue_codes(area, day, 60, 1).await.remove(0);
    let answers = Answers {
        overall: Satisfaction::Satisfied,
        collaboration: Satisfaction::Satisfied,
        difference: Agreement::Agree,
        involved: Agreement::Agree,
        comment: comment.and_then(|c| Comment::parse(c).expect("comment")),
    };
    let answers = evaluation_store::Submission::Parent(answers);
    evaluation_store::submit(app.db(), &app.state.settings.secret, &code, &answers, day)
        .await
        .expect("db")
        .expect("stored");
}

on_both_backends! {
    async fn the_team_reads_sealed_comments_by_area_and_month_where_enough_parents_answered(app: TestApp) {
        for (area, day, comment) in [
            (Area::Skole, "2026-09-10", Some("Skolen lyttede til os.")),
            (Area::Skole, "2026-09-12", Some("Gode møder på skolen.")),
            (Area::Skole, "2026-09-20", None),
            (Area::Skole, "2026-10-02", Some("Vi savnede en fast kontaktperson.")),
            (Area::Skole, "2026-10-03", None),
            (Area::Skole, "2026-10-04", None),
            (Area::Skole, "2026-10-05", None),
            (Area::Dagpleje, "2026-10-06", Some("Dagplejeren var en stor hjælp.")),
            (Area::Dagpleje, "2026-10-07", None),
        ] {
            answer(&app, area, day, comment).await;
        }
        for n in 0..6 {
            let comment = (n == 0).then_some("Børnehaven tog os alvorligt.");
            answer(&app, Area::Dagtilbud, &format!("2026-10-1{n}"), comment).await;
        }
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let (status, html) = app.get_from(&client, "/team/kommentarer").await;
        assert_eq!(status, 200);
        assert!(html.contains("Der er endnu ingen kommentarer, der kan vises."), "nothing before the seal");
        assert!(!html.contains("Børnehaven tog os alvorligt."));

        seal::seal(app.db(), "2026-10", Utc::now().date_naive()).await.expect("sealed");
        let (_, html) = app.get_from(&client, "/team/kommentarer").await;
        // September at the school had three answers: its comments waited for October's four.
        assert!(html.contains("Skole · september 2026 – oktober 2026"), "{html}");
        assert!(html.contains("7 svar"));
        for shown in ["Skolen lyttede til os.", "Gode møder på skolen.", "Vi savnede en fast kontaktperson.", "Børnehaven tog os alvorligt."] {
            assert!(html.contains(shown), "{shown}");
        }
        assert!(html.contains("Dagtilbud · oktober 2026") && html.contains("6 svar"));
        assert!(!html.contains("Dagplejeren var en stor hjælp."), "two answers are too few: they wait");

        // A year after sealing the comments go; the answers stay.
        app.clock.advance(Duration::days(400));
        retention::run_once(&app.state).await.expect("upkeep");
        let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluations WHERE comment IS NOT NULL")
            .fetch_one(app.db().pool())
            .await
            .expect("count");
        assert_eq!(left, 0);
        let answers: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluations")
            .fetch_one(app.db().pool())
            .await
            .expect("count");
        assert_eq!(answers, 15);
        let client = app.client_for(&team).await;
        let (_, html) = app.get_from(&client, "/team/kommentarer").await;
        assert!(!html.contains("Børnehaven tog os alvorligt."));
    }
}
