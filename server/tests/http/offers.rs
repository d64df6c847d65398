//! The catalogue of offers over HTTP, on SQLite and PostgreSQL (issue 19, item 2): the team
//! imports a catalogue shaped like Kalundborg's onto Rebild's staircase, adds, changes and
//! takes offers off it; anyone browses and filters it on a page that needs no login and no
//! JavaScript; bad files and forms are refused and change nothing.

use app::domain::Role;

use crate::{
    common::TestApp,
    dashboard::{count, fixture, upload_with},
    sparring::{open, send, CONCERN},
};

const IMPORT: &str = "/team/tilbud/import";

/// Rebild's steps (the lead's import), for the offers to stand on.
async fn staircase(app: &TestApp) {
    let lead = app.add_staff(Role::Lead, false).await;
    let lead = app.client_for(&lead).await;
    let (status, _) = upload_with(
        app,
        &lead,
        "/ledelse/import/trin",
        fixture("rebild_indsatstrappe_steps.csv"),
        &[],
    )
    .await;
    assert_eq!(status, 200);
}

/// The number of offers the public page says it shows.
fn shown(html: &str) -> String {
    html.split("<p role=\"status\">")
        .nth(1)
        .and_then(|rest| rest.split("</p>").next())
        .unwrap_or_default()
        .to_owned()
}

fn offer_form<'a>(name: &'a str, step: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("purpose", "Samtaler med forældre om søvn, mad og grænser."),
        ("age_bands", "0-2"),
        ("age_bands", "3-5"),
        ("themes", "familie"),
        ("provider", "Sundhedsplejen"),
        ("access", "direct"),
        ("duration", "3 samtaler"),
        ("step", step),
        ("contact", "Sundhedsplejen, tlf. 59 53 47 00"),
        ("experience", ""),
        ("effect", ""),
    ]
}

on_both_backends! {
    async fn the_team_imports_a_catalogue_and_anyone_filters_it_without_a_login(app: TestApp) {
        staircase(&app).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let (status, html) = upload_with(&app, &client, IMPORT, fixture("offers_kalundborg_like.csv"), &[]).await;
        assert_eq!(status, 200, "{html}");
        assert!(html.contains("14 tilbud er importeret."), "{html}");
        assert_eq!(count(&app, "offers").await, 14);

        // No login: the public page, the staircase with each step's count, the offers.
        let (status, html) = app.get_text("/tilbud").await;
        assert_eq!(status, 200);
        assert_eq!(shown(&html), "14 af 14 tilbud vises.");
        assert!(html.contains("Tilbud, alle kan bruge"), "the offers on no step come first");
        assert!(html.contains("Forebyggende foranstaltninger (SEL § 52)"), "a step's name");
        assert!(html.contains("<details>"), "the details open without JavaScript");
        assert!(html.contains("Efter visitation – kommunen henviser"), "how to get in");
        // The youngest children: seven offers are for 0–2-year-olds.
        let (_, html) = app.get_text("/tilbud?alder=0-2").await;
        assert_eq!(shown(&html), "7 af 14 tilbud vises.", "{html}");
        let (_, html) = app.get_text("/tilbud?tema=fravaer&trin=raadgivning_sel11").await;
        assert_eq!(shown(&html), "2 af 14 tilbud vises.");
        assert!(html.contains("Makkerpar i folkeskolerne") && !html.contains("Cool Kids"));
        let (_, html) = app.get_text("/tilbud?alder=14-16&trin=plejefamilie&tema=motorik").await;
        assert!(html.contains("Ingen tilbud passer til det valgte."));
        let (_, html) = app.get_text("/tilbud?alder=99&tema=%3Cscript%3E").await;
        assert_eq!(shown(&html), "14 af 14 tilbud vises.", "an unknown filter filters nothing");
        assert!(!html.contains("<script>"));
        let (_, html) = app.get_text("/tilbud?lang=en").await;
        assert!(html.contains("14 of 14 offers shown.") && html.contains("By referral – the municipality refers you"));

        // The same file again changes the offers it names and adds none.
        let (status, _) = upload_with(&app, &client, IMPORT, fixture("offers_kalundborg_like.csv"), &[]).await;
        assert_eq!(status, 200);
        assert_eq!(count(&app, "offers").await, 14);
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'offers_imported'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 2);
    }

    async fn the_team_adds_changes_and_takes_an_offer_off_and_a_bad_form_changes_nothing(app: TestApp) {
        staircase(&app).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let response = app.post_from(&client, "/team/tilbud/nyt", &offer_form("Søvnskolen", "raadgivning_sel11")).await;
        assert_eq!(response.status().as_u16(), 303);
        let page = TestApp::location(&response);
        assert!(page.starts_with("/team/tilbud/"), "{page}");
        let (_, html) = app.follow(&client, response).await;
        assert!(html.contains("Tilbuddet »Søvnskolen« er gemt."), "the notice");
        assert!(html.contains("value=\"Søvnskolen\"") && html.contains("Samtaler med forældre om søvn"), "the form holds what was saved");
        let (_, public) = app.get_text("/tilbud?alder=3-5").await;
        assert!(public.contains("Søvnskolen"));

        let mut changed = offer_form("Søvnskolen", "forebyggende_sel52");
        changed[2] = ("age_bands", "6-9");
        changed.remove(3);
        let response = app.post_from(&client, &page, &changed).await;
        assert_eq!(response.status().as_u16(), 303);
        let (_, public) = app.get_text("/tilbud?alder=3-5").await;
        assert!(!public.contains("Søvnskolen"), "no longer for 3–5-year-olds");
        let (_, public) = app.get_text("/tilbud?alder=6-9&trin=forebyggende_sel52").await;
        assert!(public.contains("Søvnskolen"));

        let response = app.post_from(&client, &format!("{page}/status"), &[("active", "0")]).await;
        assert_eq!(response.status().as_u16(), 303);
        let (_, public) = app.get_text("/tilbud").await;
        assert!(!public.contains("Søvnskolen"), "taken off the public catalogue");
        let (_, list) = app.get_from(&client, "/team/tilbud").await;
        assert!(list.contains("Søvnskolen") && list.contains("Taget af kataloget"), "kept in the team's list");

        // A form without a name, an age band or a known step comes back with every problem
        // and what was typed; a taken name too. Nothing changes.
        let mut bad = offer_form("", "ukendt");
        bad.retain(|(k, _)| *k != "age_bands");
        bad.push(("provider", "PPR og <b>skolen</b>"));
        let response = app.post_from(&client, "/team/tilbud/nyt", &bad).await;
        assert_eq!(response.status().as_u16(), 422);
        let html = response.text().await.expect("body");
        assert!(html.contains("error-summary"));
        assert!(html.contains("Trinnet findes ikke på indsatstrappen"), "the step");
        assert!(html.contains("PPR og &lt;b&gt;skolen&lt;/b&gt;"), "what was typed is kept, escaped");
        let response = app.post_from(&client, "/team/tilbud/nyt", &offer_form("Søvnskolen", "")).await;
        assert_eq!(response.status().as_u16(), 422, "the name is taken");
        assert_eq!(count(&app, "offers").await, 1);
        let audit: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM audit_log WHERE action = 'offer_saved'")
            .fetch_one(app.db().pool()).await.expect("audit");
        assert_eq!(audit, 3, "added, changed, taken off");

        // Only the team keeps the catalogue.
        let lead = app.add_staff(Role::Lead, false).await;
        let lead = app.client_for(&lead).await;
        let response = app.post_from(&lead, "/team/tilbud/nyt", &offer_form("Andet", "")).await;
        assert_eq!(response.status().as_u16(), 403);
        let response = app.post_form("/team/tilbud/nyt", &offer_form("Andet", "")).await;
        assert!(matches!(response.status().as_u16(), 303 | 401 | 403), "no login, no offer");
        assert_eq!(count(&app, "offers").await, 1);
    }

    async fn a_bad_catalogue_file_is_refused_line_by_line_and_stores_nothing(app: TestApp) {
        staircase(&app).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let file = "name;purpose;age_bands;themes;provider;access;step;contact\n\
                    Makkerpar;Tidlig indsats;6-9|10-13;trivsel;PPR;visitation;raadgivning_sel11;PPR\n\
                    ;Uden navn;3-5;trivsel;PPR;direkte;;PPR\n\
                    Sprog;Sprog;4-7;sprog;PPR;direkte;;PPR\n\
                    Hjem;Hjem;0-2;;Familie;måske;ukendt;PPR\n";
        let (status, html) = upload_with(&app, &client, IMPORT, file.as_bytes().to_vec(), &[]).await;
        assert_eq!(status, 422, "{html}");
        for line in [3, 4, 5] {
            assert!(html.contains(&format!("<td data-label=\"Linje\">{line}</td>")), "line {line}");
        }
        assert!(!html.contains("<td data-label=\"Linje\">2</td>"), "the sound line is not named");
        let (status, _) = upload_with(&app, &client, IMPORT, b"year,step,measures\n2020,x,1\n".to_vec(), &[]).await;
        assert_eq!(status, 422, "not a catalogue");
        let garbage: Vec<u8> = (0..1_900_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8).collect();
        let (status, _) = upload_with(&app, &client, IMPORT, garbage, &[]).await;
        assert_eq!(status, 422, "garbage under the limit is read and refused");
        assert_eq!(count(&app, "offers").await, 0);
        assert_eq!(count(&app, "offer_themes").await, 0);
    }
    async fn a_reply_points_to_offers_the_asker_reads_with_links_and_the_count_names_no_request(app: TestApp) {
        staircase(&app).await;
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let (status, _) = upload_with(&app, &client, IMPORT, fixture("offers_kalundborg_like.csv"), &[]).await;
        assert_eq!(status, 200);
        let ids: Vec<(String, i64)> = sqlx::query_as("SELECT name, id FROM offers")
            .fetch_all(app.db().pool())
            .await
            .expect("offers");
        let offer = |name: &str| ids.iter().find(|(n, _)| n == name).map(|(_, id)| id.to_string()).expect("offer");
        let cool_kids = offer("Cool Kids");
        let makkerpar = offer("Makkerpar i folkeskolerne");
        let receipt = send(&app, CONCERN).await;
        let id: i64 = sqlx::query_scalar("SELECT id FROM sparring_requests")
            .fetch_one(app.db().pool())
            .await
            .expect("request");
        let base = format!("/team/sparring/{id}");
        let (_, html) = app.get_from(&client, &base).await;
        assert!(html.contains("Peg på tilbud fra kataloget") && html.contains(">Cool Kids</label>"), "the form offers the catalogue");

        // An offer that is not on the catalogue, or too many, is refused and nothing is written.
        let body = ("body", "Se disse tilbud.");
        for bad in ["0", "abc"] {
            let refused = app.post_from(&client, &format!("{base}/besked"), &[body, ("offers", bad)]).await;
            assert_eq!(refused.status().as_u16(), 422, "{bad}");
        }
        let all: Vec<String> = sqlx::query_scalar::<_, i64>("SELECT id FROM offers ORDER BY id LIMIT 6")
            .fetch_all(app.db().pool())
            .await
            .expect("offers")
            .iter()
            .map(i64::to_string)
            .collect();
        let mut six = vec![body];
        six.extend(all.iter().map(|id| ("offers", id.as_str())));
        assert_eq!(app.post_from(&client, &format!("{base}/besked"), &six).await.status().as_u16(), 422, "at most five");
        assert_eq!(count(&app, "sparring_messages").await, 0);
        assert_eq!(count(&app, "offer_pointers").await, 0);

        let sent = app
            .post_from(&client, &format!("{base}/besked"), &[body, ("offers", &cool_kids), ("offers", &makkerpar)])
            .await;
        assert_eq!(sent.status().as_u16(), 303);
        let (_, html) = open(&app, &receipt).await;
        assert!(html.contains("Tilbud, vi peger på"), "{html}");
        assert!(html.contains(&format!("<a href=\"/tilbud#tilbud-{cool_kids}\">Cool Kids</a>")), "{html}");
        assert!(html.contains("Makkerpar i folkeskolerne"));
        let (_, html) = app.get_text("/tilbud").await;
        assert!(html.contains(&format!("id=\"tilbud-{cool_kids}\"")), "the link lands on the offer");

        // The lead's count: per offer and month, with no column that leads to a request.
        let pointers: Vec<(i64, String, i64)> = sqlx::query_as("SELECT offer_id, month, pointed FROM offer_pointers ORDER BY offer_id")
            .fetch_all(app.db().pool())
            .await
            .expect("pointers");
        assert_eq!(pointers.len(), 2);
        assert!(pointers.iter().all(|(_, month, pointed)| month.len() == 7 && *pointed == 1));
        let columns = crate::evaluation::columns(&app, "offer_pointers").await;
        assert_eq!(columns, ["offer_id", "month", "pointed"]);
    }
}
