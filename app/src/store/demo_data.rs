//! Demo data for `make run` and `tidlig demo-data`: a demo municipality's institutions, one
//! staff account per role, a year of parents' evaluations (the status report's 27 very
//! satisfied and 15 satisfied or medium satisfied), a year of FI courses and meetings, a few
//! sparring requests and a year of closed ones rated by their askers, a year of professionals'
//! evaluations, Rebild's registry figures and a few unused codes to try the forms with.

use anyhow::Context as _;
use chrono::{Datelike as _, NaiveDate};

use super::{evaluation_store, passwords, staff_store, Database, SecretKey};
use crate::domain::{
    Agreement, Answers, Area, Comment, EvaluationCode, Password, Profession, Respondent, Role,
    Satisfaction, StaffEmail, StaffName,
};

/// A demo login, printed for whoever starts the demo.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DemoLogin {
    /// What the account may do.
    pub role: Role,
    /// Login e-mail.
    pub email: &'static str,
    /// The demo password (public: these accounts exist only in demo databases).
    pub password: &'static str,
}

/// The demo accounts, one per role.
pub const LOGINS: [DemoLogin; 3] = [
    DemoLogin {
        role: Role::Admin,
        email: "admin@demo.tidlig.dk",
        password: "demo-admin-2026",
    },
    DemoLogin {
        role: Role::Lead,
        email: "projektleder@demo.tidlig.dk",
        password: "demo-projektleder-2026",
    },
    DemoLogin {
        role: Role::Team,
        email: "fi-team@demo.tidlig.dk",
        password: "demo-fi-team-2026",
    },
];

const INSTITUTIONS: [(&str, Area, &str); 8] = [
    ("Børnehuset Solsikken", Area::Dagtilbud, "Nord"),
    ("Børnehaven Skovly", Area::Dagtilbud, "Syd"),
    ("Vuggestuen Mælkebøtten", Area::Dagtilbud, "Øst"),
    ("Dagplejen Nord", Area::Dagpleje, "Nord"),
    ("Dagplejen Syd", Area::Dagpleje, "Syd"),
    ("Bakkeskolen", Area::Skole, "Nord"),
    ("Fjordskolen", Area::Skole, "Syd"),
    ("Søndre Skole", Area::Skole, "Øst"),
];

/// True when the database holds no staff and no institutions yet.
pub async fn is_empty(db: &Database) -> anyhow::Result<bool> {
    let staff = staff_store::count(db).await?;
    let institutions: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM institutions")
        .fetch_one(db.pool())
        .await?;
    Ok(staff == 0 && institutions == 0)
}

/// What the demo gives whoever starts it.
#[derive(Debug, Clone)]
pub struct Demo {
    /// The staff logins.
    pub logins: &'static [DemoLogin],
    /// Unused evaluation codes (school), grouped as on a card.
    pub codes: Vec<String>,
}

/// Loads the demo data into an empty database and returns what to print.
pub async fn load(db: &Database, key: &SecretKey, today: NaiveDate) -> anyhow::Result<Demo> {
    anyhow::ensure!(
        is_empty(db).await?,
        "the database already holds staff or institutions; demo data goes into a new database only"
    );
    for (name, area, district) in INSTITUTIONS {
        super::institution_store::create(db.pool(), name, area, district)
            .await
            .with_context(|| format!("creating the demo institution {name}"))?;
    }
    for (login, (name, profession)) in LOGINS.iter().zip([
        ("Ada Administrator", Profession::Other),
        ("Lene Projektleder", Profession::Projektleder),
        ("Sofie Socialrådgiver", Profession::Socialraadgiver),
    ]) {
        let staff = staff_store::NewStaff {
            email: StaffEmail::parse(login.email).map_err(anyhow::Error::msg)?,
            name: StaffName::parse(name).map_err(anyhow::Error::msg)?,
            role: login.role,
            profession,
            password_hash: passwords::hash(
                Password::parse(login.password).map_err(anyhow::Error::msg)?,
            )
            .await?,
            must_change_password: false,
        };
        staff_store::create(db.pool(), &staff, chrono::Utc::now())
            .await
            .with_context(|| format!("creating the demo account {}", login.email))?;
    }
    // The staircase and the catalogue first: the team's demo reply points to an offer.
    registry(db).await?;
    offers(db).await?;
    evaluations(db, key, today).await?;
    professionals(db, key, today).await?;
    sparring(db, key, today).await?;
    sparring_ratings(db, key, today).await?;
    // A demo shows its year at once: sealed through this month, as an operator may do.
    super::seal::seal(db, &evaluation_store::month_of(today), today).await?;
    courses(db, today).await?;
    let mut tx = db.begin_write().await?;
    let issue = evaluation_store::Issue {
        respondent: Respondent::Parent,
        area: Area::Skole,
        today,
        valid_days: 60,
    };
    let codes = evaluation_store::issue_codes(&mut tx, key, issue, 5).await?;
    tx.commit().await?;
    Ok(Demo {
        logins: &LOGINS,
        codes: codes.iter().map(EvaluationCode::grouped).collect(),
    })
}

/// Three sparring requests: a new one, one the team has answered, one closed; and four
/// citizens' questions: two new, one answered with an offer, one closed.
async fn sparring(db: &Database, key: &SecretKey, today: NaiveDate) -> anyhow::Result<()> {
    use super::sparring_store;
    use crate::domain::{
        advice::CitizenRole,
        sparring::{
            AgeBand, Asker, AskerRole, NewRequest, Outcome, ParentsKnow, PreferredForm,
            SparringText, Theme, WorkContact, Workplace,
        },
    };
    let institutions = super::institution_store::list_active(db).await?;
    let first = |area: Area| institutions.iter().find(|i| i.area == area).map(|i| i.id);
    let text =
        |t: &str| SparringText::parse(t, SparringText::MIN_CONCERN).map_err(anyhow::Error::msg);
    let requests = [
        (AskerRole::Paedagog, first(Area::Dagtilbud), AgeBand::Age3To5, vec![Theme::Trivsel, Theme::SprogOgUdvikling],
         "En pige på fire år er blevet meget stille og leger alene. Hun taler næsten ikke i samling."),
        (AskerRole::Laerer, first(Area::Skole), AgeBand::Age10To13, vec![Theme::Fravaer, Theme::Familieforhold],
         "En dreng i 5. klasse har haft meget fravær siden efterårsferien og virker træt, når han kommer."),
        (AskerRole::Dagplejer, first(Area::Dagpleje), AgeBand::Age0To2, vec![Theme::MotorikOgSansning],
         "Et barn på halvandet år kravler stadig ikke og reagerer kraftigt på lyde."),
    ];
    let mut ids = Vec::new();
    for (role, institution, age_band, themes, concern) in requests {
        let request = NewRequest {
            asker: Asker::Professional(role),
            workplace: Some(institution.map_or(
                Workplace::Other("Privat børnehave".into()),
                Workplace::Listed,
            )),
            age_band,
            themes,
            concern: text(concern)?,
            parents_know: Some(ParentsKnow::NotYetTold),
            preferred_form: Some(PreferredForm::Phone),
            contact: WorkContact::default(),
        };
        sparring_store::create(db, key, &request, today).await?;
        ids.push(
            sqlx::query_scalar::<_, i64>("SELECT MAX(id) FROM sparring_requests")
                .fetch_one(db.pool())
                .await?,
        );
    }
    let team: i64 = sqlx::query_scalar("SELECT id FROM staff WHERE role = 'team'")
        .fetch_one(db.pool())
        .await?;
    let mut tx = db.begin_write().await?;
    sparring_store::assign(&mut tx, ids[1], team, today).await?;
    let answer =
        text("Tak for din henvendelse. Vi foreslår en snak i telefonen – se mødeforslaget.")?;
    sparring_store::propose_meeting(
        &mut tx,
        ids[1],
        today + chrono::Days::new(3),
        "10:00",
        "Telefon",
        today,
    )
    .await?;
    let offer: i64 =
        sqlx::query_scalar("SELECT id FROM offers WHERE name = 'Makkerpar i folkeskolerne'")
            .fetch_one(db.pool())
            .await?;
    sparring_store::add_message(&mut tx, ids[1], Some(team), &answer, &[offer], today).await?;
    sparring_store::assign(&mut tx, ids[2], team, today).await?;
    sparring_store::close(&mut tx, ids[2], Outcome::Referred, today).await?;
    tx.commit().await?;
    let questions = [
        (CitizenRole::Parent, AgeBand::Age3To5, vec![Theme::Adfaerd],
         "Min datter på fire år får store raserianfald hver morgen, når hun skal i børnehave. Hvad kan vi gøre derhjemme?"),
        (CitizenRole::Young, AgeBand::Age14To16, vec![Theme::Trivsel, Theme::Familieforhold],
         "Mine forældre skændes hele tiden, og jeg kan ikke koncentrere mig i skolen. Hvem kan jeg tale med?"),
        (CitizenRole::Citizen, AgeBand::Age6To9, vec![Theme::Fravaer],
         "Mit barnebarn på syv år har ondt i maven hver søndag aften og vil ikke i skole. Forældrene ved ikke, hvad de skal gøre."),
        (CitizenRole::Parent, AgeBand::Age0To2, vec![Theme::SprogOgUdvikling],
         "Vores søn på to år siger kun få ord. Er det noget, vi skal være bekymrede for?"),
    ];
    let mut citizens = Vec::new();
    for (role, age_band, themes, concern) in questions {
        let question = NewRequest {
            asker: Asker::Citizen(role),
            workplace: None,
            age_band,
            themes,
            concern: text(concern)?,
            parents_know: None,
            preferred_form: None,
            contact: WorkContact::default(),
        };
        citizens.push(sparring_store::create(db, key, &question, today).await?.0);
    }
    let mut tx = db.begin_write().await?;
    let answer = text(
        "Tak for dit spørgsmål. Mange børn i den alder reagerer sådan ved overgange. Prøv en fast \
         og kort afskedsrutine – og se gerne forældrekurset i kataloget.",
    )?;
    let course: i64 = sqlx::query_scalar("SELECT id FROM offers WHERE name = 'Stepping Stones'")
        .fetch_one(db.pool())
        .await?;
    sparring_store::assign(&mut tx, citizens[0], team, today).await?;
    sparring_store::add_message(&mut tx, citizens[0], Some(team), &answer, &[course], today)
        .await?;
    sparring_store::assign(&mut tx, citizens[3], team, today).await?;
    sparring_store::close(&mut tx, citizens[3], Outcome::AdviceGiven, today).await?;
    tx.commit().await?;
    Ok(())
}

/// Rebild's staircase 2015–2020 and the synthetic notifications by age (the fixtures the tests
/// use), through the same parsers as the lead's imports.
async fn registry(db: &Database) -> anyhow::Result<()> {
    use super::registry_store;
    use crate::domain::registry_import;
    let refused = |errors: Vec<crate::domain::ImportError>| {
        anyhow::anyhow!("demo figures refused: {errors:?}")
    };
    let kinds = registry_store::kind_keys(db).await?;
    let steps = registry_import::parse_steps(
        include_bytes!("../../../end2end/fixtures/rebild_indsatstrappe_steps.csv"),
        &kinds,
    )
    .map_err(refused)?;
    let mut tx = db.begin_write().await?;
    registry_store::store_steps(&mut tx, &steps).await?;
    tx.commit().await?;
    let known = registry_store::step_keys(db).await?;
    let figures = registry_import::parse_staircase(
        include_bytes!("../../../end2end/fixtures/rebild_indsatstrappe_2015_2020.csv"),
        &known,
    )
    .map_err(refused)?;
    let mut tx = db.begin_write().await?;
    registry_store::store_staircase(&mut tx, &figures).await?;
    let notifications = registry_import::parse_notifications(include_bytes!(
        "../../../end2end/fixtures/rebild_notifications_synthetic.csv"
    ))
    .map_err(refused)?;
    registry_store::store_notifications(&mut tx, &notifications).await?;
    tx.commit().await?;
    Ok(())
}

/// A catalogue shaped like Kalundborg's (the fixture the tests use), on Rebild's staircase,
/// through the same parser as the team's import.
async fn offers(db: &Database) -> anyhow::Result<()> {
    let steps: Vec<String> = super::registry_store::steps(db)
        .await?
        .into_iter()
        .map(|s| s.step)
        .collect();
    let offers = crate::domain::offer_import::parse_offers(
        include_bytes!("../../../end2end/fixtures/offers_kalundborg_like.csv"),
        &steps,
    )
    .map_err(|errors| anyhow::anyhow!("demo offers refused: {errors:?}"))?;
    let mut tx = db.begin_write().await?;
    super::offer_store::store_imported(&mut tx, &offers).await?;
    tx.commit().await?;
    Ok(())
}

/// A year of FI courses, four starting each month: mostly two or three meetings (never more
/// than five), about a third of the meetings held as anonymous discussions (every fifth course
/// without the parents), and seven in ten closed courses resolved inside FI. Courses started in
/// the last three months are still open.
async fn courses(db: &Database, today: NaiveDate) -> anyhow::Result<()> {
    use super::course_store;
    use crate::domain::{
        course::{CourseOutcome, MeetingForm, NewCourse, Participant},
        sparring::{AgeBand, Theme},
    };

    const MEETINGS: [usize; 12] = [2, 3, 2, 3, 1, 2, 3, 4, 3, 2, 5, 2];
    const OUTCOMES: [CourseOutcome; 10] = [
        CourseOutcome::ResolvedInFi,
        CourseOutcome::ResolvedInFi,
        CourseOutcome::ResolvedInFi,
        CourseOutcome::ChildWelfareCase,
        CourseOutcome::ResolvedInFi,
        CourseOutcome::ResolvedInFi,
        CourseOutcome::ReferredPpr,
        CourseOutcome::ResolvedInFi,
        CourseOutcome::Other,
        CourseOutcome::ResolvedInFi,
    ];
    let institutions = super::institution_store::list_active(db).await?;
    let first_day = today
        .checked_sub_months(chrono::Months::new(12))
        .context("demo dates")?;
    let mut closed = 0usize;
    for k in 0..48usize {
        let institution = &institutions[k % institutions.len()];
        let (age_band, professional) = match institution.area {
            Area::Dagpleje => (AgeBand::Age0To2, Participant::Dagplejer),
            Area::Dagtilbud => (
                [AgeBand::Age0To2, AgeBand::Age3To5, AgeBand::Age3To5][k % 3],
                Participant::Paedagog,
            ),
            Area::Skole => (
                [AgeBand::Age6To9, AgeBand::Age10To13, AgeBand::Age14To16][k % 3],
                Participant::Laerer,
            ),
        };
        let started_on = first_day
            .checked_add_months(chrono::Months::new((k / 4) as u32))
            .context("demo dates")?
            + chrono::Days::new((k % 4 * 7) as u64);
        let parents_take_part = !k.is_multiple_of(5);
        let course = NewCourse {
            institution_id: institution.id,
            age_band,
            started_on,
            themes: vec![
                Theme::ALL[k % Theme::ALL.len()],
                Theme::ALL[(k + 3) % Theme::ALL.len()],
            ],
            parents_take_part,
            note: k
                .is_multiple_of(7)
                .then(|| Comment::parse("Aftalt opfølgning med institutionen efter tre måneder."))
                .transpose()
                .map_err(anyhow::Error::msg)?
                .flatten(),
        };
        let mut tx = db.begin_write().await?;
        let (id, _) = course_store::create(&mut tx, &course).await?;
        let mut last = started_on;
        for m in 0..MEETINGS[k % MEETINGS.len()] {
            let held_on = started_on + chrono::Days::new((m * 14) as u64);
            if held_on > today {
                break;
            }
            // Without the parents every meeting is an anonymous discussion; with them, the
            // first meeting of every third course is one (the family joins later).
            let anonymous = !parents_take_part || (m == 0 && k.is_multiple_of(3));
            let (form, mut participants) = if anonymous {
                (
                    MeetingForm::Anonymous,
                    vec![professional, Participant::Socialraadgiver],
                )
            } else {
                (
                    MeetingForm::WithParents,
                    vec![
                        professional,
                        Participant::Foraelder,
                        Participant::Socialraadgiver,
                    ],
                )
            };
            if k % 4 == 1 {
                participants.push(Participant::Psykolog);
            }
            if institution.area == Area::Dagpleje {
                participants.push(Participant::Sundhedsplejerske);
            }
            course_store::add_meeting(&mut tx, id, held_on, form, &participants)
                .await?
                .map_err(|refusal| anyhow::anyhow!("demo meeting refused: {refusal:?}"))?;
            last = held_on;
        }
        let ended_on = last + chrono::Days::new(7);
        if started_on + chrono::Days::new(90) <= today && ended_on <= today {
            course_store::close(&mut tx, id, ended_on, OUTCOMES[closed % OUTCOMES.len()]).await?;
            closed += 1;
        }
        tx.commit().await?;
    }
    Ok(())
}

/// The first day of the `n`-th of the twelve months before this quarter (`n` taken modulo
/// 12), so that "since the start" – which ends with the last closed quarter – holds them all.
fn month_before_this_quarter(today: NaiveDate, n: usize) -> NaiveDate {
    let quarter_start = today
        .with_day(1)
        .and_then(|d| d.with_month((d.month() - 1) / 3 * 3 + 1))
        .unwrap_or(today);
    let last_closed_month = quarter_start.pred_opt().unwrap_or(today);
    let day = last_closed_month
        .checked_sub_months(chrono::Months::new((n % 12) as u32))
        .unwrap_or(last_closed_month);
    day.with_day(1).unwrap_or(day)
}

/// Draws one code for `respondent` in `area` on `day`.
async fn demo_code(
    db: &Database,
    key: &SecretKey,
    (respondent, area): (Respondent, Area),
    day: NaiveDate,
) -> anyhow::Result<EvaluationCode> {
    let code = EvaluationCode::generate();
    let issue = evaluation_store::Issue {
        respondent,
        area,
        today: day,
        valid_days: 60,
    };
    let mut tx = db.begin_write().await?;
    evaluation_store::insert_codes(&mut tx, key, issue, std::slice::from_ref(&code)).await?;
    tx.commit().await?;
    Ok(code)
}

/// 30 professionals' evaluations over the same year as the parents', through the real path,
/// and 10 professionals' codes never used (a response rate of 75 %): 24 agree that the course
/// made a positive difference, 6 neither agree nor disagree.
async fn professionals(db: &Database, key: &SecretKey, today: NaiveDate) -> anyhow::Result<()> {
    use crate::domain::professional_evaluation::{ProfessionalAnswers, WorkGroup};
    let agreement = [
        Agreement::StronglyAgree,
        Agreement::Agree,
        Agreement::Neither,
    ];
    for n in 0..40usize {
        let area = Area::ALL[n % 3];
        let day = month_before_this_quarter(today, n);
        let code = demo_code(db, key, (Respondent::Professional, area), day).await?;
        if n >= 30 {
            continue;
        }
        let answers = ProfessionalAnswers {
            difference: [
                agreement[0],
                agreement[1],
                agreement[0],
                agreement[1],
                agreement[2],
            ][n % 5],
            collaboration: if n % 5 < 3 {
                Satisfaction::VerySatisfied
            } else {
                Satisfaction::Satisfied
            },
            competence: [
                Agreement::StronglyAgree,
                Agreement::Agree,
                Agreement::DontKnow,
                Agreement::Agree,
                Agreement::StronglyAgree,
            ][n % 5],
            work_group: [
                WorkGroup::Daycare,
                WorkGroup::School,
                WorkGroup::Daycare,
                WorkGroup::School,
                WorkGroup::Health,
            ][n % 5],
            comment: (n == 7)
                .then(|| Comment::parse("Godt at få et fælles sprog om barnet med forældrene."))
                .transpose()
                .map_err(anyhow::Error::msg)?
                .flatten(),
        };
        let answers = evaluation_store::Submission::Professional(answers);
        evaluation_store::submit(db, key, &code, &answers, day)
            .await?
            .map_err(|status| anyhow::anyhow!("demo code refused: {status:?}"))?;
    }
    Ok(())
}

/// 15 sparring requests over the last year, closed with advice and rated by their askers with
/// their receipts: most got the help they needed and would ask again.
async fn sparring_ratings(db: &Database, key: &SecretKey, today: NaiveDate) -> anyhow::Result<()> {
    use super::{sparring_rating_store, sparring_store};
    use crate::domain::{
        professional_evaluation::SparringRating,
        sparring::{
            AgeBand, Asker, AskerRole, NewRequest, Outcome, ParentsKnow, PreferredForm,
            SparringText, Theme, WorkContact, Workplace,
        },
    };
    let concern = SparringText::parse(
        "Et barn virker utrygt ved aflevering og har svært ved at falde til ro.",
        SparringText::MIN_CONCERN,
    )
    .map_err(anyhow::Error::msg)?;
    for n in 0..15usize {
        let day = month_before_this_quarter(today, n) + chrono::Days::new(2);
        let request = NewRequest {
            asker: Asker::Professional(
                [
                    AskerRole::Paedagog,
                    AskerRole::Laerer,
                    AskerRole::Paedagog,
                    AskerRole::Dagplejer,
                    AskerRole::Sundhedsplejerske,
                ][n % 5],
            ),
            workplace: Some(Workplace::Other("Demo".into())),
            age_band: AgeBand::ALL[n % AgeBand::ALL.len()],
            themes: vec![[Theme::Trivsel, Theme::Adfaerd, Theme::Trivsel][n % 3]],
            concern: concern.clone(),
            parents_know: Some(ParentsKnow::ToldDeclined),
            preferred_form: Some(PreferredForm::Phone),
            contact: WorkContact::default(),
        };
        let (id, receipt) = sparring_store::create(db, key, &request, day).await?;
        let mut tx = db.begin_write().await?;
        sparring_store::close(&mut tx, id, Outcome::AdviceGiven, day).await?;
        tx.commit().await?;
        let rating = SparringRating {
            helped: if n % 3 == 0 {
                Agreement::Agree
            } else {
                Agreement::StronglyAgree
            },
            next_step: if n % 5 < 2 {
                Agreement::StronglyAgree
            } else {
                Agreement::Agree
            },
            ask_again: Agreement::StronglyAgree,
        };
        sparring_rating_store::rate(db, key, &receipt, &rating, day)
            .await?
            .map_err(|refusal| anyhow::anyhow!("demo rating refused: {refusal:?}"))?;
    }
    Ok(())
}

/// 42 evaluations over the four quarters before this one, answered through the real path (a code issued, then
/// burned with the answers, then sealed): 27 very satisfied, 9 satisfied, 6 medium satisfied.
async fn evaluations(db: &Database, key: &SecretKey, today: NaiveDate) -> anyhow::Result<()> {
    const OVERALL: [(Satisfaction, usize); 3] = [
        (Satisfaction::VerySatisfied, 27),
        (Satisfaction::Satisfied, 9),
        (Satisfaction::Medium, 6),
    ];
    let comments = [
        "Dejligt at blive hørt, og at alle var samlet om ét bord.",
        "Vi fik konkrete idéer med hjem, som virker.",
        "Møderne lå i arbejdstiden, det var svært for os.",
    ];
    let mut n = 0usize;
    for (overall, count) in OVERALL {
        for _ in 0..count {
            n += 1;
            let area = Area::ALL[n % 3];
            let day = month_before_this_quarter(today, n);
            let answers = Answers {
                overall,
                collaboration: if n.is_multiple_of(4) {
                    Satisfaction::Satisfied
                } else {
                    overall
                },
                difference: [
                    Agreement::StronglyAgree,
                    Agreement::Agree,
                    Agreement::DontKnow,
                ][n % 3],
                involved: [
                    Agreement::StronglyAgree,
                    Agreement::Agree,
                    Agreement::Neither,
                ][n % 3],
                comment: n
                    .is_multiple_of(9)
                    .then(|| Comment::parse(comments[n / 9 % comments.len()]))
                    .transpose()
                    .map_err(anyhow::Error::msg)?
                    .flatten(),
            };
            let code = demo_code(db, key, (Respondent::Parent, area), day).await?;
            let answers = evaluation_store::Submission::Parent(answers);
            evaluation_store::submit(db, key, &code, &answers, day)
                .await?
                .map_err(|status| anyhow::anyhow!("demo code refused: {status:?}"))?;
        }
    }
    // 18 cards handed out that were never answered: a response rate of 70 %.
    for n in 0..18 {
        let day = month_before_this_quarter(today, n);
        demo_code(db, key, (Respondent::Parent, Area::ALL[n % 3]), day).await?;
    }
    Ok(())
}
