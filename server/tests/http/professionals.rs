//! The professionals' evaluation over HTTP, on SQLite and PostgreSQL: codes issued at a
//! course's close (never more than the professional roles registered), the professionals'
//! form, each form refusing the other group's code, one answer per code and per receipt, the
//! askers' rating of sparring, and goal 3 with both groups on the page, in CSV and in XLSX.

use app::{
    domain::{
        professional_evaluation::{SparringRating, WorkGroup},
        sparring::{
            AgeBand, Asker, AskerRole, NewRequest, Outcome, ParentsKnow, PreferredForm,
            SparringText, Theme, WorkContact, Workplace,
        },
        Agreement, Answers, Area, Respondent, Role, Satisfaction,
    },
    store::{
        evaluation_store::{self, Submission},
        seal, sparring_rating_store, sparring_store,
    },
};
use chrono::{NaiveDate, Utc};

use crate::{
    common::TestApp,
    courses::school_course,
    dashboard::{download, sheet},
    evaluation::form,
    sparring::{open, send, CONCERN},
};

const PRO_ANSWERS: [(&str, &str); 5] = [
    ("difference", "agree"),
    ("collaboration", "very_satisfied"),
    ("competence", "strongly_agree"),
    ("work_group", "school"),
    ("comment", "Godt samarbejde."),
];

/// A waiting professionals' answer: area, month, the four answers and the comment.
type ProfessionalRow = (
    String,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
);

/// Sends `n` copies of one form post from `client` at once; their statuses.
async fn at_once(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    fields: &[(&str, &str)],
    n: usize,
) -> Vec<u16> {
    let fields: Vec<(String, String)> = fields
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    let handles: Vec<_> = (0..n)
        .map(|_| {
            let (client, url, origin, fields) = (
                client.clone(),
                app.url(path),
                app.address.clone(),
                fields.clone(),
            );
            tokio::spawn(async move {
                client
                    .post(url)
                    .header("origin", origin)
                    .form(&fields)
                    .send()
                    .await
                    .expect("POST")
                    .status()
                    .as_u16()
            })
        })
        .collect();
    let mut statuses = Vec::new();
    for handle in handles {
        statuses.push(handle.await.expect("task"));
    }
    statuses
}

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

async fn professional_code(app: &TestApp) -> String {
    let today = Utc::now().date_naive();
    app.issue_codes_for(Respondent::Professional, Area::Skole, today, 60, 1)
        .await
        .remove(0)
        .grouped()
}

/// Codes whose hashes say they are the professionals'.
async fn professional_codes(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes WHERE respondent = 'professional'")
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

on_both_backends! {
    async fn a_closed_course_issues_one_professionals_code_per_role_on_its_meetings(app: TestApp) {
        let (client, course) = school_course(&app).await;
        for (day, people) in [("2026-09-08", ["laerer", "leder", "psykolog"]), ("2026-09-22", ["laerer", "sundhedsplejerske", "foraelder"])] {
            let mut meeting = vec![("held_on", day), ("form", "with_parents")];
            meeting.extend(people.iter().map(|p| ("participants", *p)));
            let added = app.post_from(&client, &format!("{course}/moede"), &meeting).await;
            assert_eq!(added.status().as_u16(), 303, "{day}");
        }
        // Open: nothing to issue yet.
        let early = app.post_from(&client, &format!("{course}/fagkort"), &[("count", "1")]).await;
        assert_eq!(early.status().as_u16(), 422);
        assert_eq!(professional_codes(&app).await, 0);

        let closed = app.post_from(&client, &format!("{course}/afslut"), &[("ended_on", "2026-10-01"), ("outcome", "resolved")]).await;
        assert_eq!(closed.status().as_u16(), 303);
        let (_, html) = app.get_from(&client, &course).await;
        // The teacher at two meetings, the manager and the health visitor: three roles; the
        // psychologist is the FI team's, the parent is no professional.
        assert!(html.contains("3 af 3 endnu"), "{html}");
        let too_many = app.post_from(&client, &format!("{course}/fagkort"), &[("count", "4")]).await;
        assert_eq!(too_many.status().as_u16(), 422);
        assert!(too_many.text().await.expect("body").contains("Højst 3."));
        assert_eq!(professional_codes(&app).await, 0, "a refused order stores nothing");

        let two = app.post_from(&client, &format!("{course}/fagkort"), &[("count", "2")]).await;
        let (status, sheet) = app.follow(&client, two).await;
        assert_eq!(status, 200);
        assert_eq!(sheet.matches(r#"<article class="card">"#).count(), 2);
        assert_eq!(sheet.matches("/evaluering/fagperson?kode=").count(), 4, "each code's link on its card and in the e-mail list");
        assert!(sheet.contains("Hvordan gik forløbet – set fra dig som fagperson?"));
        assert_eq!(professional_codes(&app).await, 2);
        let rows: Vec<(String, String)> = sqlx::query_as("SELECT area, issued_month FROM evaluation_codes")
            .fetch_all(app.db().pool()).await.expect("codes");
        assert!(rows.iter().all(|(area, month)| area == "skole" && month.len() == 7), "area and month, nothing more");

        let again = app.post_from(&client, &format!("{course}/fagkort"), &[("count", "2")]).await;
        assert_eq!(again.status().as_u16(), 422, "only one left");
        let last = app.post_from(&client, &format!("{course}/fagkort"), &[("count", "1")]).await;
        assert_eq!(last.status().as_u16(), 303);
        assert_eq!(professional_codes(&app).await, 3);
        let (_, html) = app.get_from(&client, &course).await;
        assert!(html.contains("Der er udstedt 3 koder til fagpersonerne"));
        assert!(!html.contains("Udsted koder til fagpersoner"), "nothing more to issue");
        let audit: Vec<String> = sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'codes_issued' ORDER BY id")
            .fetch_all(app.db().pool()).await.expect("audit");
        assert_eq!(audit, ["skole: 2 professional", "skole: 1 professional"], "never the course");
    }

    async fn simultaneous_orders_never_issue_more_codes_than_roles(app: TestApp) {
        let (client, course) = school_course(&app).await;
        let meeting = [("held_on", "2026-09-08"), ("form", "with_parents"), ("participants", "laerer"), ("participants", "paedagog")];
        assert_eq!(app.post_from(&client, &format!("{course}/moede"), &meeting).await.status().as_u16(), 303);
        app.post_from(&client, &format!("{course}/afslut"), &[("ended_on", "2026-10-01"), ("outcome", "resolved")]).await;
        let path = format!("{course}/fagkort");
        let statuses = at_once(&app, &client, &path, &[("count", "1")], 6).await;
        assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 2, "{statuses:?}");
        assert_eq!(professional_codes(&app).await, 2);
    }

    async fn a_professional_answers_with_the_code_and_the_answer_waits_apart(app: TestApp) {
        let code = professional_code(&app).await;
        let (status, html) = app.get_text(&format!("/evaluering/fagperson?kode={code}")).await;
        assert_eq!(status, 200);
        assert!(html.contains("Fagpersoners evaluering af forløbet"));
        assert!(html.contains("Jeg er blevet bedre til at opdage en bekymring tidligt og handle på den."));
        let response = app.post_form("/evaluering/fagperson", &form(&code, &PRO_ANSWERS)).await;
        let location = TestApp::location(&response);
        assert!(location.starts_with("/evaluering/kvittering?vis="), "{location}");
        let (_, html) = app.get_text(&location).await;
        assert!(html.contains("Tak for dine svar") && html.contains("andre fagpersoners"));

        let rows: Vec<ProfessionalRow> = sqlx::query_as(
            "SELECT area, month, difference, collaboration, competence, work_group, comment FROM professional_evaluations_pending",
        )
        .fetch_all(app.db().pool()).await.expect("rows");
        let month = Utc::now().format("%Y-%m").to_string();
        assert_eq!(rows, [("skole".into(), month.clone(), "agree".into(), "very_satisfied".into(), "strongly_agree".into(), "school".into(), Some("Godt samarbejde.".into()))]);
        assert_eq!(count(&app, "evaluations_pending").await, 0, "not among the parents' answers");
        let again = app.post_form("/evaluering/fagperson", &form(&code, &PRO_ANSWERS)).await;
        assert_eq!(again.status().as_u16(), 422);
        assert!(again.text().await.expect("body").contains("Koden er brugt"));

        let today = Utc::now().date_naive();
        let sealed = seal::seal(app.db(), &month, today).await.expect("sealed");
        assert_eq!(sealed.moved, 1);
        assert_eq!(count(&app, "professional_evaluations_pending").await, 0);
        assert_eq!(count(&app, "professional_evaluations").await, 1);
        let counted: i64 = sqlx::query_scalar("SELECT CAST(SUM(n) AS BIGINT) FROM professional_evaluation_counts WHERE question = 'work_group' AND answer = 'school'")
            .fetch_one(app.db().pool()).await.expect("counts");
        assert_eq!(counted, 1);
    }

    async fn each_form_refuses_the_other_groups_code_and_says_where_it_belongs(app: TestApp) {
        let professional = professional_code(&app).await;
        let parent = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0).grouped();
        let (_, html) = app.get_text(&format!("/evaluering?kode={professional}")).await;
        assert!(html.contains("Koden er til fagpersoners evaluering"), "{html}");

        let refused = app.post_form("/evaluering", &form(&professional, &crate::evaluation::ANSWERS)).await;
        assert_eq!(refused.status().as_u16(), 422);
        let body = refused.text().await.expect("body");
        assert!(body.contains("Koden er til fagpersoners evaluering"), "{body}");
        let refused = app.post_form("/evaluering/fagperson", &form(&parent, &PRO_ANSWERS)).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.expect("body").contains("Koden er til forældrenes evaluering"));
        assert_eq!(count(&app, "evaluations_pending").await + count(&app, "professional_evaluations_pending").await, 0);
        let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes WHERE used = 1").fetch_one(app.db().pool()).await.expect("used");
        assert_eq!(used, 0, "neither code is burned by the wrong form");
        // In English too (the language is kept from here on).
        let (_, html) = app.get_text(&format!("/evaluering/fagperson?kode={parent}&lang=en")).await;
        assert!(html.contains("This code is for the parents&#x27; evaluation") || html.contains("This code is for the parents' evaluation"), "{html}");
        // Each still opens its own form.
        let stored = app.post_form("/evaluering/fagperson", &form(&professional, &PRO_ANSWERS)).await;
        assert_eq!(stored.status().as_u16(), 303);
    }

    async fn a_professionals_form_with_problems_is_refused_field_by_field(app: TestApp) {
        let code = professional_code(&app).await;
        let answers = [("difference", "agree"), ("collaboration", "very_satisfied"), ("competence", "agree"), ("comment", "Barnet 010203-1234 har det bedre")];
        let refused = app.post_form("/evaluering/fagperson", &form(&code, &answers)).await;
        assert_eq!(refused.status().as_u16(), 422);
        let html = refused.text().await.expect("body");
        assert!(html.contains(r##"href="#professional-work_group""##), "the summary links to the group");
        assert!(html.contains("CPR-nummer"));
        assert!(html.contains("Barnet 010203-1234 har det bedre") || html.contains("value=\"agree\" checked"), "what was given comes back");
        assert_eq!(count(&app, "professional_evaluations_pending").await, 0);
        let used: i64 = sqlx::query_scalar("SELECT used FROM evaluation_codes").fetch_one(app.db().pool()).await.expect("used");
        assert_eq!(used, 0, "the code still works");
    }

    async fn the_same_professionals_code_sent_at_once_stores_one_answer(app: TestApp) {
        let code = professional_code(&app).await;
        let fields = form(&code, &PRO_ANSWERS);
        let statuses = at_once(&app, &app.client, "/evaluering/fagperson", &fields, 8).await;
        assert_eq!(statuses.iter().filter(|s| **s == 303).count(), 1, "{statuses:?}");
        assert_eq!(count(&app, "professional_evaluations_pending").await, 1);
    }

    async fn an_asker_rates_a_closed_request_once_with_the_receipt_and_the_rating_stays_apart(app: TestApp) {
        let receipt = send(&app, CONCERN).await;
        let rating = [("receipt", receipt.as_str()), ("helped", "agree"), ("next_step", "strongly_agree"), ("ask_again", "agree")];
        let early = app.post_form("/sparring/vurdering", &rating).await;
        assert_eq!(early.status().as_u16(), 422, "an open request is not rated");
        assert_eq!(count(&app, "sparring_ratings_pending").await, 0);
        let (_, html) = open(&app, &receipt).await;
        assert!(!html.contains("Hvordan var sparringen?"));

        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM sparring_requests").fetch_one(app.db().pool()).await.expect("id");
        app.post_from(&client, &format!("/team/sparring/{id}/luk"), &[("outcome", "advice")]).await;
        let (_, html) = open(&app, &receipt).await;
        assert!(html.contains("Hvordan var sparringen?") && html.contains("Jeg ved, hvad jeg skal gøre nu."));

        let missing = app.post_form("/sparring/vurdering", &rating[..2]).await;
        assert_eq!(missing.status().as_u16(), 422);
        assert!(missing.text().await.expect("body").contains(r##"href="#rating-next_step""##));
        let rated = app.post_form("/sparring/vurdering", &rating).await;
        let (status, html) = app.follow(&app.client, rated).await;
        assert_eq!(status, 200);
        assert!(html.contains("Tak for din vurdering af sparringen"));
        assert!(!html.contains("Send vurdering"), "the form is gone once rated");
        let rows: Vec<(String, String, String, String)> = sqlx::query_as("SELECT month, helped, next_step, ask_again FROM sparring_ratings_pending")
            .fetch_all(app.db().pool()).await.expect("rows");
        let month = Utc::now().format("%Y-%m").to_string();
        assert_eq!(rows, [(month, "agree".into(), "strongly_agree".into(), "agree".into())]);
        let again = app.post_form("/sparring/vurdering", &rating).await;
        assert_eq!(again.status().as_u16(), 303);
        assert_eq!(count(&app, "sparring_ratings_pending").await, 1, "once per receipt");

        // Nothing leads from the request to its rating: the mark is not the request's hash.
        let hash: String = sqlx::query_scalar("SELECT receipt_hash FROM sparring_requests").fetch_one(app.db().pool()).await.expect("hash");
        let mark: String = sqlx::query_scalar("SELECT mark FROM sparring_rated").fetch_one(app.db().pool()).await.expect("mark");
        assert_ne!(mark, hash);
        assert!(!mark.contains(&receipt.replace(' ', "")));
    }

    async fn simultaneous_ratings_with_one_receipt_store_one(app: TestApp) {
        let receipt = send(&app, CONCERN).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM sparring_requests").fetch_one(app.db().pool()).await.expect("id");
        app.post_from(&client, &format!("/team/sparring/{id}/luk"), &[("outcome", "advice")]).await;
        let rating = [("receipt", receipt.as_str()), ("helped", "agree"), ("next_step", "agree"), ("ask_again", "agree")];
        let statuses = at_once(&app, &app.client, "/sparring/vurdering", &rating, 6).await;
        assert!(statuses.iter().all(|s| *s == 303), "each is told the request is rated: {statuses:?}");
        assert_eq!(count(&app, "sparring_ratings_pending").await, 1);
        assert_eq!(count(&app, "sparring_rated").await, 1);
    }

    async fn goal_3_shows_both_groups_their_response_rates_and_the_ratings_on_the_page_in_csv_and_xlsx(app: TestApp) {
        golden_fixture(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2").await;
        assert_eq!(status, 200);
        assert!(html.contains("Positiv forskel for barnet – forældre og fagpersoner"), "{html}");
        // Parents 12 strongly agree, 8 agree of 20; professionals 5 and 10 of 15.
        assert!(html.contains("12 (60 %)") && html.contains("8 (40 %)"), "parents");
        assert!(html.contains("5 (33 %)") && html.contains("10 (67 %)"), "professionals");
        assert!(html.contains("forældre 100,0 %, fagpersoner 100,0 %") || html.contains("forældre 100 %, fagpersoner 100 %"), "the sentence");
        // 20 answers of 25 parents' codes, 15 of 20 professionals'.
        assert!(html.contains("80,0 %") && html.contains("75,0 %"), "response rates");
        assert!(html.contains("Anonym sparring: spørgernes vurdering"));
        assert!(html.contains("Anonym sparring: henvendelser efter spørgerens rolle"));

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-difference-both.csv?period=2025-K2").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.lines().any(|l| l == "Forældre;12;8;0;0;0;0;20"), "{csv}");
        assert!(csv.lines().any(|l| l == "Fagpersoner;5;10;0;0;0;0;15"), "{csv}");
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-response.csv?period=2025-K2").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.lines().any(|l| l == "Forældre;25;20;80") || csv.lines().any(|l| l == "Forældre;25;20;80,0"), "{csv}");
        assert!(csv.lines().any(|l| l.starts_with("Fagpersoner;20;15;75")), "{csv}");
        let (status, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal3-difference-both.xlsx?period=2025-K2").await;
        assert_eq!(status, 200);
        let rows = sheet(xlsx);
        let pro = rows.iter().find(|r| r.first().is_some_and(|c| c == "Fagpersoner")).expect("professionals' row");
        assert_eq!(pro, &["Fagpersoner", "5", "10", "0", "0", "0", "0", "15"]);
        let (_, _, xlsx) = download(&client, &app, "/ledelse/eksport/goal3-sparring-ratings.xlsx?period=2025-K2").await;
        let rows = sheet(xlsx);
        let helped = rows.iter().find(|r| r.first().is_some_and(|c| c.starts_with("Jeg fik den hjælp"))).expect("helped");
        assert_eq!(helped[1..], ["5", "5", "0", "0", "0", "0", "10"]);

        // The status report covers both groups too.
        let (_, html) = app.get_from(&client, "/ledelse/rapport?year=2025").await;
        assert!(html.contains("Fagpersonernes udsagn") && html.contains("Svarprocent"), "the report");
        assert!(html.contains("5 (33 %)") && html.contains("10 (67 %)"), "the report's professionals");
    }

    async fn an_area_page_hides_the_ratings_that_keep_no_area_and_says_so(app: TestApp) {
        golden_fixture(&app).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025-K2&area=skole").await;
        assert_eq!(status, 200);
        assert!(html.contains("vises kun for alle områder samlet"), "{html}");
        assert!(!html.contains("Anonym sparring: spørgernes vurdering"));
        // 8 of the 15 professionals were in school: 8 is shown, the others' split is not.
        assert!(html.contains("Fagpersoner"));
    }
}

/// 2025's second quarter: 20 parents (12 strongly agree, 8 agree that the course made a
/// difference; all very satisfied) of 25 codes, 15 professionals (5 strongly agree, 10 agree;
/// 10 very satisfied and 5 satisfied with the collaboration; 10 in school, 5 in daycare) of
/// 20 codes, and 10 closed sparring requests rated 5 strongly agree and 5 agree that they
/// got the help they needed.
async fn golden_fixture(app: &TestApp) {
    let day = NaiveDate::from_ymd_opt(2025, 5, 12).expect("day");
    let key = &app.state.settings.secret;
    let parents = app.issue_codes(Area::Dagtilbud, day, 60, 25).await;
    for (n, code) in parents.iter().take(20).enumerate() {
        let answers = Submission::Parent(Answers {
            overall: Satisfaction::VerySatisfied,
            collaboration: Satisfaction::VerySatisfied,
            difference: if n < 12 {
                Agreement::StronglyAgree
            } else {
                Agreement::Agree
            },
            involved: Agreement::Agree,
            comment: None,
        });
        evaluation_store::submit(app.db(), key, code, &answers, day)
            .await
            .expect("db")
            .expect("stored");
    }
    let mut codes = app
        .issue_codes_for(Respondent::Professional, Area::Skole, day, 60, 8)
        .await;
    codes.extend(
        app.issue_codes_for(Respondent::Professional, Area::Dagtilbud, day, 60, 12)
            .await,
    );
    for (n, code) in codes.iter().take(15).enumerate() {
        let answers =
            Submission::Professional(app::domain::professional_evaluation::ProfessionalAnswers {
                difference: if n < 5 {
                    Agreement::StronglyAgree
                } else {
                    Agreement::Agree
                },
                collaboration: if n < 10 {
                    Satisfaction::VerySatisfied
                } else {
                    Satisfaction::Satisfied
                },
                competence: Agreement::Agree,
                work_group: if n < 10 {
                    WorkGroup::School
                } else {
                    WorkGroup::Daycare
                },
                comment: None,
            });
        evaluation_store::submit(app.db(), key, code, &answers, day)
            .await
            .expect("db")
            .expect("stored");
    }
    let concern = SparringText::parse(CONCERN, SparringText::MIN_CONCERN).expect("concern");
    for n in 0..10 {
        let request = NewRequest {
            asker: Asker::Professional(if n < 6 {
                AskerRole::Paedagog
            } else {
                AskerRole::Laerer
            }),
            workplace: Some(Workplace::Other("Privat børnehave".into())),
            age_band: AgeBand::Age3To5,
            themes: vec![Theme::Trivsel],
            concern: concern.clone(),
            parents_know: Some(ParentsKnow::NotYetTold),
            preferred_form: Some(PreferredForm::Phone),
            contact: WorkContact::default(),
        };
        let (id, receipt) = sparring_store::create(app.db(), key, &request, day)
            .await
            .expect("request");
        let mut tx = app.db().begin_write().await.expect("tx");
        sparring_store::close(&mut tx, id, Outcome::AdviceGiven, day)
            .await
            .expect("closed");
        tx.commit().await.expect("commit");
        let rating = SparringRating {
            helped: if n < 5 {
                Agreement::StronglyAgree
            } else {
                Agreement::Agree
            },
            next_step: Agreement::Agree,
            ask_again: Agreement::StronglyAgree,
        };
        sparring_rating_store::rate(app.db(), key, &receipt, &rating, day)
            .await
            .expect("db")
            .expect("rated");
    }
    let today = Utc::now().date_naive();
    seal::seal(app.db(), &seal::last_ended_month(today), today)
        .await
        .expect("sealed");
}
