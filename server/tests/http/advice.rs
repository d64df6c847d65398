//! Citizens' anonymous advice over HTTP, on SQLite and PostgreSQL (issue 19, item 1): a parent
//! asks in Arabic with no name and no contact, reads the team's reply with the receipt, rates
//! it once closed; the team's inbox lists citizens apart; the professionals' figures leave the
//! citizens out; the CPR guard and the throttle hold as for sparring, and the database itself
//! refuses a citizen's row that names a workplace or a contact.

use app::{
    domain::{
        advice::CitizenRole,
        sparring::{AgeBand, Asker, AskerKind, NewRequest, Outcome, SparringText, Theme},
        Lang, Role,
    },
    i18n::catalogue::text,
    store::sparring_store::{self, Dimension, Within},
};

use crate::{
    common::TestApp,
    dashboard::download,
    sparring::{send, CONCERN},
};

/// Kind, role, institution, area, "do the parents know", contact phone and district.
type StoredAsker = (
    String,
    String,
    Option<i64>,
    Option<String>,
    Option<String>,
    Option<String>,
    String,
);

const QUESTION: &str = "Min datter på fire år får store raserianfald hver morgen før børnehaven.";

fn question_form(concern: &str) -> Vec<(&str, &str)> {
    vec![
        ("role", "parent"),
        ("age_band", "3-5"),
        ("themes", "adfaerd"),
        ("themes", "trivsel"),
        ("concern", concern),
    ]
}

/// Sends a question (in the client's language) and returns the receipt shown.
async fn ask(app: &TestApp, client: &reqwest::Client, concern: &str) -> (String, String) {
    let response = app
        .post_from(client, "/raad", &question_form(concern))
        .await;
    let location = TestApp::location(&response);
    assert!(location.starts_with("/raad/sendt?vis="), "{location}");
    let (status, html) = app.get_from(client, &location).await;
    assert_eq!(status, 200);
    let receipt = html
        .split(r#"class="receipt-code">"#)
        .nth(1)
        .and_then(|rest| rest.split('<').next())
        .expect("the receipt is shown")
        .to_owned();
    (receipt, html)
}

/// Opens a question with its receipt at `page` as a browser does.
async fn open_at(
    app: &TestApp,
    client: &reqwest::Client,
    page: &str,
    receipt: &str,
) -> (u16, String, String) {
    let response = app.post_from(client, page, &[("receipt", receipt)]).await;
    if response.status().as_u16() != 303 {
        let status = response.status().as_u16();
        return (status, String::new(), response.text().await.expect("body"));
    }
    let location = TestApp::location(&response);
    let (status, html) = app.get_from(client, &location).await;
    (status, location, html)
}

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

on_both_backends! {
    async fn a_parent_asks_in_arabic_reads_the_reply_with_the_receipt_and_rates_it(app: TestApp) {
        let parent = app.new_client();
        let (status, form) = app.get_from(&parent, "/raad?lang=ar").await;
        assert_eq!(status, 200);
        assert!(form.contains("<html lang=\"ar\" dir=\"rtl\">"), "the form is offered in the parents' languages");
        assert!(form.contains(&text(Lang::Ar, "advice-title", &[])));
        assert!(form.contains(&text(Lang::Ar, "advice_role-parent", &[])));
        assert!(!form.contains("name=\"institution\"") && !form.contains("contact_phone"), "no workplace, no contact");

        let (receipt, sent) = ask(&app, &parent, QUESTION).await;
        assert!(sent.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(sent.contains(&text(Lang::Ar, "advice-sent_title", &[])));
        let row: StoredAsker = sqlx::query_as(
            "SELECT asker_kind, asker_role, institution_id, area, parents_know, contact_phone, district FROM sparring_requests",
        )
        .fetch_one(app.db().pool())
        .await
        .expect("the question");
        assert_eq!(row, ("citizen".into(), "parent".into(), None, None, None, None, String::new()));

        // The team sees it apart from the professionals' requests.
        send(&app, CONCERN).await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM sparring_requests WHERE asker_kind = 'citizen'")
            .fetch_one(app.db().pool()).await.expect("id");
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let (status, inbox) = app.get_from(&client, "/team/sparring").await;
        assert_eq!(status, 200);
        let citizens = inbox.find("<h2>Borgere – anonym rådgivning</h2>").expect("a section for citizens");
        let professionals = inbox.find("<h2>Fagpersoner – anonym sparring</h2>").expect("a section for professionals");
        let question_row = inbox.find(&format!(">#{id}<")).expect("the question is listed");
        assert!(citizens < question_row && question_row < professionals, "listed under the citizens");
        let (_, only_citizens) = app.get_from(&client, "/team/sparring?spoerger=citizen").await;
        assert!(only_citizens.contains(&format!(">#{id}<")) && !only_citizens.contains("Pædagog"));
        let (_, only_professionals) = app.get_from(&client, "/team/sparring?spoerger=professional").await;
        assert!(!only_professionals.contains(&format!(">#{id}<")) && only_professionals.contains("Pædagog"));
        let (status, page) = app.get_from(&client, &format!("/team/sparring/{id}")).await;
        assert_eq!(status, 200);
        assert!(page.contains(QUESTION) && page.contains("Forælder"));
        assert!(!page.contains("Kender forældrene til bekymringen?"), "a professional's question is not asked of a parent");

        let written = app.post_from(&client, &format!("/team/sparring/{id}/besked"), &[("body", "Prøv en fast og kort afskedsrutine.")]).await;
        assert_eq!(written.status().as_u16(), 303);

        // Opened in Arabic with the receipt: the reply, the status in Arabic.
        let (status, location, html) = open_at(&app, &parent, "/raad/kvittering", &receipt).await;
        assert_eq!(status, 200);
        assert!(location.starts_with("/raad/kvittering?vis="), "{location}");
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(html.contains("Prøv en fast og kort afskedsrutine."));
        assert!(html.contains(&text(Lang::Ar, "advice_sparring_status-answered", &[])));
        assert!(html.contains("action=\"/raad/svar\""), "the reply goes to the citizens' desk");
        let reply = app.post_from(&parent, "/raad/svar", &[("receipt", &receipt), ("message", "شكرا، سنجرب ذلك.")]).await;
        let (status, html) = app.follow(&parent, reply).await;
        assert_eq!(status, 200);
        assert!(html.contains(&text(Lang::Ar, "advice-reply_sent", &[])));

        // A receipt typed into the professionals' page opens on the citizens' page.
        let (status, location, _) = open_at(&app, &app.new_client(), "/sparring/kvittering", &receipt).await;
        assert_eq!((status, location.starts_with("/raad/kvittering?vis=")), (200, true), "{location}");

        // Closed, the parent rates once; the rating is the citizens' questionnaire's.
        let rating = [("receipt", receipt.as_str()), ("helped", "agree"), ("next_step", "strongly_agree"), ("ask_again", "agree")];
        assert_eq!(app.post_from(&parent, "/raad/vurdering", &rating).await.status().as_u16(), 422, "not before it is closed");
        assert_eq!(app.post_from(&client, &format!("/team/sparring/{id}/luk"), &[("outcome", "advice")]).await.status().as_u16(), 303);
        let (_, _, html) = open_at(&app, &parent, "/raad/kvittering", &receipt).await;
        assert!(html.contains(&text(Lang::Ar, "advice_rating-title", &[])));
        assert!(html.contains("action=\"/raad/vurdering\""));
        let rated = app.post_from(&parent, "/raad/vurdering", &rating).await;
        let (status, html) = app.follow(&parent, rated).await;
        assert_eq!(status, 200);
        assert!(html.contains(&text(Lang::Ar, "advice_rating-thanks", &[])));
        assert_eq!(count(&app, "advice_ratings_pending").await, 1);
        assert_eq!(count(&app, "sparring_ratings_pending").await, 0, "the professionals' ratings are not touched");
        assert_eq!(app.post_from(&parent, "/raad/vurdering", &rating).await.status().as_u16(), 303);
        assert_eq!(count(&app, "advice_ratings_pending").await, 1, "once per receipt");

        // The professionals' figures leave the citizens out; the citizens' count them.
        for (kind, expected) in [(AskerKind::Professional, 1u64), (AskerKind::Citizen, 1)] {
            let roles = sparring_store::counts(app.db().pool(), Dimension::Role, &Within::all(kind)).await.expect("counts");
            assert_eq!(roles.iter().map(|(_, n)| n).sum::<u64>(), expected, "{kind:?}");
        }
        let outcomes = sparring_store::counts(app.db().pool(), Dimension::Outcome, &Within::all(AskerKind::Citizen)).await.expect("counts");
        assert_eq!(outcomes, [("advice".to_owned(), 1)]);
    }

    async fn a_citizens_question_with_a_cpr_number_or_a_professionals_role_changes_nothing(app: TestApp) {
        let cpr = app.post_form("/raad", &question_form("Min søn 010203-1234 vil ikke i skole om morgenen.")).await;
        assert_eq!(cpr.status().as_u16(), 422);
        let html = cpr.text().await.expect("body");
        assert!(html.contains("CPR-nummer"));
        assert!(html.contains(r##"href="#advice-concern""##), "the summary points to the field");
        let mut teacher = question_form(QUESTION);
        teacher[0] = ("role", "laerer");
        let refused = app.post_form("/raad", &teacher).await;
        assert_eq!(refused.status().as_u16(), 422);
        assert!(refused.text().await.expect("body").contains(QUESTION), "what was typed is kept");
        let phone = app.post_form("/raad", &question_form("Ring til mig på 12 34 56 78, jeg er bekymret for min søn.")).await;
        assert_eq!(phone.status().as_u16(), 422, "a phone number in the text is sent only once confirmed");
        assert_eq!(count(&app, "sparring_requests").await, 0);
        assert_eq!(count(&app, "sparring_themes").await, 0);

        // Fields of the professionals' form are not read from a citizen.
        let mut extra = question_form(QUESTION);
        extra.extend([("contact_phone", "12 34 56 78"), ("contact_name", "Mor"), ("parents_know", "other")]);
        assert_eq!(app.post_form("/raad", &extra).await.status().as_u16(), 303);
        let kept: (Option<String>, Option<String>, Option<String>) =
            sqlx::query_as("SELECT contact_phone, contact_name, parents_know FROM sparring_requests")
                .fetch_one(app.db().pool()).await.expect("row");
        assert_eq!(kept, (None, None, None));

        // The database itself refuses a citizen's row with a contact or a professional's role.
        let contact = sqlx::query(
            "UPDATE sparring_requests SET contact_phone = '12345678' WHERE asker_kind = 'citizen'",
        )
        .execute(app.db().pool())
        .await;
        assert!(contact.is_err(), "a citizen's row holds no contact");
        let role = sqlx::query("UPDATE sparring_requests SET asker_role = 'laerer' WHERE asker_kind = 'citizen'")
            .execute(app.db().pool())
            .await;
        assert!(role.is_err(), "a citizen has a citizen's role");
    }

    async fn retention_deletes_a_questions_texts_and_keeps_its_counts(app: TestApp) {
        let parent = app.new_client();
        let (receipt, _) = ask(&app, &parent, QUESTION).await;
        app.clock.advance(chrono::Duration::days(181));
        let done = app::store::retention::run_once(&app.state).await.expect("retention");
        assert_eq!((done.closed_stale, done.deleted), (1, 1), "untouched for 180 days");
        let (status, _, html) = open_at(&app, &parent, "/raad/kvittering", &receipt).await;
        assert_eq!(status, 422);
        assert!(!html.contains(QUESTION));
        let left: (String, String, Option<String>, Option<String>) =
            sqlx::query_as("SELECT asker_kind, asker_role, concern, receipt_hash FROM sparring_requests")
                .fetch_one(app.db().pool()).await.expect("row");
        assert_eq!(left, ("citizen".into(), "parent".into(), None, None));
        let outcomes = sparring_store::counts(app.db().pool(), Dimension::Outcome, &Within::all(AskerKind::Citizen)).await.expect("counts");
        assert_eq!(outcomes, [("stale".to_owned(), 1)]);
    }

    async fn the_parents_privacy_notice_says_what_a_question_keeps_and_for_how_long(app: TestApp) {
        let (status, html) = app.get_text("/privatliv").await;
        assert_eq!(status, 200);
        assert!(html.contains("Når du spørger FI-teamet anonymt"));
        assert!(html.contains("Teksterne slettes 180 dage efter, at spørgsmålet er afsluttet"), "the setting in force");
        let (_, arabic) = app.get_text("/privatliv?lang=ar").await;
        assert!(arabic.contains(&text(Lang::Ar, "privacy-advice_heading", &[])));
    }

    async fn a_flood_of_questions_is_held_back_like_sparring_requests(app: TestApp) {
        let limit = app::store::state::SPARRING_REQUESTS_PER_HOUR;
        for _ in 0..limit {
            assert_eq!(app.post_form("/raad", &question_form(QUESTION)).await.status().as_u16(), 303);
        }
        let response = app.post_form("/raad", &question_form(QUESTION)).await;
        assert_eq!(response.status().as_u16(), 429);
        let html = response.text().await.expect("body");
        assert!(html.contains("For mange forsøg. Prøv igen om 60 minutter."));
        assert!(html.contains(QUESTION), "what was typed is kept");
        assert_eq!(count(&app, "sparring_requests").await, i64::from(limit));
    }

    async fn the_lead_sees_the_advice_and_the_offers_pointed_to_beside_sparring_for_all_areas_only(app: TestApp) {
        for name in ["Stepping Stones", "Cool Kids", "Makkerpar"] {
            sqlx::query("INSERT INTO offers (name, purpose, provider, access) VALUES ($1, 'Et forløb', 'Familiehuset', 'direct')")
                .bind(name)
                .execute(app.db().pool())
                .await
                .expect("offer");
        }
        let offer = |name: &'static str| {
            let app = &app;
            async move {
                sqlx::query_scalar::<_, i64>("SELECT id FROM offers WHERE name = $1")
                    .bind(name)
                    .fetch_one(app.db().pool())
                    .await
                    .expect("id")
            }
        };
        let (stepping, cool, pair) = (offer("Stepping Stones").await, offer("Cool Kids").await, offer("Makkerpar").await);
        let team = app.add_staff(Role::Team, false).await;
        let day = chrono::NaiveDate::from_ymd_opt(2025, 5, 12).expect("day");
        let key = &app.state.settings.secret;
        let reply = SparringText::parse("Se tilbuddet i kataloget.", 1).expect("reply");
        // 12 questions in 2025: 10 closed with advice, 2 referred; replies pointed 6 times to
        // one offer, 5 times to another and once to a third.
        for n in 0..12 {
            let question = NewRequest {
                asker: Asker::Citizen(if n < 9 { CitizenRole::Parent } else { CitizenRole::Young }),
                workplace: None,
                age_band: AgeBand::Age3To5,
                themes: vec![Theme::Trivsel],
                concern: SparringText::parse(QUESTION, SparringText::MIN_CONCERN).expect("concern"),
                parents_know: None,
                preferred_form: None,
                contact: Default::default(),
            };
            let (id, _) = sparring_store::create(app.db(), key, &question, day).await.expect("stored");
            let mut tx = app.db().begin_write().await.expect("tx");
            let pointed = match n {
                0..6 => vec![stepping],
                6..11 => vec![cool],
                _ => vec![pair],
            };
            sparring_store::add_message(&mut tx, id, Some(team.id), &reply, &pointed, day).await.expect("reply");
            let outcome = if n < 10 { Outcome::AdviceGiven } else { Outcome::Referred };
            sparring_store::close(&mut tx, id, outcome, day).await.expect("closed");
            tx.commit().await.expect("commit");
        }
        // Goal 3 is published for quarters whose answers are sealed.
        let today = chrono::Utc::now().date_naive();
        app::store::seal::seal(app.db(), &app::store::seal::last_ended_month(today), today).await.expect("sealed");
        let lead = app.add_staff(Role::Lead, false).await;
        let client = app.client_for(&lead).await;
        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025").await;
        assert_eq!(status, 200);
        assert!(html.contains("Anonym rådgivning af borgere: spørgsmål efter udfald"));
        assert!(html.contains("Tilbud, FI-teamet pegede på i sine svar"));

        let (status, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-advice.csv?period=2025").await;
        assert_eq!(status, 200);
        let csv = String::from_utf8(csv).expect("utf-8");
        let referred = csv.lines().find(|l| l.starts_with("Henvist til PPR")).expect("referred row");
        assert!(referred.ends_with(";skjult"), "2 referred are too few: {csv}");
        assert!(csv.lines().any(|l| l.ends_with(";12")), "12 received: {csv}");
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-offers-pointed.csv?period=2025").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(csv.lines().next().is_some_and(|head| head.trim_start_matches('\u{feff}').starts_with("Tilbud;")), "{csv}");
        assert!(csv.lines().any(|l| l.starts_with("Stepping Stones;6")), "most often first: {csv}");
        assert!(csv.lines().any(|l| l == "Makkerpar;skjult"), "pointed to once is too few: {csv}");
        assert!(csv.lines().any(|l| l == "Cool Kids;skjult"), "5 would give the 1 away from the total: {csv}");
        // The professionals' sparring counts none of the citizens' questions.
        let (_, _, csv) = download(&client, &app, "/ledelse/eksport/goal3-sparring.csv?period=2025").await;
        let csv = String::from_utf8(csv).expect("utf-8");
        assert!(!csv.contains(";12"), "{csv}");

        // The status report of the year has them too, and its workbook a sheet each.
        let (status, report) = app.get_from(&client, "/ledelse/rapport?year=2025").await;
        assert_eq!(status, 200);
        assert!(report.contains("Anonym rådgivning af borgere: spørgsmål efter udfald"));
        assert!(report.contains("Tilbud, FI-teamet pegede på i sine svar"));

        // Kept without area: an area's page shows neither, and says why.
        let (status, html) = app.get_from(&client, "/ledelse/maal/3?period=2025&area=skole").await;
        assert_eq!(status, 200);
        assert!(!html.contains("Anonym rådgivning af borgere: spørgsmål efter udfald"));
        assert!(!html.contains("Stepping Stones"));
        assert!(html.contains("borgernes anonyme rådgivning og de tilbud, teamet peger på, gemmes uden område"));
    }
}
