//! Staff accounts, roles and sessions over HTTP, on SQLite and PostgreSQL.

use std::{collections::BTreeMap, time::Instant};

use app::{
    domain::{
        access::{ADMIN, ANY_STAFF, LEAD, TEAM},
        Role,
    },
    store::institution_store,
};
use chrono::Duration;

use crate::common::{Staffer, TestApp};

/// Who may use a route.
#[derive(Debug, Clone, Copy)]
enum Expect {
    /// Anyone.
    Public,
    /// A login with one of these roles; 401 without one, 403 for other roles.
    Roles(&'static [Role]),
}

/// One row per route of the router: method, path pattern, who may use it. The test fails if
/// the router has a route without a row here, or a row names a route the router lacks.
const MATRIX: &[(&str, &str, Expect)] = &[
    ("GET", "/", Expect::Public),
    ("GET", "/evaluering", Expect::Public),
    ("POST", "/evaluering", Expect::Public),
    ("GET", "/evaluering/kvittering", Expect::Public),
    ("GET", "/privatliv", Expect::Public),
    ("GET", "/privatliv/fagpersoner", Expect::Public),
    ("GET", "/privatliv/medarbejdere", Expect::Public),
    ("POST", "/api/privacy", Expect::Public),
    ("GET", "/tilgaengelighed", Expect::Public),
    ("GET", "/tilbud", Expect::Public),
    ("POST", "/api/offers/catalogue", Expect::Public),
    ("GET", "/evaluering/fagperson", Expect::Public),
    ("POST", "/evaluering/fagperson", Expect::Public),
    ("GET", "/healthz", Expect::Public),
    ("GET", "/metrics", Expect::Roles(ADMIN)),
    ("GET", "/login", Expect::Public),
    ("POST", "/login", Expect::Public),
    ("POST", "/api/evaluation/check-code", Expect::Public),
    (
        "POST",
        "/api/evaluation/check-professional-code",
        Expect::Public,
    ),
    ("GET", "/start", Expect::Roles(ANY_STAFF)),
    ("GET", "/konto/adgangskode", Expect::Roles(ANY_STAFF)),
    ("POST", "/konto/adgangskode", Expect::Roles(ANY_STAFF)),
    ("POST", "/api/session/keep-alive", Expect::Roles(ANY_STAFF)),
    ("POST", "/logout", Expect::Roles(ANY_STAFF)),
    ("GET", "/logout", Expect::Roles(ANY_STAFF)),
    ("GET", "/sparring", Expect::Public),
    ("POST", "/sparring", Expect::Public),
    ("GET", "/sparring/kvittering", Expect::Public),
    ("POST", "/sparring/kvittering", Expect::Public),
    ("POST", "/sparring/svar", Expect::Public),
    ("POST", "/sparring/vurdering", Expect::Public),
    ("GET", "/sparring/sendt", Expect::Public),
    ("POST", "/api/sparring/sent", Expect::Public),
    ("POST", "/api/sparring/opened", Expect::Public),
    ("POST", "/api/evaluation/stored", Expect::Public),
    ("GET", "/sparring/svar", Expect::Public),
    ("GET", "/sparring/vurdering", Expect::Public),
    ("POST", "/api/sparring/institutions", Expect::Public),
    ("GET", "/raad", Expect::Public),
    ("POST", "/raad", Expect::Public),
    ("GET", "/raad/sendt", Expect::Public),
    ("GET", "/raad/kvittering", Expect::Public),
    ("POST", "/raad/kvittering", Expect::Public),
    ("POST", "/raad/svar", Expect::Public),
    ("GET", "/raad/svar", Expect::Public),
    ("POST", "/raad/vurdering", Expect::Public),
    ("GET", "/raad/vurdering", Expect::Public),
    ("POST", "/api/team/sparring-offers", Expect::Roles(TEAM)),
    ("GET", "/team/sparring", Expect::Roles(TEAM)),
    ("GET", "/team/sparring/{id}", Expect::Roles(TEAM)),
    ("POST", "/team/sparring/{id}/tildel", Expect::Roles(TEAM)),
    ("GET", "/team/sparring/{id}/tildel", Expect::Roles(TEAM)),
    ("POST", "/team/sparring/{id}/moede", Expect::Roles(TEAM)),
    ("GET", "/team/sparring/{id}/moede", Expect::Roles(TEAM)),
    ("POST", "/team/sparring/{id}/besked", Expect::Roles(TEAM)),
    ("GET", "/team/sparring/{id}/besked", Expect::Roles(TEAM)),
    ("POST", "/team/sparring/{id}/luk", Expect::Roles(TEAM)),
    ("GET", "/team/sparring/{id}/luk", Expect::Roles(TEAM)),
    ("POST", "/api/team/sparring-inbox", Expect::Roles(TEAM)),
    ("POST", "/api/team/sparring-request", Expect::Roles(TEAM)),
    ("POST", "/api/team/members", Expect::Roles(TEAM)),
    ("GET", "/team/koder", Expect::Roles(TEAM)),
    ("GET", "/team/koder/kort", Expect::Roles(TEAM)),
    ("POST", "/api/team/issued-codes", Expect::Roles(TEAM)),
    ("GET", "/team/kommentarer", Expect::Roles(TEAM)),
    ("POST", "/api/team/comments", Expect::Roles(TEAM)),
    ("GET", "/team/tilbud", Expect::Roles(TEAM)),
    ("GET", "/team/tilbud/nyt", Expect::Roles(TEAM)),
    ("POST", "/team/tilbud/nyt", Expect::Roles(TEAM)),
    ("GET", "/team/tilbud/{id}", Expect::Roles(TEAM)),
    ("POST", "/team/tilbud/{id}", Expect::Roles(TEAM)),
    ("POST", "/team/tilbud/{id}/status", Expect::Roles(TEAM)),
    ("GET", "/team/tilbud/{id}/status", Expect::Roles(TEAM)),
    ("POST", "/team/tilbud/import", Expect::Roles(TEAM)),
    ("GET", "/team/tilbud/import", Expect::Roles(TEAM)),
    ("POST", "/api/team/offers", Expect::Roles(TEAM)),
    ("POST", "/api/team/offer", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/nyt", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/nyt", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/import", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/import", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/{id}/moede", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/moede", Expect::Roles(TEAM)),
    (
        "GET",
        "/team/forloeb/{id}/moede/{meeting}",
        Expect::Roles(TEAM),
    ),
    (
        "POST",
        "/team/forloeb/{id}/moede/{meeting}",
        Expect::Roles(TEAM),
    ),
    ("POST", "/team/forloeb/{id}/afslut", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/afslut", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/{id}/kort", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/{id}/fagkort", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/{id}/slet-moede", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/slet-moede", Expect::Roles(TEAM)),
    ("POST", "/team/forloeb/{id}/genaabn", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/genaabn", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/kort", Expect::Roles(TEAM)),
    ("GET", "/team/forloeb/{id}/fagkort", Expect::Roles(TEAM)),
    ("POST", "/api/team/courses", Expect::Roles(TEAM)),
    ("POST", "/api/team/course", Expect::Roles(TEAM)),
    ("POST", "/team/koder", Expect::Roles(TEAM)),
    ("GET", "/admin", Expect::Roles(ADMIN)),
    ("GET", "/admin/medarbejdere", Expect::Roles(ADMIN)),
    ("POST", "/admin/medarbejdere", Expect::Roles(ADMIN)),
    ("GET", "/admin/medarbejdere/{id}", Expect::Roles(ADMIN)),
    ("POST", "/admin/medarbejdere/{id}", Expect::Roles(ADMIN)),
    (
        "POST",
        "/admin/medarbejdere/{id}/status",
        Expect::Roles(ADMIN),
    ),
    (
        "GET",
        "/admin/medarbejdere/{id}/status",
        Expect::Roles(ADMIN),
    ),
    (
        "POST",
        "/admin/medarbejdere/{id}/adgangskode",
        Expect::Roles(ADMIN),
    ),
    (
        "GET",
        "/admin/medarbejdere/{id}/adgangskode",
        Expect::Roles(ADMIN),
    ),
    ("GET", "/admin/institutioner", Expect::Roles(ADMIN)),
    ("POST", "/admin/institutioner", Expect::Roles(ADMIN)),
    ("GET", "/admin/institutioner/{id}", Expect::Roles(ADMIN)),
    ("POST", "/admin/institutioner/{id}", Expect::Roles(ADMIN)),
    (
        "POST",
        "/admin/institutioner/{id}/status",
        Expect::Roles(ADMIN),
    ),
    (
        "GET",
        "/admin/institutioner/{id}/status",
        Expect::Roles(ADMIN),
    ),
    ("GET", "/admin/log", Expect::Roles(ADMIN)),
    ("GET", "/admin/indstillinger", Expect::Roles(ADMIN)),
    ("POST", "/admin/indstillinger", Expect::Roles(ADMIN)),
    ("POST", "/admin/indstillinger/kommune", Expect::Roles(ADMIN)),
    ("GET", "/admin/indstillinger/kommune", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/publishing", Expect::Roles(ADMIN)),
    ("GET", "/admin/sprog", Expect::Roles(ADMIN)),
    ("GET", "/admin/sprog/{code}", Expect::Roles(ADMIN)),
    ("GET", "/admin/sprog/{code}/{file}", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/languages", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/catalogue", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/settings", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/staff", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/staff-member", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/institutions", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/institution", Expect::Roles(ADMIN)),
    ("POST", "/api/admin/audit-log", Expect::Roles(ADMIN)),
    ("GET", "/ledelse", Expect::Roles(LEAD)),
    ("GET", "/ledelse/maal/{n}", Expect::Roles(LEAD)),
    ("GET", "/ledelse/rapport", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import", Expect::Roles(LEAD)),
    (
        "POST",
        "/ledelse/import/underretninger",
        Expect::Roles(LEAD),
    ),
    ("GET", "/ledelse/import/underretninger", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/arter", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/arter", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/forebyggende", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/forebyggende", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/trin", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/trin", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/trappe", Expect::Roles(LEAD)),
    ("POST", "/ledelse/maal/3/ret", Expect::Roles(LEAD)),
    ("GET", "/ledelse/maal/3/ret", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/trappe", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/sammenligning", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/sammenligning", Expect::Roles(LEAD)),
    ("POST", "/ledelse/import/befolkning", Expect::Roles(LEAD)),
    ("GET", "/ledelse/import/befolkning", Expect::Roles(LEAD)),
    ("POST", "/ledelse/maalsaetning", Expect::Roles(LEAD)),
    ("GET", "/ledelse/maalsaetning", Expect::Roles(LEAD)),
    ("POST", "/ledelse/maalsaetning/fjern", Expect::Roles(LEAD)),
    ("GET", "/ledelse/maalsaetning/fjern", Expect::Roles(LEAD)),
    ("GET", "/ledelse/eksport/{file}", Expect::Roles(LEAD)),
    ("POST", "/api/lead/dashboard", Expect::Roles(LEAD)),
    ("POST", "/api/lead/report", Expect::Roles(LEAD)),
    ("POST", "/api/lead/report-years", Expect::Roles(LEAD)),
    ("POST", "/api/lead/step-kinds", Expect::Roles(LEAD)),
];

#[test]
fn every_route_of_the_router_has_a_row_in_the_role_matrix() {
    let routes: Vec<(String, String)> = server::startup::route_table()
        .into_iter()
        .map(|(method, path)| (method.as_str().to_owned(), path))
        .collect();
    let rows: Vec<(String, String)> = MATRIX
        .iter()
        .map(|(method, path, _)| ((*method).to_owned(), (*path).to_owned()))
        .collect();
    let missing: Vec<_> = routes.iter().filter(|r| !rows.contains(r)).collect();
    let stale: Vec<_> = rows.iter().filter(|r| !routes.contains(r)).collect();
    assert!(
        missing.is_empty(),
        "routes without a row in MATRIX: {missing:?}"
    );
    assert!(
        stale.is_empty(),
        "rows for routes the router does not have: {stale:?}"
    );
}

/// A page with what is drawn anew for every response blanked out (the script nonce, the post
/// id of each form), for comparing two answers.
fn without_nonces(html: &str) -> String {
    let mut page = html.to_owned();
    for marker in ["nonce=\"", "name=\"post_id\" value=\""] {
        let drawn: Vec<String> = page
            .split(marker)
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .filter(|value| !value.is_empty())
            .map(str::to_owned)
            .collect();
        for value in drawn {
            page = page.replace(&value, "DRAWN");
        }
    }
    page
}

async fn request(app: &TestApp, client: &reqwest::Client, method: &str, path: &str) -> u16 {
    let response = match method {
        "GET" => client.get(app.url(path)).send().await,
        _ => {
            client
                .post(app.url(path))
                .header("origin", &app.address)
                .header("content-type", "application/x-www-form-urlencoded")
                .body("")
                .send()
                .await
        }
    };
    response.expect("request").status().as_u16()
}

on_both_backends! {
    async fn every_route_allows_or_denies_each_role_as_the_matrix_says(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let lead = app.add_staff(Role::Lead, false).await;
        let admin = app.add_staff(Role::Admin, false).await;
        let institution = institution_store::create(app.db().pool(), "Matrixskolen", app::domain::Area::Skole, "")
            .await
            .expect("institution");
        let mut people: Vec<(Option<&Staffer>, reqwest::Client)> = vec![(None, app.new_client())];
        for staffer in [&team, &lead, &admin] {
            people.push((Some(staffer), app.client_for(staffer).await));
        }
        // Logging out ends the session the other rows need: it goes last.
        let mut rows: Vec<_> = MATRIX.to_vec();
        rows.sort_by_key(|(method, path, _)| *method == "POST" && *path == "/logout");
        let mut failures = Vec::new();
        for (method, pattern, expect) in rows {
            let path = if pattern.starts_with("/ledelse/") {
                pattern.replace("{n}", "2").replace("{file}", "goal2-measures.csv")
            } else if pattern.starts_with("/admin/institutioner/") {
                pattern.replace("{id}", &institution.to_string())
            } else {
                pattern.replace("{id}", &team.id.to_string()).replace("{meeting}", "1")
            };
            for (who, client) in &people {
                let status = request(&app, client, method, &path).await;
                let role = who.map(|s| s.role);
                let ok = match (expect, role) {
                    (Expect::Public, _) => status != 401 && status != 403,
                    (Expect::Roles(_), None) => status == 401,
                    (Expect::Roles(roles), Some(role)) if roles.contains(&role) => status != 401 && status != 403,
                    (Expect::Roles(_), Some(_)) => status == 403,
                };
                if !ok {
                    failures.push(format!("{method} {path} as {role:?}: {status}"));
                }
            }
        }
        assert!(failures.is_empty(), "unexpected answers:\n{}", failures.join("\n"));
    }

    async fn a_wrong_password_and_an_unknown_email_get_the_same_answer(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.new_client();
        let mut times = BTreeMap::new();
        let mut bodies = Vec::new();
        for (label, email, password) in [
            ("wrong password", team.email.as_str(), "helt-forkert-kodeord"),
            ("unknown e-mail", "ingen@test.tidlig.dk", "helt-forkert-kodeord"),
        ] {
            let started = Instant::now();
            let mut answer = (0, String::new());
            for _ in 0..3 {
                let response = app.log_in(&client, email, password).await;
                answer = (response.status().as_u16(), response.text().await.expect("body"));
            }
            times.insert(label, started.elapsed());
            assert_eq!(answer.0, 422, "{label}");
            assert!(answer.1.contains("E-mail eller adgangskode er forkert."), "{label}");
            bodies.push(without_nonces(&answer.1.replace(email, "EMAIL")));
        }
        assert!(bodies[0] == bodies[1], "the two answers are identical but for the typed e-mail");
        // Both verify an Argon2 hash (the unknown e-mail against a dummy): the same order of
        // time. Without the dummy the unknown e-mail would answer some thirty times faster.
        let (wrong, unknown) = (times["wrong password"], times["unknown e-mail"]);
        assert!(unknown * 4 > wrong && wrong * 4 > unknown, "wrong password {wrong:?}, unknown e-mail {unknown:?}");
    }

    async fn wrong_passwords_make_the_next_attempt_wait_a_little_never_a_lock(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.new_client();
        for attempt in 1..=5 {
            let response = app.log_in(&client, &team.email, "forkert-adgangskode").await;
            assert_eq!(response.status().as_u16(), 422, "attempt {attempt}");
        }
        // The configured five are free; the sixth attempt, even with the right password, waits.
        let right = app.log_in(&client, &team.email, &team.password).await;
        assert_eq!(right.status().as_u16(), 429);
        assert!(right.headers().get("set-cookie").is_none(), "no session is started");
        assert!(right.text().await.expect("body").contains("Vent 1 sekund, og prøv igen."));
        app.clock.advance(Duration::seconds(1));
        let later = app.log_in(&client, &team.email, &team.password).await;
        assert_eq!(later.status().as_u16(), 303, "after the wait the right password works");
    }

    async fn changing_ones_password_ends_ones_other_sessions(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let (here, elsewhere) = (app.client_for(&team).await, app.client_for(&team).await);
        let new = "et-helt-nyt-kodeord-til-teamet";
        let form = [("current", team.password.as_str()), ("new", new), ("repeat", new)];
        let changed = app.post_from(&here, "/konto/adgangskode", &form).await;
        assert_eq!(TestApp::location(&changed), "/start");
        assert_eq!(app.get_from(&here, "/start").await.0, 200, "this session goes on");
        let (status, _) = app.get_from(&elsewhere, "/start").await;
        assert_eq!(status, 401, "the other session (a stolen one, say) has ended: the login form");
        let response = app.log_in(&app.new_client(), &team.email, new).await;
        assert_eq!(response.status().as_u16(), 303, "the new password works");
    }

    async fn guessing_the_current_password_is_paced_like_a_login(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let new = "et-helt-nyt-kodeord-til-teamet";
        for attempt in 1..=5 {
            let form = [("current", "gaet-paa-kodeordet"), ("new", new), ("repeat", new)];
            let refused = app.post_from(&client, "/konto/adgangskode", &form).await;
            assert_eq!(refused.status().as_u16(), 422, "attempt {attempt}");
        }
        let form = [("current", team.password.as_str()), ("new", new), ("repeat", new)];
        let waits = app.post_from(&client, "/konto/adgangskode", &form).await;
        assert_eq!(waits.status().as_u16(), 429);
        assert!(waits.text().await.expect("body").contains("Vent 1 sekund"));
        app.clock.advance(Duration::seconds(1));
        let changed = app.post_from(&client, "/konto/adgangskode", &form).await;
        assert_eq!(changed.status().as_u16(), 303);
    }

    async fn a_common_password_is_refused_with_a_reason(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        for common in ["password1234", "Qwerty123456", "1q2w3e4r5t6y"] {
            let form = [("current", team.password.as_str()), ("new", common), ("repeat", common)];
            let refused = app.post_from(&client, "/konto/adgangskode", &form).await;
            assert_eq!(refused.status().as_u16(), 422, "{common}");
            let html = refused.text().await.expect("body");
            assert!(html.contains("blandt de mest brugte"), "{common}: {html}");
        }
        let response = app.log_in(&app.new_client(), &team.email, &team.password).await;
        assert_eq!(response.status().as_u16(), 303, "the old password still works");
    }

    async fn two_administrators_deactivating_each_other_at_once_leave_one(app: TestApp) {
        for round in 0..6 {
            let (a, b) = (app.add_staff(Role::Admin, false).await, app.add_staff(Role::Admin, false).await);
            sqlx::query("UPDATE staff SET active = 0 WHERE role = 'admin' AND id <> $1 AND id <> $2")
                .bind(a.id)
                .bind(b.id)
                .execute(app.db().pool())
                .await
                .expect("only these two");
            let (client_a, client_b) = (app.client_for(&a).await, app.client_for(&b).await);
            let (path_a, path_b) = (format!("/admin/medarbejdere/{}/status", b.id), format!("/admin/medarbejdere/{}/status", a.id));
            let (first, second) = tokio::join!(
                app.post_from(&client_a, &path_a, &[("active", "0")]),
                app.post_from(&client_b, &path_b, &[("active", "0")]),
            );
            let statuses = [first.status().as_u16(), second.status().as_u16()];
            let left: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE role = 'admin' AND active = 1")
                .fetch_one(app.db().pool())
                .await
                .expect("count");
            assert_eq!(left, 1, "round {round}: {statuses:?}");
        }
    }

    async fn a_cross_origin_post_is_refused_and_changes_nothing(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let form = [("name", "Eve"), ("email", "eve@evil.example"), ("role", "admin"), ("profession", "other"), ("password", "lang-nok-adgangskode")];
        for (header, value) in [("origin", "https://evil.example"), ("sec-fetch-site", "cross-site")] {
            let response = client
                .post(app.url("/admin/medarbejdere"))
                .header(header, value)
                .form(&form)
                .send()
                .await
                .expect("POST");
            assert_eq!(response.status().as_u16(), 403, "{header}: {value}");
            let body: serde_json::Value = response.json().await.expect("JSON reason");
            assert_eq!(body, serde_json::json!("CrossSite"));
        }
        let without_proof = client.post(app.url("/admin/medarbejdere")).form(&form).send().await.expect("POST");
        assert_eq!(without_proof.status().as_u16(), 403, "staff posts need proof of our origin");
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff WHERE email = 'eve@evil.example'")
            .fetch_one(app.db().pool())
            .await
            .expect("count");
        assert_eq!(count, 0);

        let fresh = app.new_client();
        let login = fresh
            .post(app.url("/login"))
            .header("origin", "https://evil.example")
            .form(&[("email", admin.email.as_str()), ("password", admin.password.as_str())])
            .send()
            .await
            .expect("POST");
        assert_eq!(login.status().as_u16(), 403, "no login from another site");
        assert!(login.headers().get("set-cookie").is_none());

        // Anonymous public forms refuse only what is positively foreign, so old phones work.
        let plain = app.new_client().post(app.url("/api/evaluation/check-code")).form(&[("code", "K7QM4XPRTW")]).send().await.expect("POST");
        assert_eq!(plain.status().as_u16(), 422, "answered (an unknown code), not refused as cross-site");
        let foreign = app.new_client()
            .post(app.url("/api/evaluation/check-code"))
            .header("origin", "https://evil.example")
            .form(&[("code", "K7QM4XPRTW")])
            .send()
            .await
            .expect("POST");
        assert_eq!(foreign.status().as_u16(), 403);
    }

    async fn the_session_id_changes_at_login_and_the_old_one_is_useless(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.new_client();
        let cookie = |response: &reqwest::Response| {
            response
                .headers()
                .get("set-cookie")
                .and_then(|v| v.to_str().ok())
                .and_then(|v| v.split(';').next())
                .map(str::to_owned)
                .expect("a session cookie")
        };
        let first = cookie(&app.log_in(&client, &team.email, &team.password).await);
        let second = cookie(&app.log_in(&client, &team.email, &team.password).await);
        assert_ne!(first, second, "a new id at every login");

        let old = reqwest::Client::new();
        let response = old.get(app.url("/start")).header("cookie", &first).send().await.expect("GET");
        assert_eq!(response.status().as_u16(), 401, "the id from before the login is dead");
        let response = old.get(app.url("/start")).header("cookie", &second).send().await.expect("GET");
        assert_eq!(response.status().as_u16(), 200);
    }

    async fn the_session_cookie_is_http_only_and_same_site_strict(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let response = app.log_in(&app.new_client(), &team.email, &team.password).await;
        let cookie = response.headers().get("set-cookie").and_then(|v| v.to_str().ok()).expect("cookie").to_owned();
        assert!(cookie.starts_with("tidlig_session="), "{cookie}");
        assert!(cookie.contains("HttpOnly"));
        assert!(cookie.contains("SameSite=Strict"));
        assert!(cookie.contains("Path=/"));
    }

    async fn logout_ends_the_session_in_the_store(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.new_client();
        let login = app.log_in(&client, &team.email, &team.password).await;
        let cookie = login.headers().get("set-cookie").and_then(|v| v.to_str().ok()).and_then(|v| v.split(';').next()).expect("cookie").to_owned();
        assert_eq!(app.get_from(&client, "/start").await.0, 200);
        let logout = app.post_from(&client, "/logout", &[]).await;
        assert_eq!(logout.status().as_u16(), 303);
        assert_eq!(logout.headers().get("location").and_then(|v| v.to_str().ok()), Some("/login?ude=1"));
        let (status, html) = app.get_from(&client, "/login?ude=1").await;
        assert_eq!(status, 200);
        assert!(html.contains("Du er logget ud."));
        assert_eq!(app.get_from(&client, "/start").await.0, 401);
        let replay = reqwest::Client::new().get(app.url("/start")).header("cookie", &cookie).send().await.expect("GET");
        assert_eq!(replay.status().as_u16(), 401, "a copied cookie is dead too");
    }

    async fn deactivation_ends_the_session_at_once(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let admin = app.add_staff(Role::Admin, false).await;
        let team_client = app.client_for(&team).await;
        let admin_client = app.client_for(&admin).await;
        assert_eq!(app.get_from(&team_client, "/start").await.0, 200);
        let response = app.post_from(&admin_client, &format!("/admin/medarbejdere/{}/status", team.id), &[("active", "0")]).await;
        assert_eq!(response.status().as_u16(), 303);
        let (status, html) = app.get_from(&team_client, "/start").await;
        assert_eq!(status, 401);
        assert!(html.contains("din konto er ændret"), "{html}");
        let again = app.log_in(&app.new_client(), &team.email, &team.password).await;
        assert_eq!(again.status().as_u16(), 422, "a deactivated account cannot log in");
        // Reactivated, the account logs in again.
        let response = app.post_from(&admin_client, &format!("/admin/medarbejdere/{}/status", team.id), &[("active", "1")]).await;
        assert_eq!(response.status().as_u16(), 303);
        assert_eq!(app.log_in(&app.new_client(), &team.email, &team.password).await.status().as_u16(), 303);
    }

    async fn an_idle_session_expires_after_30_minutes_and_any_after_12_hours(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        app.clock.advance(Duration::minutes(29));
        assert_eq!(app.get_from(&client, "/start").await.0, 200, "29 quiet minutes are fine");
        app.clock.advance(Duration::minutes(29));
        assert_eq!(app.get_from(&client, "/start").await.0, 200, "activity restarts the 30 minutes");
        app.clock.advance(Duration::minutes(31));
        let (status, html) = app.get_from(&client, "/start").await;
        assert_eq!(status, 401);
        assert!(html.contains("ikke har været aktiv i 30 minutter"));
        assert_eq!(app.get_from(&client, "/start").await.0, 401, "the session is gone");

        let client = app.client_for(&team).await;
        for _ in 0..(12 * 3) {
            app.clock.advance(Duration::minutes(20));
            assert_eq!(app.get_from(&client, "/start").await.0, 200);
        }
        app.clock.advance(Duration::minutes(20));
        let (status, html) = app.get_from(&client, "/start").await;
        assert_eq!(status, 401, "12 hours after login the session ends");
        assert!(html.contains("12 timer"));
    }

    async fn keep_alive_answers_staff_only(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        assert_eq!(request(&app, &client, "POST", "/api/session/keep-alive").await, 200);
        assert_eq!(request(&app, &app.new_client(), "POST", "/api/session/keep-alive").await, 401);
    }

    async fn a_one_time_password_must_be_replaced_before_anything_else(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let admin_client = app.client_for(&admin).await;
        let created = app.post_from(&admin_client, "/admin/medarbejdere", &[
            ("name", "Nina Ny"), ("email", "Nina@Test.Tidlig.dk"), ("role", "team"),
            ("profession", "psykolog"), ("password", "engangs-kode-123"),
        ]).await;
        assert_eq!(created.status().as_u16(), 303);
        let (_, html) = app.get_from(&admin_client, "/admin/medarbejdere").await;
        assert!(html.contains("Nina Ny er oprettet som medarbejder."), "the notice shows once");
        assert!(html.contains("Skal skifte adgangskode"));
        let (_, html) = app.get_from(&admin_client, "/admin/medarbejdere").await;
        assert!(!html.contains("er oprettet som medarbejder."), "and only once");

        let nina = app.new_client();
        let login = app.log_in(&nina, "nina@test.tidlig.dk", "engangs-kode-123").await;
        assert_eq!(login.headers().get("location").and_then(|v| v.to_str().ok()), Some("/konto/adgangskode"));
        let start = nina.get(app.url("/start")).send().await.expect("GET");
        assert_eq!(start.status().as_u16(), 303, "everything else waits");
        let wrong = app.post_from(&nina, "/konto/adgangskode", &[("current", "forkert"), ("new", "mit-eget-kodeord"), ("repeat", "mit-eget-kodeord")]).await;
        assert_eq!(wrong.status().as_u16(), 422);
        assert!(wrong.text().await.expect("body").contains("Den nuværende adgangskode er forkert."));
        let mismatch = app.post_from(&nina, "/konto/adgangskode", &[("current", "engangs-kode-123"), ("new", "mit-eget-kodeord"), ("repeat", "mit-andet-kodeord")]).await;
        let html = mismatch.text().await.expect("body");
        assert!(html.contains("De to nye adgangskoder er ikke ens."));
        assert!(!html.contains("mit-eget-kodeord"), "passwords are never sent back");
        let changed = app.post_from(&nina, "/konto/adgangskode", &[("current", "engangs-kode-123"), ("new", "mit-eget-kodeord"), ("repeat", "mit-eget-kodeord")]).await;
        assert_eq!(changed.status().as_u16(), 303);
        let (status, html) = app.get_from(&nina, "/start").await;
        assert_eq!(status, 200);
        assert!(html.contains("Din adgangskode er skiftet."));
        assert_eq!(app.log_in(&app.new_client(), "nina@test.tidlig.dk", "mit-eget-kodeord").await.status().as_u16(), 303);
    }

    async fn administrators_get_field_errors_and_nothing_half_done(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let before: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff").fetch_one(app.db().pool()).await.expect("count");
        let refused = app.post_from(&client, "/admin/medarbejdere", &[
            ("name", "Ole Olsen"), ("email", "ole"), ("role", "team"), ("profession", "psykolog"), ("password", "kort"),
        ]).await;
        assert_eq!(refused.status().as_u16(), 422);
        let html = refused.text().await.expect("body");
        assert!(html.contains("Der er et problem"), "an error summary");
        assert!(html.contains(r##"href="#new-staff-email""##), "linking to the field");
        assert!(html.contains("Skriv en e-mailadresse som navn@kommune.dk."));
        assert!(html.contains("Skriv mindst 12 tegn."));
        assert!(html.contains(r#"value="Ole Olsen""#), "what was typed is kept");
        let after: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM staff").fetch_one(app.db().pool()).await.expect("count");
        assert_eq!(before, after, "nothing stored");

        let taken = app.post_from(&client, "/admin/medarbejdere", &[
            ("name", "Dublet"), ("email", &admin.email), ("role", "team"), ("profession", "other"), ("password", "lang-nok-adgangskode"),
        ]).await;
        assert_eq!(taken.status().as_u16(), 422);
        assert!(taken.text().await.expect("body").contains("Der findes allerede en medarbejder med den e-mail."));

        let last_admin = app.post_from(&client, &format!("/admin/medarbejdere/{}/status", admin.id), &[("active", "0")]).await;
        assert_eq!(last_admin.status().as_u16(), 422);
        assert!(last_admin.text().await.expect("body").contains("Der skal være mindst én aktiv administrator."));
        let demote = app.post_from(&client, &format!("/admin/medarbejdere/{}", admin.id), &[("name", "Admin"), ("role", "team"), ("profession", "other")]).await;
        assert_eq!(demote.status().as_u16(), 422);
        let role: String = sqlx::query_scalar("SELECT role FROM staff WHERE id = $1").bind(admin.id).fetch_one(app.db().pool()).await.expect("role");
        assert_eq!(role, "admin", "the refused change was rolled back");

        let created = app.post_from(&client, "/admin/institutioner", &[("name", "Skovbørnehaven"), ("area", "dagtilbud"), ("district", "Vest")]).await;
        assert_eq!(created.status().as_u16(), 303);
        let dup = app.post_from(&client, "/admin/institutioner", &[("name", "Skovbørnehaven"), ("area", "skole"), ("district", "")]).await;
        assert_eq!(dup.status().as_u16(), 422);
        assert!(dup.text().await.expect("body").contains("Der findes allerede en institution med det navn."));
        let bad_area = app.post_from(&client, "/admin/institutioner", &[("name", "Ny"), ("area", "vuggestue"), ("district", "")]).await;
        assert_eq!(bad_area.status().as_u16(), 422);
        let rows = institution_store::list_all(app.db()).await.expect("institutions");
        assert_eq!(rows.len(), 1);
        let id = rows[0].id;
        let renamed = app.post_from(&client, &format!("/admin/institutioner/{id}"), &[("name", "Skovbørnehaven Vest"), ("area", "dagtilbud"), ("district", "Vest")]).await;
        assert_eq!(renamed.status().as_u16(), 303);
        let hidden = app.post_from(&client, &format!("/admin/institutioner/{id}/status"), &[("active", "0")]).await;
        assert_eq!(hidden.status().as_u16(), 303);
        assert!(institution_store::list_active(app.db()).await.expect("list").is_empty());
        assert_eq!(app.get_from(&client, "/admin/institutioner/999999").await.0, 404);
        assert_eq!(app.get_from(&client, "/admin/medarbejdere/999999").await.0, 404);
    }

    async fn the_audit_log_records_who_did_what_and_admins_can_read_it(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let team = app.add_staff(Role::Team, false).await;
        app.log_in(&app.new_client(), &team.email, "forkert-adgangskode").await;
        let client = app.client_for(&admin).await;
        app.post_from(&client, &format!("/admin/medarbejdere/{}/adgangskode", team.id), &[("password", "ny-engangskode-1")]).await;
        app.post_from(&client, "/logout", &[]).await;
        let rows: Vec<(String, Option<i64>, String, String)> =
            sqlx::query_as("SELECT at, staff_id, actor, action FROM audit_log ORDER BY id")
                .fetch_all(app.db().pool())
                .await
                .expect("audit rows");
        let actions: Vec<(&str, &str)> = rows.iter().map(|(_, _, actor, action)| (actor.as_str(), action.as_str())).collect();
        assert_eq!(actions, [
            (team.email.as_str(), "login_failed"),
            (admin.email.as_str(), "login"),
            (admin.email.as_str(), "password_reset"),
            (admin.email.as_str(), "logout"),
        ]);
        assert!(rows.iter().all(|(at, _, _, _)| at.len() == 20 && at.ends_with('Z')), "when, to the second, UTC");
        assert_eq!(rows[1].1, Some(admin.id));

        let client = app.client_for(&admin).await;
        let (status, html) = app.get_from(&client, "/admin/log").await;
        assert_eq!(status, 200);
        assert!(html.contains("Satte engangsadgangskode"), "actions are named in Danish");
        assert!(!html.contains(">password_reset<"));
        assert!(html.contains(&team.email));
        let local = app::store::clock::local_text(chrono::Utc::now());
        let today = local[..10].to_owned();
        let words = app::i18n::dates::day_text(app::domain::Lang::Da, &today);
        assert!(words.contains(". ") && !words.contains('-'), "{words}");
        assert!(html.contains(&format!("{words} kl. ")), "when, in Danish time and words");

        // Filtered by action, person and day.
        let (_, html) = app.get_from(&client, "/admin/log?handling=login_failed").await;
        let cell = |name: &str| format!(">{name}</td>");
        assert!(html.contains(&cell("Mislykket login")) && !html.contains(&cell("Satte engangsadgangskode")));
        let (_, html) = app.get_from(&client, &format!("/admin/log?hvem={}", &team.email[..8])).await;
        assert!(html.contains(&team.email) && !html.contains(&cell("Satte engangsadgangskode")), "only the team member's lines");
        let (_, html) = app.get_from(&client, &format!("/admin/log?fra={today}&til={today}")).await;
        assert!(html.contains(&cell("Satte engangsadgangskode")), "today's lines");
        let (_, html) = app.get_from(&client, "/admin/log?til=2020-01-01").await;
        assert!(html.contains("Loggen er tom."), "nothing before 2020");
    }

    async fn a_failed_login_logs_the_typed_email_only_when_it_is_a_known_account(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        // A password typed into the e-mail field must not land in the log.
        app.log_in(&app.new_client(), "Sommer2026!hemmelig", "forkert")
            .await;
        app.log_in(&app.new_client(), "nobody@example.dk", "forkert")
            .await;
        app.log_in(
            &app.new_client(),
            &team.email.to_uppercase(),
            "forkert-adgangskode",
        )
        .await;
        let rows: Vec<(Option<i64>, String)> = sqlx::query_as(
            "SELECT staff_id, actor FROM audit_log WHERE action = 'login_failed' ORDER BY id",
        )
        .fetch_all(app.db().pool())
        .await
        .expect("audit rows");
        assert_eq!(
            rows,
            [
                (None, "unknown account".to_owned()),
                (None, "unknown account".to_owned()),
                (Some(team.id), team.email.clone()),
            ]
        );
        let everything: Vec<String> =
            sqlx::query_scalar("SELECT actor || ' ' || subject FROM audit_log")
                .fetch_all(app.db().pool())
                .await
                .expect("audit");
        assert!(
            everything
                .iter()
                .all(|line| !line.contains("hemmelig") && !line.contains("nobody")),
            "{everything:?}"
        );
    }
}

#[tokio::test]
async fn with_secure_cookies_configured_the_session_cookie_is_secure() {
    let app = crate::common::spawn_app_with(app::store::Backend::Sqlite, |config| {
        config.cookie_secure = true
    })
    .await
    .expect("app");
    let team = app.add_staff(Role::Team, false).await;
    let response = app
        .log_in(&app.new_client(), &team.email, &team.password)
        .await;
    let cookie = response
        .headers()
        .get("set-cookie")
        .and_then(|v| v.to_str().ok())
        .expect("cookie");
    assert!(cookie.contains("Secure"), "{cookie}");
}
