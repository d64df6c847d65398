//! The course register over HTTP, on SQLite and PostgreSQL: meetings, the five-meeting limit,
//! the CPR guard on notes, the all-or-nothing import, and the activity figures.

use app::{
    domain::{
        course::{CourseOutcome, MeetingForm, NewCourse, Participant},
        sparring::AgeBand,
        table::{Cell, Value},
        Area, Role,
    },
    indicators::{
        courses as figures,
        disclosure::{self, protected, Disclosure, ANYWHERE},
        DEFAULT_THRESHOLD,
    },
    store::course_store::{self, Scope},
};
use chrono::NaiveDate;

use crate::common::TestApp;

async fn place(app: &TestApp, name: &str, area: Area) -> i64 {
    app::store::institution_store::create(app.db().pool(), name, area, "")
        .await
        .expect("institution")
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
}

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

const HEADER: &str = "course,institution,age_band,started_on,themes,parents_take_part,ended_on,outcome,meeting_on,meeting_form,participants\n";

async fn upload(app: &TestApp, client: &reqwest::Client, csv: String) -> (u16, String) {
    let form = reqwest::multipart::Form::new().part(
        "file",
        reqwest::multipart::Part::bytes(csv.into_bytes())
            .file_name("forloeb.csv")
            .mime_str("text/csv")
            .expect("mime"),
    );
    let response = client
        .post(app.url("/team/forloeb/import"))
        .header("origin", &app.address)
        .multipart(form)
        .send()
        .await
        .expect("upload");
    let status = response.status().as_u16();
    (status, response.text().await.expect("body"))
}

/// A team member's client and the address of a new course at Bakkeskolen (started 1 September
/// 2026, with the parents).
pub(crate) async fn school_course(app: &TestApp) -> (reqwest::Client, String) {
    let school = place(app, "Bakkeskolen", Area::Skole).await;
    let team = app.add_staff(Role::Team, false).await;
    let client = app.client_for(&team).await;
    let created = app
        .post_from(
            &client,
            "/team/forloeb/nyt",
            &[
                ("institution", &school.to_string()),
                ("age_band", "6-9"),
                ("started_on", "2026-09-01"),
                ("themes", "trivsel"),
                ("parents_take_part", "1"),
            ],
        )
        .await;
    let location = TestApp::location(&created);
    (client, location)
}

on_both_backends! {
    async fn a_course_gets_its_meetings_and_the_sixth_is_refused(app: TestApp) {
        let school = place(&app, "Bakkeskolen", Area::Skole).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let created = app.post_from(&client, "/team/forloeb/nyt", &[
            ("institution", &school.to_string()), ("age_band", "6-9"), ("started_on", "2026-09-01"),
            ("themes", "trivsel"), ("themes", "fravaer"), ("parents_take_part", "1"), ("note", ""),
        ]).await;
        assert_eq!(created.status().as_u16(), 303);
        let location = created.headers().get("location").and_then(|v| v.to_str().ok()).expect("location").to_owned();
        let (status, html) = app.get_from(&client, &location).await;
        assert_eq!(status, 200);
        assert!(html.contains("FI-2026-0001"), "the system numbers the course");
        assert!(html.contains("Forløb FI-2026-0001 er gemt."));
        for (n, form) in ["with_parents", "anonymous", "with_parents", "with_parents", "anonymous"].iter().enumerate() {
            let response = app.post_from(&client, &format!("{location}/moede"), &[
                ("held_on", &format!("2026-09-{:02}", 10 + n)), ("form", form), ("participants", "laerer"), ("participants", "psykolog"),
            ]).await;
            assert_eq!(response.status().as_u16(), 303, "meeting {}", n + 1);
        }
        let sixth = app.post_from(&client, &format!("{location}/moede"), &[
            ("held_on", "2026-09-20"), ("form", "with_parents"), ("participants", "laerer"),
        ]).await;
        assert_eq!(sixth.status().as_u16(), 422);
        assert!(sixth.text().await.expect("body").contains("Højst 5."));
        assert_eq!(count(&app, "meetings").await, 5);
        let missing = app.post_from(&client, &format!("{location}/moede"), &[("held_on", "2026-09-21")]).await;
        assert_eq!(missing.status().as_u16(), 422);

        let second = app.post_from(&client, "/team/forloeb/nyt", &[
            ("institution", &school.to_string()), ("age_band", "6-9"), ("started_on", "2026-10-01"),
            ("themes", "trivsel"), ("parents_take_part", "0"),
        ]).await;
        assert_eq!(second.status().as_u16(), 303);
        let (_, list) = app.get_from(&client, "/team/forloeb?q=0002").await;
        assert!(list.contains("FI-2026-0002") && !list.contains("FI-2026-0001"), "search by reference");
    }

    async fn a_course_sent_twice_is_created_once_and_a_refused_post_switches_language_on_its_page(app: TestApp) {
        let school = place(&app, "Bakkeskolen", Area::Skole).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let form = [
            ("institution", school.to_string()), ("age_band", "6-9".into()), ("started_on", "2026-09-01".into()),
            ("themes", "trivsel".into()), ("parents_take_part", "1".into()), ("post_id", "render-4-course".into()),
        ];
        let form: Vec<(&str, &str)> = form.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let first = TestApp::location(&app.post_from(&client, "/team/forloeb/nyt", &form).await);
        let again = TestApp::location(&app.post_from(&client, "/team/forloeb/nyt", &form).await);
        assert_eq!(again, first, "Back and send again leads to the course made the first time");
        assert_eq!(count(&app, "courses").await, 1, "one course, not two");

        // A refused post is shown at the post's address; its language switch sends the refused
        // form again, and the course's page comes back in English with what was typed.
        let refused = app.post_from(&client, &format!("{first}/moede"), &[("held_on", "2026-09-21"), ("post_id", "render5-meeting")]).await;
        assert_eq!(refused.status().as_u16(), 422);
        let html = refused.text().await.expect("body");
        assert!(html.contains(r#"form="form-meeting" name="switch_lang" value="en""#), "the switch sends the form");
        let switched = app.post_from(&client, &format!("{first}/moede"), &[
            ("held_on", "2026-09-21"), ("post_id", "render5-meeting"), ("switch_lang", "en"),
        ]).await;
        assert_eq!(switched.status().as_u16(), 200);
        let html = switched.text().await.expect("body");
        assert!(html.contains("Register meeting") && html.contains(r#"value="2026-09-21""#), "in English, with the day typed");
        assert_eq!(count(&app, "meetings").await, 0, "and nothing registered");
        assert_eq!(app.get_from(&client, &format!("{first}?lang=da")).await.0, 200, "back in Danish");
        // …and the post's address itself, asked for with GET, leads there too: never a 405.
        let response = client.get(app.url(&format!("{first}/moede?lang=en"))).send().await.expect("GET");
        assert_eq!(TestApp::location(&response), format!("{first}?lang=en"));
        let response = client.get(app.url(&format!("{first}/kort"))).send().await.expect("GET");
        assert_eq!(TestApp::location(&response), first);

        // A course's days lie between its start and today.
        let tomorrow = (chrono::Utc::now().date_naive() + chrono::Days::new(1)).to_string();
        for (field, day, message) in [
            ("held_on", "2026-08-31", "Datoen ligger før forløbets start."),
            ("held_on", tomorrow.as_str(), "Datoen ligger i fremtiden."),
        ] {
            let refused = app.post_from(&client, &format!("{first}/moede"), &[
                (field, day), ("form", "with_parents"), ("participants", "laerer"),
            ]).await;
            assert_eq!(refused.status().as_u16(), 422, "{day}");
            assert!(refused.text().await.expect("body").contains(message), "{day}");
        }
        let refused = app.post_from(&client, &format!("{first}/afslut"), &[("ended_on", "2026-08-01"), ("outcome", "resolved")]).await;
        assert_eq!(refused.status().as_u16(), 422, "an end before the start");
        assert_eq!(count(&app, "meetings").await, 0);
        let future = app.post_from(&client, "/team/forloeb/nyt", &[
            ("institution", &school.to_string()), ("age_band", "6-9"), ("started_on", &tomorrow),
            ("themes", "trivsel"), ("parents_take_part", "1"),
        ]).await;
        assert_eq!(future.status().as_u16(), 422, "a course cannot start tomorrow");
        assert_eq!(count(&app, "courses").await, 1);
    }

    async fn a_meeting_registered_by_mistake_is_deleted_and_a_closed_course_reopened_both_logged(app: TestApp) {
        let (client, course) = school_course(&app).await;
        for day in ["2026-09-08", "2026-09-15"] {
            let added = app.post_from(&client, &format!("{course}/moede"), &[("held_on", day), ("form", "anonymous"), ("participants", "laerer")]).await;
            assert_eq!(added.status().as_u16(), 303);
        }
        let wrong: i64 = sqlx::query_scalar("SELECT id FROM meetings WHERE held_on = '2026-09-15'").fetch_one(app.db().pool()).await.expect("meeting");
        let deleted = app.post_from(&client, &format!("{course}/slet-moede"), &[("meeting", &wrong.to_string())]).await;
        let (_, html) = app.follow(&client, deleted).await;
        assert!(html.contains("8. september 2026") && !html.contains("15. september 2026"), "one meeting left");
        assert_eq!(count(&app, "meetings").await, 1);
        let counted: i64 = sqlx::query_scalar("SELECT meeting_count FROM courses").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(counted, 1, "the course counts one meeting, so four more may come");
        assert_eq!(count(&app, "meeting_participants").await, 1);
        let again = app.post_from(&client, &format!("{course}/slet-moede"), &[("meeting", &wrong.to_string())]).await;
        assert_eq!(again.status().as_u16(), 422, "a meeting that is gone cannot go twice");

        let closed = app.post_from(&client, &format!("{course}/afslut"), &[("ended_on", "2026-10-01"), ("outcome", "resolved")]).await;
        assert_eq!(closed.status().as_u16(), 303);
        let refused = app.post_from(&client, &format!("{course}/slet-moede"), &[("meeting", "1")]).await;
        assert_eq!(refused.status().as_u16(), 422, "a closed course's meetings stay");
        let reopened = app.post_from(&client, &format!("{course}/genaabn"), &[]).await;
        let (_, html) = app.follow(&client, reopened).await;
        assert!(html.contains("Registrér møde") && html.contains("Afslut forløbet"), "open again");
        let state: (String, Option<String>, Option<String>) = sqlx::query_as("SELECT status, ended_on, outcome FROM courses")
            .fetch_one(app.db().pool()).await.expect("course");
        assert_eq!(state, ("open".to_owned(), None, None));
        let logged: Vec<String> = sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'course_updated' ORDER BY id")
            .fetch_all(app.db().pool()).await.expect("audit");
        assert!(logged.iter().any(|s| s.ends_with("meeting of 2026-09-15 deleted")), "{logged:?}");
        assert!(logged.iter().any(|s| s.ends_with("reopened")), "{logged:?}");
    }

    async fn a_meeting_registered_wrongly_is_corrected_in_place_checked_and_logged(app: TestApp) {
        let (client, course) = school_course(&app).await;
        let added = app.post_from(&client, &format!("{course}/moede"), &[
            ("held_on", "2026-09-08"), ("form", "anonymous"), ("participants", "laerer"),
        ]).await;
        assert_eq!(added.status().as_u16(), 303);
        let meeting: i64 = sqlx::query_scalar("SELECT id FROM meetings").fetch_one(app.db().pool()).await.expect("meeting");
        let page = format!("{course}/moede/{meeting}");

        let (_, html) = app.get_from(&client, &course).await;
        assert!(html.contains(&format!("href=\"{page}\"")), "the course page leads to the correction");
        let (status, html) = app.get_from(&client, &page).await;
        assert_eq!(status, 200);
        assert!(html.contains("Ret et møde") && html.contains(r#"value="2026-09-08""#), "the form holds what is stored");
        assert!(html.contains(r#"value="anonymous" checked"#) && html.contains(r#"value="laerer" checked"#));

        // Checked as a new meeting is: nothing changes on a refusal.
        let refused = app.post_from(&client, &page, &[("held_on", "2026-08-01"), ("form", "with_parents"), ("participants", "laerer")]).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.expect("body").contains("Datoen ligger før forløbets start."));
        let stored: (String, String) = sqlx::query_as("SELECT held_on, form FROM meetings").fetch_one(app.db().pool()).await.expect("meeting");
        assert_eq!(stored, ("2026-09-08".to_owned(), "anonymous".to_owned()));

        let corrected = app.post_from(&client, &page, &[
            ("held_on", "2026-09-09"), ("form", "with_parents"), ("participants", "laerer"), ("participants", "psykolog"),
        ]).await;
        let (_, html) = app.follow(&client, corrected).await;
        assert!(html.contains("9. september 2026") && !html.contains("8. september 2026"), "the course shows the corrected day");
        let stored: (String, String) = sqlx::query_as("SELECT held_on, form FROM meetings").fetch_one(app.db().pool()).await.expect("meeting");
        assert_eq!(stored, ("2026-09-09".to_owned(), "with_parents".to_owned()));
        assert_eq!(count(&app, "meetings").await, 1, "corrected, not added");
        assert_eq!(count(&app, "meeting_participants").await, 2);
        let counted: i64 = sqlx::query_scalar("SELECT meeting_count FROM courses").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(counted, 1);
        let logged: Vec<String> = sqlx::query_scalar("SELECT subject FROM audit_log WHERE action = 'course_updated' ORDER BY id")
            .fetch_all(app.db().pool()).await.expect("audit");
        assert!(logged.iter().any(|s| s.ends_with("meeting of 2026-09-08 corrected to 2026-09-09")), "{logged:?}");

        // A closed course's meetings stay as they are.
        let closed = app.post_from(&client, &format!("{course}/afslut"), &[("ended_on", "2026-10-01"), ("outcome", "resolved")]).await;
        assert_eq!(closed.status().as_u16(), 303);
        assert_eq!(app.get_from(&client, &page).await.0, 404);
        let late = app.post_from(&client, &page, &[("held_on", "2026-09-10"), ("form", "with_parents"), ("participants", "laerer")]).await;
        assert_eq!(late.status().as_u16(), 404);
        let stored: String = sqlx::query_scalar("SELECT held_on FROM meetings").fetch_one(app.db().pool()).await.expect("meeting");
        assert_eq!(stored, "2026-09-09");
    }

    async fn a_cpr_number_in_a_note_is_refused(app: TestApp) {
        let school = place(&app, "Bakkeskolen", Area::Skole).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let refused = app.post_from(&client, "/team/forloeb/nyt", &[
            ("institution", &school.to_string()), ("age_band", "6-9"), ("started_on", "2026-09-01"),
            ("themes", "trivsel"), ("parents_take_part", "1"), ("note", "Barnet 010203-1234 er flyttet"),
        ]).await;
        assert_eq!(refused.status().as_u16(), 422);
        let html = refused.text().await.expect("body");
        assert!(html.contains("ser ud til at indeholde et CPR-nummer"));
        assert!(html.contains(r##"href="#course-note""##));
        assert_eq!(count(&app, "courses").await, 0);
    }

    async fn closing_a_course_with_parents_offers_their_card_with_area_and_month_only(app: TestApp) {
        let (client, location) = school_course(&app).await;
        let closed = app.post_from(&client, &format!("{location}/afslut"), &[("ended_on", "2026-11-01"), ("outcome", "resolved")]).await;
        assert_eq!(closed.status().as_u16(), 303);
        let (_, html) = app.get_from(&client, &location).await;
        assert!(html.contains("Udsted kode og print kort"));
        let card = app.post_from(&client, &format!("{location}/kort"), &[]).await;
        let (status, html) = app.follow(&client, card).await;
        assert_eq!(status, 200);
        assert_eq!(html.matches(r#"<article class="card">"#).count(), 1);
        let codes: Vec<(String, String)> = sqlx::query_as("SELECT area, issued_month FROM evaluation_codes")
            .fetch_all(app.db().pool()).await.expect("codes");
        assert_eq!(codes.len(), 1);
        assert_eq!(codes[0].0, "skole");
        assert_eq!(codes[0].1.len(), 7, "a month, nothing finer");
        let again = app.post_from(&client, &format!("{location}/kort"), &[]).await;
        assert_eq!(again.status().as_u16(), 303, "one card per course");
        assert_eq!(count(&app, "evaluation_codes").await, 1);
    }

    async fn an_import_with_one_bad_line_stores_nothing_and_the_corrected_file_is_stored(app: TestApp) {
        place(&app, "Bakkeskolen", Area::Skole).await;
        place(&app, "Solsikken", Area::Dagtilbud).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let good = format!(
            "{HEADER}A,Bakkeskolen,6-9,2024-01-10,trivsel;fravaer,ja,2024-03-01,resolved,2024-01-15,with_parents,laerer;foraelder\n\
             A,Bakkeskolen,6-9,2024-01-10,trivsel;fravaer,ja,2024-03-01,resolved,2024-02-10,anonymous,laerer\n\
             B,Solsikken,3-5,2024-05-01,sprog,nej,,,2024-05-02,anonymous,paedagog;psykolog\n"
        );
        let bad = good.replace("B,Solsikken,3-5,2024-05-01", "B,Solsikken,3-5,2024-05-32");
        let (status, html) = upload(&app, &client, bad).await;
        assert_eq!(status, 422);
        assert!(html.contains("Filen er ikke importeret"));
        assert!(html.contains(">4<") && html.contains("started_on"), "line 4, column started_on");
        assert_eq!((count(&app, "courses").await, count(&app, "meetings").await), (0, 0), "nothing stored");
        let (status, html) = upload(&app, &client, good).await;
        assert_eq!(status, 200);
        assert!(html.contains("2 forløb og 3 møder er importeret."));
        assert_eq!((count(&app, "courses").await, count(&app, "meetings").await), (2, 3));
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'courses_imported'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 1);
        let (status, _) = upload(&app, &client, "not,a\nproper\"file".into()).await;
        assert_eq!(status, 422);
    }

    async fn the_activity_figures_from_a_known_set_of_courses_are_exact(app: TestApp) {
        let school = place(&app, "Bakkeskolen", Area::Skole).await;
        let daycare = place(&app, "Solsikken", Area::Dagtilbud).await;
        // 20 closed courses in 2025: meetings 1×2, 2×9, 3×8, 5×1; 14 resolved in FI, 4 to a
        // child-welfare case, 2 to PPR. Every fifth meeting anonymous. Plus 3 open ones.
        let mut tx = app.db().begin_write().await.expect("tx");
        let plan: Vec<(usize, CourseOutcome)> = std::iter::repeat_n(1, 2)
            .chain(std::iter::repeat_n(2, 9))
            .chain(std::iter::repeat_n(3, 8))
            .chain(std::iter::once(5))
            .zip(
                std::iter::repeat_n(CourseOutcome::ResolvedInFi, 14)
                    .chain(std::iter::repeat_n(CourseOutcome::ChildWelfareCase, 4))
                    .chain(std::iter::repeat_n(CourseOutcome::ReferredPpr, 2)),
            )
            .collect();
        let mut meeting_no = 0;
        for (n, (meetings, outcome)) in plan.iter().enumerate() {
            let course = NewCourse {
                institution_id: if n % 2 == 0 { school } else { daycare },
                age_band: AgeBand::Age6To9,
                started_on: day("2025-02-01"),
                themes: vec![],
                parents_take_part: true,
                note: None,
            };
            let (id, _) = course_store::create(&mut tx, &course).await.expect("course");
            for m in 0..*meetings {
                meeting_no += 1;
                let form = if meeting_no % 5 == 0 { MeetingForm::Anonymous } else { MeetingForm::WithParents };
                course_store::add_meeting(&mut tx, id, day(&format!("2025-03-{:02}", m + 1)), form, &[Participant::Laerer])
                    .await.expect("db").expect("room");
            }
            course_store::close(&mut tx, id, day("2025-06-30"), *outcome).await.expect("close");
        }
        for _ in 0..3 {
            let course = NewCourse { institution_id: school, age_band: AgeBand::Age3To5, started_on: day("2025-11-01"), themes: vec![], parents_take_part: false, note: None };
            course_store::create(&mut tx, &course).await.expect("open course");
        }
        tx.commit().await.expect("commit");

        let year = Scope { from: day("2025-01-01"), to: day("2025-12-31"), area: None };
        assert_eq!(course_store::children_reached(app.db().pool(), &year).await.expect("reached"), 23);
        let dist = course_store::meetings_per_course(app.db().pool(), &year).await.expect("dist");
        assert_eq!(dist, [0, 2, 9, 8, 0, 1]);
        let protected = |build: &dyn Fn(&Disclosure) -> Vec<Value>| protected(ANYWHERE, DEFAULT_THRESHOLD, &[], build).0;
        let (_, mean, n) = disclosure::protected(ANYWHERE, DEFAULT_THRESHOLD, &[], |d| figures::meetings_per_course(d, &dist)).0;
        assert_eq!(mean, None, "2 courses with one meeting are hidden, and the mean with them");
        assert_eq!(n, Value::Total(20));
        let forms = course_store::meetings_by_form(app.db().pool(), &year).await.expect("forms");
        assert_eq!(forms, [40, 9], "49 meetings, every fifth anonymous");
        assert_eq!(protected(&|d| d.row_with_total(figures::MEETING_FORMS, None, &forms))[1], Value::Count(Cell::Shown { count: 9, percent: 18 }));
        let outcomes = course_store::outcomes(app.db().pool(), &year).await.expect("outcomes");
        assert_eq!(outcomes, [14, 4, 2, 0]);
        assert_eq!(protected(&|d| d.row_with_total(figures::OUTCOMES, None, &outcomes))[0], Value::Count(Cell::Shown { count: 14, percent: 70 }));
        let school_only = Scope { area: Some(Area::Skole), ..year };
        assert_eq!(course_store::children_reached(app.db().pool(), &school_only).await.expect("reached"), 13);
        let school_outcomes = course_store::outcomes(app.db().pool(), &school_only).await.expect("outcomes");
        assert_eq!(school_outcomes.iter().sum::<u64>(), 10);
        let cells = protected(&|d| d.row_with_total(figures::OUTCOMES, None, &school_outcomes));
        assert!(cells.contains(&Value::Count(Cell::Suppressed)), "small groups by area are hidden: {cells:?}");
        let next_year = Scope { from: day("2026-01-01"), to: day("2026-12-31"), area: None };
        assert_eq!(course_store::children_reached(app.db().pool(), &next_year).await.expect("reached"), 0);
    }
}
