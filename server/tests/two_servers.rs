//! Two application instances on one PostgreSQL database, as a municipality runs them behind
//! a load balancer: a session made on one is valid on the other, a code burned on one is
//! refused on the other, and simultaneous submissions of one code across both store one
//! answer. (PostgreSQL only: SQLite is one process's embedded file.)

mod common;

use app::{
    domain::{Area, Role},
    server::Backend,
};
use common::TestApp;

const ANSWERS: [(&str, &str); 5] = [
    ("overall", "very_satisfied"),
    ("collaboration", "satisfied"),
    ("difference", "agree"),
    ("involved", "strongly_agree"),
    ("comment", ""),
];

async fn submit(client: &reqwest::Client, address: &str, code: &str) -> u16 {
    let mut form = vec![("kode", code)];
    form.extend(ANSWERS);
    client
        .post(format!("{address}/evaluering"))
        .header("origin", address)
        .form(&form)
        .send()
        .await
        .expect("POST /evaluering")
        .status()
        .as_u16()
}

async fn evaluations(app: &TestApp) -> i64 {
    sqlx::query_scalar("SELECT COUNT(*) FROM evaluations")
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn two_servers_on_one_postgresql_share_sessions_and_codes() {
    let Some(app) = common::spawn_app(Backend::Postgres).await else {
        eprintln!("skipped: set {} to run on PostgreSQL", common::POSTGRES_VAR);
        return;
    };
    let (a, b) = (app.address.clone(), app.twin().await);

    // A session made on A is valid on B; logging out on B ends it on A.
    let team = app.add_staff(Role::Team, false).await;
    let client = app.client_for(&team).await;
    let status = |r: reqwest::Response| r.status().as_u16();
    assert_eq!(
        status(client.get(format!("{b}/start")).send().await.expect("GET")),
        200
    );
    let logout = client
        .post(format!("{b}/logout"))
        .header("origin", &b)
        .send()
        .await
        .expect("POST");
    assert_eq!(status(logout), 303);
    assert_eq!(
        status(client.get(format!("{a}/start")).send().await.expect("GET")),
        401
    );

    // A code burned on A is refused on B.
    let codes = app
        .issue_codes(Area::Skole, chrono::Utc::now().date_naive(), 60, 2)
        .await;
    let parent = app.new_client();
    assert_eq!(submit(&parent, &a, codes[0].as_str()).await, 303);
    assert_eq!(submit(&parent, &b, codes[0].as_str()).await, 422);
    assert_eq!(evaluations(&app).await, 1);

    // Twenty simultaneous submissions of one code, half to each server: one answer stored.
    let mut tasks = Vec::new();
    for n in 0..20 {
        let (address, code, client) = (
            if n % 2 == 0 { a.clone() } else { b.clone() },
            codes[1].as_str().to_owned(),
            app.new_client(),
        );
        tasks.push(tokio::spawn(async move {
            submit(&client, &address, &code).await
        }));
    }
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.expect("task"));
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 303).count(),
        1,
        "{statuses:?}"
    );
    assert!(
        statuses.iter().all(|s| *s == 303 || *s == 422),
        "{statuses:?}"
    );
    assert_eq!(evaluations(&app).await, 2);
    let used: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM evaluation_codes WHERE used = 1")
        .fetch_one(app.db().pool())
        .await
        .expect("count");
    assert_eq!(used, 2, "every burned code has its answer");
}
