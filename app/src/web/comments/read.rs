//! The parents' comments (role team).

use leptos::prelude::*;

use crate::{domain::parent_comments::CommentGroup, web::error::AppError};
#[cfg(feature = "ssr")]
use crate::{
    indicators::comments::comment_groups,
    store::{comment_store, settings_store, surveys},
    web::request::{app_state, require},
};

/// The sealed comments that may be read – the parents', then the professionals' – newest
/// months first, the months they are kept, and the threshold an area's month must reach.
#[server(endpoint = "team/comments")]
pub async fn parent_comments() -> Result<([Vec<CommentGroup>; 2], i64, u64), AppError> {
    require(crate::domain::access::TEAM)?;
    let state = app_state()?;
    let parents = comment_store::months(&state.db, &surveys::PARENTS).await?;
    let professionals = comment_store::months(&state.db, &surveys::PROFESSIONALS).await?;
    let kept = settings_store::number(&state.db, settings_store::COMMENT_RETENTION_MONTHS).await?;
    let threshold = settings_store::threshold(&state.db).await?;
    let groups = [parents, professionals].map(|months| comment_groups(months, threshold));
    Ok((groups, kept, threshold))
}
