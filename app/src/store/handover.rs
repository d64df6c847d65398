//! What a successful post hands to the page it redirects to (post/redirect/get), and the posts
//! already answered.
//!
//! Some results exist only once: a sparring receipt, a sheet of evaluation codes. They may not
//! travel in the address (browser history, logs) and may not be written to the database (an
//! administrator reads it), so the post keeps them here, in this process's memory, under a
//! random token for a short while, and redirects to a page with `?vis=<token>`. Reloading that
//! page, or switching its language, shows the same result again; after [`LIFETIME`] it is gone.
//!
//! A form also carries a random post id (`domain::site::POST_ID`). The first post with an id remembers where
//! it led; the same post sent again (Back and send, a double click) is led there too, and
//! nothing is written twice.
//!
//! Several server processes behind one address need sticky routing for these pages: the token
//! lives in the process that answered the post.

use std::{collections::HashMap, sync::Mutex};

use chrono::{DateTime, Duration, Utc};
use rand::Rng as _;

use crate::domain::evaluation_code::IssuedCodes;

/// How long a result can be shown again, and a post recognised.
pub const LIFETIME: Duration = Duration::minutes(15);

/// Most results and posts remembered at once; beyond it the oldest go first.
const CAPACITY: usize = 10_000;

/// A result handed to the next page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Handed {
    /// The receipt of a sparring request just sent, grouped as shown.
    Sent { receipt: String },
    /// A sparring request opened with its receipt (digits only), `replied` right after the
    /// asker's own message.
    Opened { receipt: String, replied: bool },
    /// A parent's answers were stored (nothing else about them).
    Evaluated,
    /// Evaluation codes just issued, and the page the sheet leads back to.
    Codes { issued: IssuedCodes, back: String },
}

#[derive(Debug)]
struct Kept<T> {
    until: DateTime<Utc>,
    what: T,
}

/// The results and posts of the last [`LIFETIME`].
#[derive(Debug, Default)]
pub struct Handovers {
    results: Mutex<HashMap<String, Kept<Handed>>>,
    posts: Mutex<HashMap<String, Kept<String>>>,
}

fn keep<T>(map: &Mutex<HashMap<String, Kept<T>>>, key: String, what: T, now: DateTime<Utc>) {
    let mut map = map
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    map.retain(|_, kept| kept.until > now);
    if map.len() >= CAPACITY {
        if let Some(oldest) = map
            .iter()
            .min_by_key(|(_, kept)| kept.until)
            .map(|(key, _)| key.clone())
        {
            map.remove(&oldest);
        }
    }
    map.insert(
        key,
        Kept {
            until: now + LIFETIME,
            what,
        },
    );
}

fn find<T: Clone>(
    map: &Mutex<HashMap<String, Kept<T>>>,
    key: &str,
    now: DateTime<Utc>,
) -> Option<T> {
    let map = map
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    map.get(key)
        .filter(|kept| kept.until > now)
        .map(|kept| kept.what.clone())
}

/// A random token of 128 bits, URL-safe.
pub fn token() -> String {
    let bytes: [u8; 16] = rand::rng().random();
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

impl Handovers {
    /// Keeps `what` and returns the token that shows it.
    pub fn hand(&self, what: Handed, now: DateTime<Utc>) -> String {
        let token = token();
        keep(&self.results, token.clone(), what, now);
        token
    }

    /// The result kept under `token`, while it lives.
    pub fn result(&self, token: &str, now: DateTime<Utc>) -> Option<Handed> {
        find(&self.results, token, now)
    }

    /// Remembers that the post `post_id` led to `next`.
    pub fn answered(&self, post_id: &str, next: &str, now: DateTime<Utc>) {
        if !post_id.is_empty() {
            keep(&self.posts, post_id.to_owned(), next.to_owned(), now);
        }
    }

    /// Where the post `post_id` led when it was first sent, if it was.
    pub fn answer_of(&self, post_id: &str, now: DateTime<Utc>) -> Option<String> {
        if post_id.is_empty() {
            return None;
        }
        find(&self.posts, post_id, now)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn receipt() -> Handed {
        Handed::Sent {
            receipt: "1234 5678 9012 3456".into(),
        }
    }

    #[test]
    fn a_result_shows_again_until_its_lifetime_ends() {
        let handovers = Handovers::default();
        let now = Utc::now();
        let token = handovers.hand(receipt(), now);
        assert_eq!(token.len(), 32);
        assert_eq!(handovers.result(&token, now), Some(receipt()));
        assert_eq!(
            handovers.result(&token, now + LIFETIME - Duration::seconds(1)),
            Some(receipt())
        );
        assert_eq!(handovers.result(&token, now + LIFETIME), None);
        assert_eq!(handovers.result("not-a-token", now), None);
    }

    #[test]
    fn a_post_sent_twice_is_led_to_its_first_answer() {
        let handovers = Handovers::default();
        let now = Utc::now();
        assert_eq!(handovers.answer_of("abc", now), None);
        handovers.answered("abc", "/sparring/sendt?vis=1", now);
        assert_eq!(
            handovers
                .answer_of("abc", now + Duration::minutes(1))
                .as_deref(),
            Some("/sparring/sendt?vis=1")
        );
        // A form without an id is never taken for another.
        handovers.answered("", "/x", now);
        assert_eq!(handovers.answer_of("", now), None);
    }

    #[test]
    fn the_memory_never_holds_more_than_its_capacity() {
        let handovers = Handovers::default();
        let now = Utc::now();
        for n in 0..CAPACITY + 10 {
            handovers.answered(
                &format!("post-{n}"),
                "/",
                now + Duration::milliseconds(n as i64),
            );
        }
        let held = handovers.posts.lock().expect("lock").len();
        assert_eq!(held, CAPACITY);
        assert_eq!(
            handovers.answer_of("post-0", now),
            None,
            "the oldest went first"
        );
    }
}
