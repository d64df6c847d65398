//! Fills a migrated database with a bench's worth of indicator data in bulk SQL: N
//! sealed evaluations (with their counts), M courses with one to five meetings each, and
//! the Rebild registry figures. Used by `bench/dashboard.sh`; not part of the product.
//!
//! cargo run --release -p server --example bench_fill -- DATABASE_URL [EVALUATIONS] [COURSES]

use app::store::{db::Backend, Database};

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .ok_or_else(|| anyhow::anyhow!("usage: bench_fill DATABASE_URL [EVALUATIONS] [COURSES]"))?;
    let evaluations: i64 = args.next().map_or(Ok(1_000_000), |n| n.parse())?;
    let courses: i64 = args.next().map_or(Ok(100_000), |n| n.parse())?;
    let db = Database::connect(&url).await?;
    db.migrate().await?;
    let started = std::time::Instant::now();
    // Series of numbers 1..=N, written for each backend; everything else is the same SQL.
    let series = |n: i64| {
        match db.backend() {
        Backend::Sqlite => format!(
            "WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < {n}) SELECT i FROM s"
        ),
        Backend::Postgres => format!("SELECT i FROM generate_series(1, {n}) AS g(i)"),
    }
    };
    let id = match db.backend() {
        Backend::Sqlite => "lower(hex(randomblob(16)))",
        Backend::Postgres => "md5(random()::text || i::text)",
    };
    let pad2 = |e: &str| match db.backend() {
        Backend::Sqlite => format!("printf('%02d', {e})"),
        Backend::Postgres => format!("lpad(({e})::text, 2, '0')"),
    };
    let month = format!(
        "CAST(2019 + i % 8 AS TEXT) || '-' || {}",
        pad2("1 + i % 12")
    );
    let satisfaction = "CASE WHEN i % 100 < 64 THEN 'very_satisfied' WHEN i % 100 < 85 THEN 'satisfied' ELSE 'medium' END";
    let agreement = "CASE i % 6 WHEN 0 THEN 'strongly_agree' WHEN 1 THEN 'agree' WHEN 2 THEN 'neither' WHEN 3 THEN 'disagree' WHEN 4 THEN 'strongly_disagree' ELSE 'dont_know' END";
    let area = "CASE i % 3 WHEN 0 THEN 'dagtilbud' WHEN 1 THEN 'dagpleje' ELSE 'skole' END";
    sqlx::query(&format!(
        "INSERT INTO evaluations (id, area, month, overall, collaboration, difference, involved, comment, sealed_month) \
         SELECT {id}, {area}, {month}, {satisfaction}, {satisfaction}, {agreement}, {agreement}, NULL, {month} FROM ({}) AS n",
        series(evaluations)
    ))
    .execute(db.pool())
    .await?;
    for question in ["overall", "collaboration", "difference", "involved"] {
        sqlx::query(&format!(
            "INSERT INTO evaluation_counts (area, month, question, answer, n) \
             SELECT area, month, '{question}', {question}, COUNT(*) FROM evaluations GROUP BY area, month, {question} \
             ON CONFLICT (question, area, month, answer) DO UPDATE SET n = excluded.n"
        ))
        .execute(db.pool())
        .await?;
    }
    println!(
        "{evaluations} evaluations in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let started = std::time::Instant::now();
    let institution: i64 =
        match sqlx::query_scalar::<_, i64>("SELECT id FROM institutions ORDER BY id LIMIT 1")
            .fetch_optional(db.pool())
            .await?
        {
            Some(id) => id,
            None => {
                app::store::institution_store::create(
                    db.pool(),
                    "Benchskolen",
                    app::domain::Area::Skole,
                    "",
                )
                .await?
            }
        };
    let day = |offset: &str| format!("{month} || '-' || {}", pad2(offset));
    sqlx::query(&format!(
        "INSERT INTO courses (reference, year, seq, institution_id, area, age_band, started_on, parents_take_part, \
         note, status, ended_on, outcome, meeting_count, card_issued) \
         SELECT 'FI-BENCH-' || CAST(i AS TEXT), 1900, i, {institution}, {area}, '6-9', {started}, 1, NULL, \
         CASE WHEN i % 10 = 0 THEN 'open' ELSE 'closed' END, \
         CASE WHEN i % 10 = 0 THEN NULL ELSE {ended} END, \
         CASE WHEN i % 10 = 0 THEN NULL WHEN i % 10 < 8 THEN 'resolved' WHEN i % 10 = 8 THEN 'child_welfare' ELSE 'ppr' END, \
         1 + i % 5, 0 FROM ({}) AS n",
        series(courses),
        started = day("1"),
        ended = day("28"),
    ))
    .execute(db.pool())
    .await?;
    for k in 1..=5 {
        sqlx::query(&format!(
            "INSERT INTO meetings (course_id, held_on, form, area) \
             SELECT id, substr(started_on, 1, 8) || '{:02}', CASE WHEN (id + {k}) % 4 = 0 THEN 'anonymous' ELSE 'with_parents' END, area \
             FROM courses WHERE meeting_count >= {k} AND year = 1900",
            k * 4
        ))
        .execute(db.pool())
        .await?;
    }
    println!(
        "{courses} courses with their meetings in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    Ok(())
}
