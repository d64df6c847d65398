//! The language switch on a page that answered a refused post: it sends the refused form with
//! what is typed now, and the page comes back in the other language with it, nothing done and
//! no password or receipt shown again.

use app::domain::{Area, Role};

use crate::common::TestApp;

async fn count(app: &TestApp, table: &str) -> i64 {
    sqlx::query_scalar(&format!("SELECT COUNT(*) FROM {table}"))
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

/// A refused form: who posts it, where, what is typed, and the text the page must show again.
struct Case {
    role: Option<Role>,
    path: String,
    form: &'static str,
    fields: Vec<(&'static str, String)>,
    kept: Option<&'static str>,
    never_shown: Option<&'static str>,
}

fn case(
    role: Option<Role>,
    path: &str,
    form: &'static str,
    fields: &[(&'static str, &str)],
) -> Case {
    Case {
        role,
        path: path.to_owned(),
        form,
        fields: fields.iter().map(|(k, v)| (*k, (*v).to_owned())).collect(),
        kept: None,
        never_shown: None,
    }
}

impl Case {
    fn keeps(mut self, text: &'static str) -> Self {
        self.kept = Some(text);
        self
    }

    fn hides(mut self, text: &'static str) -> Self {
        self.never_shown = Some(text);
        self
    }
}

on_both_backends! {
    async fn every_refused_form_keeps_what_was_typed_when_the_language_changes(app: TestApp) {
        let school = app::store::institution_store::create(app.db().pool(), "Bakkeskolen", Area::Skole, "")
            .await
            .expect("institution")
            .to_string();
        let team = app.add_staff(Role::Team, false).await;
        let team_client = app.client_for(&team).await;
        let created = app.post_from(&team_client, "/team/forloeb/nyt", &[
            ("institution", &school), ("age_band", "6-9"), ("started_on", "2026-09-01"),
            ("themes", "trivsel"), ("parents_take_part", "1"),
        ]).await;
        let course = TestApp::location(&created);
        let course = course.split('?').next().expect("path").to_owned();

        let cases = [
            case(None, "/login", "login", &[("email", "glemt@kommune.dk"), ("password", "")])
                .keeps("glemt@kommune.dk"),
            case(None, "/sparring/kvittering", "receipt", &[("receipt", "KVIT-TERI-NG")])
                .hides("KVIT-TERI-NG"),
            case(Some(Role::Team), "/team/koder", "codes", &[("area", "skole"), ("count", "tusind")])
                .keeps("tusind"),
            case(Some(Role::Team), "/team/forloeb/nyt", "course", &[
                ("institution", ""), ("age_band", "6-9"), ("note", "Halvt skrevet notat"),
            ]).keeps("Halvt skrevet notat"),
            case(Some(Role::Team), &format!("{course}/moede"), "meeting", &[
                ("held_on", "2099-03-04"), ("form", "anonymous"),
            ]).keeps("2099-03-04"),
            case(Some(Role::Team), &format!("{course}/afslut"), "close", &[("ended_on", "i går")])
                .keeps("i går"),
            case(Some(Role::Team), "/konto/adgangskode", "password", &[
                ("current", "forkert-gammel-kode"), ("new", "kort"), ("repeat", "kort"),
            ]).hides("forkert-gammel-kode"),
            case(Some(Role::Admin), "/admin/medarbejdere", "new-staff", &[
                ("name", "Ny Kollega"), ("email", "ikke en adresse"), ("role", "team"),
                ("password", "hemmelig-engangskode"),
            ]).keeps("Ny Kollega").hides("hemmelig-engangskode"),
            case(Some(Role::Admin), "/admin/institutioner", "new-institution", &[
                ("name", "Lindegårdens Børnehus"), ("area", ""),
            ]).keeps("Lindegårdens Børnehus"),
            case(Some(Role::Admin), "/admin/indstillinger", "settings", &[
                ("retention_days", "mange"), ("stale_days", "14"), ("answer_days", "3"), ("comment_months", "12"), ("threshold", "5"),
            ]).keeps("mange"),
        ];

        for case in cases {
            let client = match case.role {
                Some(role) => app.client_for(&app.add_staff(role, false).await).await,
                None => app.new_client(),
            };
            let what = format!("{} ({})", case.path, case.form);
            let post_id = format!("render1-{}", case.form);
            let mut fields: Vec<(&str, &str)> = case.fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
            fields.push(("post_id", &post_id));

            let refused = app.post_from(&client, &case.path, &fields).await;
            assert!(matches!(refused.status().as_u16(), 422 | 429), "{what} is refused: {}", refused.status());
            let html = refused.text().await.expect("body");
            let id = format!("form-{}", case.form);
            assert!(html.contains(&format!("id=\"{id}\"")), "{what}: the refused form has its id");
            assert!(
                html.contains(&format!("form=\"{id}\" name=\"switch_lang\" value=\"en\"")),
                "{what}: the switch sends the refused form"
            );
            assert!(
                html.contains(&format!("<button type=\"submit\" form=\"{id}\" tabindex=\"-1\"")),
                "{what}: Enter sends the form, not the switch"
            );

            let audited = count(&app, "audit_log").await;
            fields.push(("switch_lang", "en"));
            let switched = app.post_from(&client, &case.path, &fields).await;
            assert_eq!(switched.status().as_u16(), 200, "{what}: the switch is no error");
            assert_eq!(
                switched.headers().get("cache-control").and_then(|v| v.to_str().ok()),
                Some("no-store"),
                "{what}"
            );
            let html = switched.text().await.expect("body");
            assert!(html.contains("<html lang=\"en\""), "{what}: in English");
            if let Some(kept) = case.kept {
                assert!(html.contains(kept), "{what}: {kept:?} is kept");
            }
            if let Some(hidden) = case.never_shown {
                assert!(!html.contains(hidden), "{what}: {hidden:?} is never shown again");
            }
            let summary = html.split("id=\"error-summary\"").nth(1).and_then(|rest| rest.split('>').next());
            assert!(summary.is_some_and(|tag| tag.contains(" hidden")), "{what}: no refusal is claimed");
            assert_eq!(count(&app, "audit_log").await, audited, "{what}: nothing was done");
        }
    }
}
