//! Storage of the catalogue of offers: an offer with its age bands and themes, added, changed
//! or taken off the catalogue by the team, or imported from a file (an offer of the same name
//! is updated, the others added, none removed).

use std::collections::HashMap;

use sqlx::{any::AnyArguments, query::Query, Any, AnyConnection, Row};

use super::Database;
use crate::domain::{
    offer::{Access, NewOffer, Offer},
    sparring::{AgeBand, Theme},
};

/// Why an offer could not be saved.
#[derive(Debug, thiserror::Error)]
pub enum SaveOfferError {
    /// Another offer has this name.
    #[error("another offer has this name")]
    NameTaken,
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The columns of an offer, as `list` and `get` read them.
type OfferRow = (
    i64,
    String,
    String,
    String,
    String,
    String,
    Option<String>,
    String,
    String,
    String,
    i64,
);

const COLUMNS: &str = "o.id, o.name, o.purpose, o.provider, o.access, o.duration, o.step, \
                       o.contact, o.experience, o.effect, o.active";

/// Every offer (the active ones only, when `active_only`), in the order of their staircase
/// step (those of no step first: offers open to all), then by name.
pub async fn list(db: &Database, active_only: bool) -> Result<Vec<Offer>, sqlx::Error> {
    let rows: Vec<OfferRow> = sqlx::query_as(&format!(
        "SELECT {COLUMNS} FROM offers o LEFT JOIN staircase_steps s ON s.step = o.step \
         WHERE ($1 = 0 OR o.active = 1) ORDER BY COALESCE(s.rank, 0), o.name"
    ))
    .bind(i64::from(active_only))
    .fetch_all(db.pool())
    .await?;
    let bands: Vec<(i64, String)> =
        sqlx::query_as("SELECT offer_id, age_band FROM offer_age_bands")
            .fetch_all(db.pool())
            .await?;
    let themes: Vec<(i64, String)> = sqlx::query_as("SELECT offer_id, theme FROM offer_themes")
        .fetch_all(db.pool())
        .await?;
    Ok(assemble(rows, &bands, &themes))
}

/// The active offers' ids and names, by name: what a reply may point to.
pub async fn active_names(db: &Database) -> Result<Vec<(i64, String)>, sqlx::Error> {
    sqlx::query_as("SELECT id, name FROM offers WHERE active = 1 ORDER BY name")
        .fetch_all(db.pool())
        .await
}

/// How many times replies pointed to each offer in the months `from..=to` (`YYYY-MM`): the
/// offers pointed to at all, by name.
pub async fn pointed(
    db: &Database,
    from: &str,
    to: &str,
) -> Result<Vec<(String, u64)>, sqlx::Error> {
    let rows: Vec<(String, i64)> = sqlx::query_as(
        "SELECT o.name, CAST(SUM(p.pointed) AS BIGINT) FROM offer_pointers p \
         JOIN offers o ON o.id = p.offer_id WHERE p.month >= $1 AND p.month <= $2 \
         GROUP BY o.name ORDER BY o.name",
    )
    .bind(from)
    .bind(to)
    .fetch_all(db.pool())
    .await?;
    Ok(rows
        .into_iter()
        .map(|(name, n)| (name, u64::try_from(n).unwrap_or(0)))
        .collect())
}

/// One offer.
pub async fn get(db: &Database, id: i64) -> Result<Option<Offer>, sqlx::Error> {
    let row: Option<OfferRow> =
        sqlx::query_as(&format!("SELECT {COLUMNS} FROM offers o WHERE o.id = $1"))
            .bind(id)
            .fetch_optional(db.pool())
            .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let bands: Vec<(i64, String)> =
        sqlx::query_as("SELECT offer_id, age_band FROM offer_age_bands WHERE offer_id = $1")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    let themes: Vec<(i64, String)> =
        sqlx::query_as("SELECT offer_id, theme FROM offer_themes WHERE offer_id = $1")
            .bind(id)
            .fetch_all(db.pool())
            .await?;
    Ok(assemble(vec![row], &bands, &themes).pop())
}

/// Offers from their rows and their lists, each list in its choices' order.
fn assemble(rows: Vec<OfferRow>, bands: &[(i64, String)], themes: &[(i64, String)]) -> Vec<Offer> {
    let mut by_offer: HashMap<i64, (Vec<AgeBand>, Vec<Theme>)> = HashMap::new();
    for (id, band) in bands {
        if let Ok(band) = AgeBand::parse(band) {
            by_offer.entry(*id).or_default().0.push(band);
        }
    }
    for (id, theme) in themes {
        if let Ok(theme) = Theme::parse(theme) {
            by_offer.entry(*id).or_default().1.push(theme);
        }
    }
    rows.into_iter()
        .map(
            |(
                id,
                name,
                purpose,
                provider,
                access,
                duration,
                step,
                contact,
                experience,
                effect,
                active,
            )| {
                let (mut age_bands, mut themes) = by_offer.remove(&id).unwrap_or_default();
                age_bands.sort();
                themes.sort();
                Offer {
                    id,
                    details: NewOffer {
                        name,
                        purpose,
                        age_bands,
                        themes,
                        provider,
                        access: Access::parse(&access).unwrap_or(Access::Referral),
                        duration,
                        step,
                        contact,
                        experience,
                        effect,
                    },
                    active: active != 0,
                }
            },
        )
        .collect()
}

fn taken(error: sqlx::Error) -> SaveOfferError {
    match error {
        sqlx::Error::Database(e) if e.is_unique_violation() => SaveOfferError::NameTaken,
        e => SaveOfferError::Database(e),
    }
}

/// Writes an offer's age bands and themes anew.
async fn write_lists(tx: &mut AnyConnection, id: i64, offer: &NewOffer) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM offer_age_bands WHERE offer_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM offer_themes WHERE offer_id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    for band in &offer.age_bands {
        sqlx::query("INSERT INTO offer_age_bands (offer_id, age_band) VALUES ($1, $2)")
            .bind(id)
            .bind(band.as_str())
            .execute(&mut *tx)
            .await?;
    }
    for theme in &offer.themes {
        sqlx::query("INSERT INTO offer_themes (offer_id, theme) VALUES ($1, $2)")
            .bind(id)
            .bind(theme.as_str())
            .execute(&mut *tx)
            .await?;
    }
    Ok(())
}

/// `sql` with the offer's nine columns bound as `$1`…`$9`, in the order of the table.
fn with_offer<'q>(sql: &'q str, offer: &'q NewOffer) -> Query<'q, Any, AnyArguments<'q>> {
    sqlx::query(sql)
        .bind(&offer.name)
        .bind(&offer.purpose)
        .bind(&offer.provider)
        .bind(offer.access.as_str())
        .bind(&offer.duration)
        .bind(offer.step.clone())
        .bind(&offer.contact)
        .bind(&offer.experience)
        .bind(&offer.effect)
}

/// Adds an offer; returns its id.
pub async fn create(tx: &mut AnyConnection, offer: &NewOffer) -> Result<i64, SaveOfferError> {
    let row = with_offer(
        "INSERT INTO offers (name, purpose, provider, access, duration, step, contact, experience, \
         effect, active) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1) RETURNING id",
        offer,
    )
    .fetch_one(&mut *tx)
    .await
    .map_err(taken)?;
    let id: i64 = row.try_get(0)?;
    write_lists(tx, id, offer).await?;
    Ok(id)
}

/// Changes an offer; false when there is none with `id`.
pub async fn update(
    tx: &mut AnyConnection,
    id: i64,
    offer: &NewOffer,
) -> Result<bool, SaveOfferError> {
    let changed = with_offer(
        "UPDATE offers SET name = $1, purpose = $2, provider = $3, access = $4, duration = $5, \
         step = $6, contact = $7, experience = $8, effect = $9 WHERE id = $10",
        offer,
    )
    .bind(id)
    .execute(&mut *tx)
    .await
    .map_err(taken)?
    .rows_affected();
    if changed == 0 {
        return Ok(false);
    }
    write_lists(tx, id, offer).await?;
    Ok(true)
}

/// Takes an offer off the catalogue, or puts it back; false when there is none with `id`.
pub async fn set_active(
    tx: &mut AnyConnection,
    id: i64,
    active: bool,
) -> Result<bool, sqlx::Error> {
    let changed = sqlx::query("UPDATE offers SET active = $1 WHERE id = $2")
        .bind(i64::from(active))
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
    Ok(changed > 0)
}

/// Stores an imported catalogue in the caller's transaction: an offer whose name the
/// catalogue has is updated (and put back on it), the others added. Returns (offers, 0).
pub async fn store_imported(
    tx: &mut AnyConnection,
    offers: &[NewOffer],
) -> Result<(usize, usize), sqlx::Error> {
    for offer in offers {
        let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM offers WHERE name = $1")
            .bind(&offer.name)
            .fetch_optional(&mut *tx)
            .await?;
        let saved = match existing {
            Some(id) => update(tx, id, offer).await.map(|_| id),
            None => create(tx, offer).await,
        };
        let id = saved.map_err(|e| match e {
            SaveOfferError::Database(e) => e,
            SaveOfferError::NameTaken => sqlx::Error::Protocol("offer name taken".into()),
        })?;
        set_active(tx, id, true).await?;
    }
    Ok((offers.len(), 0))
}
