//! Storage of anonymous sparring: requests, their themes and messages, the receipt (as a keyed
//! hash), retention, and the counts the statistics need.

use chrono::{Datelike as _, NaiveDate};
use sqlx::{Any, AnyConnection, Executor};

use super::{Database, SecretKey};
use crate::domain::{
    district::Districts,
    sparring::{
        AgeBand, Asker, AskerKind, AskerView, InboxFilter, InboxRow, Message, NewRequest, Outcome,
        ParentsKnow, PreferredForm, ReceiptCode, SparringRequest, SparringStatus, SparringText,
        Theme, WorkContact, Workplace,
    },
    Area,
};

/// Separates receipt hashes from every other keyed hash.
const PURPOSE: &str = "sparring-receipt";

/// The keyed hash a request keeps of its receipt.
pub(crate) fn receipt_hash(key: &SecretKey, receipt: &ReceiptCode) -> String {
    key.keyed_hash(PURPOSE, receipt.as_str())
}

fn day(date: NaiveDate) -> String {
    date.format("%Y-%m-%d").to_string()
}

/// Stores a request and returns its id and its receipt, which exists nowhere else from now on.
pub async fn create(
    db: &Database,
    key: &SecretKey,
    request: &NewRequest,
    today: NaiveDate,
) -> Result<(i64, ReceiptCode), sqlx::Error> {
    let receipt = ReceiptCode::generate();
    // The area and district are copied: they stay when the institution goes with the texts.
    let (institution_id, institution_other, area, district) = match &request.workplace {
        None => (None, None, None, String::new()),
        Some(Workplace::Listed(id)) => {
            let found: Option<(String, String)> =
                sqlx::query_as("SELECT area, district FROM institutions WHERE id = $1")
                    .bind(id)
                    .fetch_optional(db.pool())
                    .await?;
            let (area, district) = found.unzip();
            (Some(*id), None, area, district.unwrap_or_default())
        }
        Some(Workplace::Other(name)) => (None, Some(name.clone()), None, String::new()),
    };
    let mut tx = db.begin_write().await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sparring_requests (receipt_hash, month, received_on, last_activity_on, asker_role, \
         institution_id, institution_other, area, district, age_band, parents_know, preferred_form, \
         concern, contact_name, contact_phone, contact_email, status, asker_kind) \
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 'received', $16) RETURNING id",
    )
    .bind(receipt_hash(key, &receipt))
    .bind(today.format("%Y-%m").to_string())
    .bind(day(today))
    .bind(request.asker.role())
    .bind(institution_id)
    .bind(institution_other)
    .bind(area)
    .bind(district)
    .bind(request.age_band.as_str())
    .bind(request.parents_know.map(|k| k.as_str().to_owned()))
    .bind(request.preferred_form.map(|f| f.as_str().to_owned()))
    .bind(request.concern.as_str())
    .bind(request.contact.name.clone())
    .bind(request.contact.phone.clone())
    .bind(request.contact.email.clone())
    .bind(request.asker.kind().as_str())
    .fetch_one(&mut *tx)
    .await?;
    for theme in &request.themes {
        sqlx::query("INSERT INTO sparring_themes (request_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.as_str())
            .execute(&mut *tx)
            .await?;
    }
    tx.commit().await?;
    Ok((id, receipt))
}

fn decode<T>(parsed: Result<T, crate::domain::Problem>, what: &str) -> Result<T, sqlx::Error> {
    parsed
        .map_err(|_| sqlx::Error::Decode(format!("unexpected {what} in sparring_requests").into()))
}

/// How a request is looked up.
enum Key<'a> {
    Receipt(&'a str),
    Id(i64),
}

async fn load(db: &Database, key: Key<'_>) -> Result<Option<SparringRequest>, sqlx::Error> {
    use sqlx::Row as _;
    let sql = format!(
        "SELECT r.id, r.received_on, r.asker_role, COALESCE(i.name, r.institution_other), r.area, \
         r.age_band, r.parents_know, r.preferred_form, r.concern, r.contact_name, r.contact_phone, \
         r.contact_email, r.status, r.assigned_to, s.name, r.meeting_on, r.meeting_time, \
         r.meeting_place, r.outcome, r.closed_on, r.asker_kind \
         FROM sparring_requests r \
         LEFT JOIN institutions i ON i.id = r.institution_id \
         LEFT JOIN staff s ON s.id = r.assigned_to \
         WHERE {}",
        match key {
            Key::Receipt(_) => "r.receipt_hash = $1",
            Key::Id(_) => "r.id = $1",
        }
    );
    let query = sqlx::query(&sql);
    let query = match key {
        Key::Receipt(hash) => query.bind(hash.to_owned()),
        Key::Id(id) => query.bind(id),
    };
    let Some(row) = query.fetch_optional(db.pool()).await? else {
        return Ok(None);
    };
    let id: i64 = row.try_get(0)?;
    let text = |i: usize| row.try_get::<Option<String>, _>(i);
    let required = |i: usize| row.try_get::<String, _>(i);
    let themes: Vec<String> = sqlx::query_scalar(
        "SELECT theme FROM sparring_themes WHERE request_id = $1 ORDER BY theme",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    let messages: Vec<(i64, i64, Option<String>, String, String)> = sqlx::query_as(
        "SELECT m.id, m.from_team, s.name, m.sent_on, m.body FROM sparring_messages m \
         LEFT JOIN staff s ON s.id = m.staff_id WHERE m.request_id = $1 ORDER BY m.id",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    let pointed: Vec<(i64, i64, String)> = sqlx::query_as(
        "SELECT p.message_id, o.id, o.name FROM sparring_message_offers p \
         JOIN sparring_messages m ON m.id = p.message_id JOIN offers o ON o.id = p.offer_id \
         WHERE m.request_id = $1 ORDER BY o.name",
    )
    .bind(id)
    .fetch_all(db.pool())
    .await?;
    let assigned: Option<i64> = row.try_get(13)?;
    Ok(Some(SparringRequest {
        id,
        received_on: required(1)?,
        asker: decode(Asker::read(&required(20)?, &required(2)?), "asker")?,
        institution: text(3)?,
        area: text(4)?.as_deref().and_then(|a| Area::parse(a).ok()),
        age_band: decode(AgeBand::parse(&required(5)?), "age band")?,
        themes: themes.iter().filter_map(|t| Theme::parse(t).ok()).collect(),
        parents_know: text(6)?
            .map(|k| decode(ParentsKnow::parse(&k), "parents_know"))
            .transpose()?,
        preferred_form: text(7)?
            .map(|f| decode(PreferredForm::parse(&f), "preferred_form"))
            .transpose()?,
        concern: text(8)?,
        contact: WorkContact {
            name: text(9)?,
            phone: text(10)?,
            email: text(11)?,
        },
        status: decode(SparringStatus::parse(&required(12)?), "status")?,
        assigned_to: assigned.zip(text(14)?),
        meeting: match (text(15)?, text(16)?, text(17)?) {
            (Some(on), Some(time), place) => Some((on, time, place.unwrap_or_default())),
            _ => None,
        },
        outcome: text(18)?.as_deref().and_then(|o| Outcome::parse(o).ok()),
        closed_on: text(19)?,
        messages: messages
            .into_iter()
            .map(|(message, from_team, author, sent_on, body)| Message {
                from_team: from_team != 0,
                author,
                sent_on,
                body,
                offers: pointed
                    .iter()
                    .filter(|(m, _, _)| *m == message)
                    .map(|(_, offer, name)| (*offer, name.clone()))
                    .collect(),
            })
            .collect(),
    }))
}

/// The request behind a receipt, if its texts still exist.
pub async fn by_receipt(
    db: &Database,
    key: &SecretKey,
    receipt: &ReceiptCode,
) -> Result<Option<SparringRequest>, sqlx::Error> {
    load(db, Key::Receipt(&receipt_hash(key, receipt))).await
}

/// What the asker sees of the request behind `receipt` (with the day its texts will be
/// deleted, once closed), if its texts still exist.
pub async fn asker_view(
    db: &Database,
    key: &SecretKey,
    receipt: &ReceiptCode,
    replied: bool,
) -> Result<Option<AskerView>, sqlx::Error> {
    let Some(request) = by_receipt(db, key, receipt).await? else {
        return Ok(None);
    };
    let retention =
        super::settings_store::number(db, super::settings_store::SPARRING_RETENTION_DAYS).await?;
    let deletion_day = request
        .closed_on
        .as_deref()
        .and_then(|day| NaiveDate::parse_from_str(day, "%Y-%m-%d").ok())
        .map(|closed| deletion_day(closed, retention).to_string());
    let answer_days =
        super::settings_store::number(db, super::settings_store::SPARRING_ANSWER_DAYS).await?;
    Ok(Some(AskerView {
        request,
        receipt: receipt.as_str().to_owned(),
        deletion_day,
        replied,
        answer_days,
        rated: super::sparring_rating_store::rated(db, key, receipt).await?,
    }))
}

/// A request by id, for the team.
pub async fn by_id(db: &Database, id: i64) -> Result<Option<SparringRequest>, sqlx::Error> {
    load(db, Key::Id(id)).await
}

type InboxDbRow = (
    i64,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    Option<String>,
    i64,
);

/// The requests whose texts exist, in the order they need the team: new ones, then those whose
/// last message is the asker's, then the other open ones, then the closed; within each, the
/// most recently active first.
pub async fn inbox(db: &Database, filter: &InboxFilter) -> Result<Vec<InboxRow>, sqlx::Error> {
    let rows: Vec<InboxDbRow> = sqlx::query_as(
        "SELECT id, received_on, status, asker_kind, asker_role, institution, age_band, assigned, waiting FROM ( \
         SELECT r.id, r.received_on, r.status, r.asker_kind, r.asker_role, \
         COALESCE(i.name, r.institution_other) AS institution, r.age_band, s.name AS assigned, \
         r.last_activity_on, \
         CAST(CASE WHEN r.status <> 'closed' AND (SELECT m.from_team FROM sparring_messages m \
           WHERE m.request_id = r.id ORDER BY m.id DESC LIMIT 1) = 0 THEN 1 ELSE 0 END AS BIGINT) AS waiting \
         FROM sparring_requests r \
         LEFT JOIN institutions i ON i.id = r.institution_id \
         LEFT JOIN staff s ON s.id = r.assigned_to \
         WHERE r.text_deleted_on IS NULL \
         AND ($1 = '' OR r.status = $1) \
         AND ($2 = '' OR CAST(r.institution_id AS TEXT) = $2) \
         AND ($3 = '' OR r.age_band = $3) \
         AND ($4 = '' OR EXISTS (SELECT 1 FROM sparring_themes t WHERE t.request_id = r.id AND t.theme = $4)) \
         AND ($5 = '' OR r.asker_kind = $5) \
         ) AS inbox \
         ORDER BY CASE WHEN status = 'received' THEN 0 WHEN waiting = 1 THEN 1 \
           WHEN status = 'closed' THEN 3 ELSE 2 END, last_activity_on DESC, id DESC",
    )
    .bind(filter.status.map_or("", SparringStatus::as_str))
    .bind(filter.institution.map(|i| i.to_string()).unwrap_or_default())
    .bind(filter.age_band.map_or("", AgeBand::as_str))
    .bind(filter.theme.map_or("", Theme::as_str))
    .bind(filter.kind.map_or("", AskerKind::as_str))
    .fetch_all(db.pool())
    .await?;
    let themes: Vec<(i64, String)> = sqlx::query_as(
        "SELECT t.request_id, t.theme FROM sparring_themes t \
         JOIN sparring_requests r ON r.id = t.request_id WHERE r.text_deleted_on IS NULL",
    )
    .fetch_all(db.pool())
    .await?;
    rows.into_iter()
        .map(
            |(id, received_on, status, kind, role, institution, age_band, assigned_to, waiting)| {
                Ok(InboxRow {
                    message_waiting: waiting == 1,
                    id,
                    received_on,
                    status: decode(SparringStatus::parse(&status), "status")?,
                    asker: decode(Asker::read(&kind, &role), "asker")?,
                    institution,
                    age_band: decode(AgeBand::parse(&age_band), "age band")?,
                    themes: themes
                        .iter()
                        .filter(|(request, _)| *request == id)
                        .filter_map(|(_, t)| Theme::parse(t).ok())
                        .collect(),
                    assigned_to,
                })
            },
        )
        .collect()
}

/// Records activity (and a new status) on a request.
async fn touch(
    tx: &mut AnyConnection,
    id: i64,
    status: Option<SparringStatus>,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    let result = sqlx::query(
        "UPDATE sparring_requests SET last_activity_on = $2, status = COALESCE($3, status) \
         WHERE id = $1 AND text_deleted_on IS NULL",
    )
    .bind(id)
    .bind(day(today))
    .bind(status.map(|s| s.as_str().to_owned()))
    .execute(&mut *tx)
    .await?;
    Ok(result.rows_affected() == 1)
}

/// Gives the request to a team member.
pub async fn assign(
    tx: &mut AnyConnection,
    id: i64,
    staff_id: i64,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    sqlx::query("UPDATE sparring_requests SET assigned_to = $2 WHERE id = $1")
        .bind(id)
        .bind(staff_id)
        .execute(&mut *tx)
        .await?;
    // Only a new request moves on; a later one keeps its status.
    sqlx::query(
        "UPDATE sparring_requests SET status = 'assigned' WHERE id = $1 AND status = 'received'",
    )
    .bind(id)
    .execute(&mut *tx)
    .await?;
    touch(tx, id, None, today).await
}

/// Proposes a meeting (day, time, place or link).
pub async fn propose_meeting(
    tx: &mut AnyConnection,
    id: i64,
    on: NaiveDate,
    time: &str,
    place: &str,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    sqlx::query("UPDATE sparring_requests SET meeting_on = $2, meeting_time = $3, meeting_place = $4 WHERE id = $1")
        .bind(id)
        .bind(day(on))
        .bind(time)
        .bind(place)
        .execute(&mut *tx)
        .await?;
    touch(tx, id, Some(SparringStatus::MeetingProposed), today).await
}

/// A message in the conversation: from the team (status "answered", pointing to `offers` of
/// the catalogue) or from the asker (no offers).
pub async fn add_message(
    tx: &mut AnyConnection,
    id: i64,
    from_staff: Option<i64>,
    body: &SparringText,
    offers: &[i64],
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    if !touch(tx, id, from_staff.map(|_| SparringStatus::Answered), today).await? {
        return Ok(false);
    }
    let message: i64 = sqlx::query_scalar(
        "INSERT INTO sparring_messages (request_id, from_team, staff_id, sent_on, body) \
         VALUES ($1, $2, $3, $4, $5) RETURNING id",
    )
    .bind(id)
    .bind(i64::from(from_staff.is_some()))
    .bind(from_staff)
    .bind(day(today))
    .bind(body.as_str())
    .fetch_one(&mut *tx)
    .await?;
    for offer in offers {
        sqlx::query("INSERT INTO sparring_message_offers (message_id, offer_id) VALUES ($1, $2)")
            .bind(message)
            .bind(offer)
            .execute(&mut *tx)
            .await?;
        // The lead's count: by offer and month only, so it outlives the conversation and
        // leads back to no request.
        sqlx::query(
            "INSERT INTO offer_pointers (offer_id, month, pointed) VALUES ($1, $2, 1) \
             ON CONFLICT (offer_id, month) DO UPDATE SET pointed = offer_pointers.pointed + 1",
        )
        .bind(offer)
        .bind(today.format("%Y-%m").to_string())
        .execute(&mut *tx)
        .await?;
    }
    Ok(true)
}

/// Closes the request with an outcome; its texts are deleted after the retention period.
pub async fn close(
    tx: &mut AnyConnection,
    id: i64,
    outcome: Outcome,
    today: NaiveDate,
) -> Result<bool, sqlx::Error> {
    sqlx::query("UPDATE sparring_requests SET outcome = $2, closed_on = $3 WHERE id = $1")
        .bind(id)
        .bind(outcome.as_str())
        .bind(day(today))
        .execute(&mut *tx)
        .await?;
    touch(tx, id, Some(SparringStatus::Closed), today).await
}

/// The id of the request behind a receipt (for an asker's reply).
pub async fn id_by_receipt(
    db: &Database,
    key: &SecretKey,
    receipt: &ReceiptCode,
) -> Result<Option<(i64, SparringStatus)>, sqlx::Error> {
    let row: Option<(i64, String)> =
        sqlx::query_as("SELECT id, status FROM sparring_requests WHERE receipt_hash = $1")
            .bind(receipt_hash(key, receipt))
            .fetch_optional(db.pool())
            .await?;
    row.map(|(id, status)| Ok((id, decode(SparringStatus::parse(&status), "status")?)))
        .transpose()
}

/// What a retention run did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Retention {
    /// Requests closed for lack of activity.
    pub closed_stale: u64,
    /// Requests whose texts were deleted.
    pub deleted: u64,
}

/// What retention leaves of a request is what the statistics need: area, month, age band, the
/// asker's role, themes and outcome (and how the asker wished to talk, whether the parents
/// knew). The texts go, and so do the institution, who had it, the meeting and every day: the
/// days become the first of their month. `$1` is the first of this month.
const DELETE_TEXTS: &str = "UPDATE sparring_requests SET concern = NULL, contact_name = NULL, \
    contact_phone = NULL, contact_email = NULL, institution_other = NULL, meeting_place = NULL, \
    receipt_hash = NULL, institution_id = NULL, assigned_to = NULL, meeting_on = NULL, \
    meeting_time = NULL, received_on = month || '-01', last_activity_on = month || '-01', \
    closed_on = CASE WHEN closed_on IS NULL THEN NULL ELSE SUBSTR(closed_on, 1, 7) || '-01' END, \
    text_deleted_on = $1";

/// Closes requests untouched for `stale_days` and deletes their texts at once; deletes the
/// texts of requests closed `retention_days` ago or more. The counts stay.
pub async fn apply_retention(
    db: &Database,
    today: NaiveDate,
    retention_days: i64,
    stale_days: i64,
) -> Result<Retention, sqlx::Error> {
    let stale_before = day(today - chrono::Days::new(u64::try_from(stale_days).unwrap_or(0)));
    let closed_before = day(today - chrono::Days::new(u64::try_from(retention_days).unwrap_or(0)));
    let mut tx = db.begin_write().await?;
    let closed_stale = sqlx::query(
        "UPDATE sparring_requests SET status = 'closed', outcome = 'stale', closed_on = $1 \
         WHERE status <> 'closed' AND last_activity_on < $2",
    )
    .bind(day(today))
    .bind(&stale_before)
    .execute(&mut *tx)
    .await?
    .rows_affected();
    let doomed = "text_deleted_on IS NULL AND (outcome = 'stale' OR closed_on <= $2)";
    sqlx::query(&format!(
        "DELETE FROM sparring_messages WHERE request_id IN (SELECT id FROM sparring_requests WHERE {doomed})"
    ))
    .bind(day(today))
    .bind(&closed_before)
    .execute(&mut *tx)
    .await?;
    let first_of_month = day(today.with_day(1).unwrap_or(today));
    let deleted = sqlx::query(&format!("{DELETE_TEXTS} WHERE {doomed}"))
        .bind(first_of_month)
        .bind(&closed_before)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    tx.commit().await?;
    if deleted > 0 {
        // Deleted text is not left in free pages or the write-ahead log.
        db.wipe_deleted(&["sparring_requests", "sparring_messages"])
            .await?;
    }
    Ok(Retention {
        closed_stale,
        deleted,
    })
}

/// The day the texts of a request closed on `closed_on` will be deleted.
pub fn deletion_day(closed_on: NaiveDate, retention_days: i64) -> NaiveDate {
    closed_on + chrono::Days::new(u64::try_from(retention_days).unwrap_or(0))
}

/// Count requests by one of their recorded dimensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Dimension {
    /// Month received.
    Month,
    /// The asker's role.
    Role,
    /// The institution's area.
    Area,
    /// The child's age band.
    AgeBand,
    /// The outcome (closed requests).
    Outcome,
    /// The themes (a request counts once per theme).
    Theme,
}

/// Which requests to count: those of one kind of asker received in the months `from..=to`
/// (`YYYY-MM`, open-ended where empty) in `area` (every area, and none, when `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Within {
    pub kind: AskerKind,
    pub area: Option<Area>,
    pub from: String,
    pub to: String,
}

impl Within {
    /// Every request of `kind`, whenever and wherever received.
    pub fn all(kind: AskerKind) -> Self {
        Self {
            kind,
            area: None,
            from: String::new(),
            to: String::new(),
        }
    }
}

/// How many requests `within` fall in each value of `dimension` (counted in the database; the
/// texts play no part, so the counts survive retention).
pub async fn counts<'e>(
    db: impl Executor<'e, Database = Any>,
    dimension: Dimension,
    within: &Within,
) -> Result<Vec<(String, u64)>, sqlx::Error> {
    let (value, from) = match dimension {
        Dimension::Month => ("r.month", ""),
        Dimension::Role => ("r.asker_role", ""),
        Dimension::Area => ("COALESCE(r.area, 'other')", ""),
        Dimension::AgeBand => ("r.age_band", ""),
        Dimension::Outcome => ("r.outcome", ""),
        Dimension::Theme => ("t.theme", " JOIN sparring_themes t ON t.request_id = r.id"),
    };
    let closed = if dimension == Dimension::Outcome {
        " AND r.outcome IS NOT NULL"
    } else {
        ""
    };
    // The names are fixed above, never input.
    let rows: Vec<(String, i64)> = sqlx::query_as(&format!(
        "SELECT {value}, COUNT(*) FROM sparring_requests r{from} \
         WHERE ($1 = '' OR r.area = $1) AND ($2 = '' OR r.month >= $2) AND ($3 = '' OR r.month <= $3) \
         AND r.asker_kind = $4{closed} \
         GROUP BY {value}"
    ))
    .bind(within.area.map_or("", Area::as_str))
    .bind(&within.from)
    .bind(&within.to)
    .bind(within.kind.as_str())
    .fetch_all(db)
    .await?;
    let mut rows: Vec<(String, u64)> = rows
        .into_iter()
        .map(|(value, n)| (value, u64::try_from(n).unwrap_or(0)))
        .collect();
    rows.sort();
    Ok(rows)
}

/// Every district requests were received from (kept when their texts go), `""` for none.
pub async fn district_names(db: &Database) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT DISTINCT district FROM sparring_requests")
        .fetch_all(db.pool())
        .await
}

/// Requests received `within` by the district of the asker's institution and by outcome, in
/// the order of goal 3's sparring row (`outcomes`, then those not closed yet): a row per
/// district of `districts`.
pub async fn outcomes_by_district(
    db: &Database,
    within: &Within,
    districts: &Districts,
    outcomes: &[&str],
) -> Result<Vec<Vec<u64>>, sqlx::Error> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(
        "SELECT district, COALESCE(outcome, ''), COUNT(*) FROM sparring_requests \
         WHERE ($1 = '' OR area = $1) AND ($2 = '' OR month >= $2) AND ($3 = '' OR month <= $3) \
         AND asker_kind = $4 \
         GROUP BY district, COALESCE(outcome, '')",
    )
    .bind(within.area.map_or("", Area::as_str))
    .bind(&within.from)
    .bind(&within.to)
    .bind(within.kind.as_str())
    .fetch_all(db.pool())
    .await?;
    let mut out = vec![vec![0; outcomes.len() + 1]; districts.len()];
    for (district, outcome, n) in rows {
        let slot = outcomes
            .iter()
            .position(|o| *o == outcome)
            .unwrap_or(outcomes.len());
        out[districts.index(&district)][slot] += u64::try_from(n).unwrap_or(0);
    }
    Ok(out)
}

/// Requests received `within`, by outcome (`''` for those not closed yet).
pub async fn outcomes_in(
    db: &Database,
    within: &Within,
) -> Result<Vec<(String, u64)>, sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT COALESCE(outcome, ''), COUNT(*) FROM sparring_requests \
         WHERE ($1 = '' OR area = $1) AND ($2 = '' OR month >= $2) AND ($3 = '' OR month <= $3) \
         AND asker_kind = $4 \
         GROUP BY COALESCE(outcome, '')",
    )
    .bind(within.area.map_or("", Area::as_str))
    .bind(&within.from)
    .bind(&within.to)
    .bind(within.kind.as_str())
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(outcome, n)| (outcome, u64::try_from(n).unwrap_or(0)))
        .collect())
}
