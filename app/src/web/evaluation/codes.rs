//! `POST /team/koder`: issues evaluation codes and hands their cards to the sheet's page.

use crate::{
    domain::{
        audit::Action,
        evaluation_code::{CodeOrder, IssuedCodes},
        Area, Lang, Respondent,
    },
    i18n::audit,
    store::{evaluation_store, handover::Handed},
    web::kit::{hand_on, internal, Reply, StaffPost},
};

/// The page that shows the cards handed on (`?vis=<token>`).
pub const SHEET: &str = "/team/koder/kort";

/// Draws the codes, stores their hashes with an audit entry, and redirects to their sheet.
pub async fn issue(post: StaffPost) -> Reply {
    let CodeOrder {
        area,
        count,
        card_lang,
    } = match CodeOrder::parse(&post.data) {
        Ok(order) => order,
        Err(errors) => return Err(post.refuse("/team/koder", "codes", &[], errors).await),
    };
    let tx = post.begin().await?;
    let cards = Cards {
        respondent: Respondent::Parent,
        area,
        count,
        card_lang,
    };
    issue_and_hand_on(&post, tx, cards, "/team/koder").await
}

/// What a sheet of cards is for.
pub struct Cards {
    pub respondent: Respondent,
    pub area: Area,
    pub count: usize,
    pub card_lang: Lang,
}

/// Draws `count` codes for `respondent` in `area` inside `tx` (which may already hold the
/// change that asked for them), stores their hashes with an audit entry, commits, and
/// redirects to [`SHEET`],
/// which shows their cards (with a link back to `back`) for a short while. The codes exist
/// in this process's memory only, and no cache may keep the redirect.
pub async fn issue_and_hand_on(
    post: &StaffPost,
    mut tx: sqlx::Transaction<'static, sqlx::Any>,
    cards: Cards,
    back: &str,
) -> Reply {
    let Cards {
        respondent,
        area,
        count,
        card_lang,
    } = cards;
    let state = &post.state;
    let today = state.clock.now().date_naive();
    let valid_days = state.settings.code_valid_days;
    let issue = evaluation_store::Issue {
        respondent,
        area,
        today,
        valid_days,
    };
    let codes = evaluation_store::issue_codes(&mut tx, &state.settings.secret, issue, count)
        .await
        .map_err(internal)?;
    post.record(
        &mut tx,
        Action::CodesIssued,
        &audit::codes_issued(respondent, area, count),
    )
    .await?;
    tx.commit().await.map_err(internal)?;
    let issued = IssuedCodes {
        respondent,
        codes: codes.iter().map(|c| c.grouped()).collect(),
        base_url: post.public_url(),
        valid_until: evaluation_store::last_valid_day(today, valid_days).to_string(),
        card_lang,
    };
    let handed = Handed::Codes {
        issued,
        back: back.to_owned(),
    };
    Ok(hand_on(state, &post.data, handed, SHEET))
}
