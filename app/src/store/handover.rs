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

use std::{
    collections::{HashMap, VecDeque},
    sync::Mutex,
};

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
    /// A parent's or a professional's answers were stored (nothing else about them).
    Evaluated(crate::domain::Respondent),
    /// Evaluation codes just issued, and the page the sheet leads back to.
    Codes { issued: IssuedCodes, back: String },
}

#[derive(Debug)]
struct Kept<T> {
    until: DateTime<Utc>,
    what: T,
}

/// What is kept, and the order it came in – which is the order it expires in, so the oldest
/// go first in constant time, on the path of every post.
#[derive(Debug)]
struct Memory<T> {
    map: HashMap<String, Kept<T>>,
    order: VecDeque<(DateTime<Utc>, String)>,
}

impl<T> Default for Memory<T> {
    fn default() -> Self {
        Self {
            map: HashMap::new(),
            order: VecDeque::new(),
        }
    }
}

impl<T: Clone> Memory<T> {
    /// Drops the oldest entry (unless a newer one has taken its key).
    fn drop_oldest(&mut self) {
        if let Some((until, key)) = self.order.pop_front() {
            if self.map.get(&key).is_some_and(|kept| kept.until == until) {
                self.map.remove(&key);
            }
        }
    }

    fn keep(&mut self, key: String, what: T, now: DateTime<Utc>) {
        while self.order.front().is_some_and(|(until, _)| *until <= now) {
            self.drop_oldest();
        }
        while self.map.len() >= CAPACITY {
            self.drop_oldest();
        }
        let until = now + LIFETIME;
        self.order.push_back((until, key.clone()));
        self.map.insert(key, Kept { until, what });
    }

    fn find(&self, key: &str, now: DateTime<Utc>) -> Option<T> {
        self.map
            .get(key)
            .filter(|kept| kept.until > now)
            .map(|kept| kept.what.clone())
    }
}

/// The results and posts of the last [`LIFETIME`].
#[derive(Debug, Default)]
pub struct Handovers {
    results: Mutex<Memory<Handed>>,
    posts: Mutex<Memory<String>>,
}

fn locked<T>(memory: &Mutex<Memory<T>>) -> std::sync::MutexGuard<'_, Memory<T>> {
    memory
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
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
        locked(&self.results).keep(token.clone(), what, now);
        token
    }

    /// The result kept under `token`, while it lives.
    pub fn result(&self, token: &str, now: DateTime<Utc>) -> Option<Handed> {
        locked(&self.results).find(token, now)
    }

    /// Remembers that the post `post_id` led to `next`.
    pub fn answered(&self, post_id: &str, next: &str, now: DateTime<Utc>) {
        if !post_id.is_empty() {
            locked(&self.posts).keep(post_id.to_owned(), next.to_owned(), now);
        }
    }

    /// Where the post `post_id` led when it was first sent, if it was.
    pub fn answer_of(&self, post_id: &str, now: DateTime<Utc>) -> Option<String> {
        if post_id.is_empty() {
            return None;
        }
        locked(&self.posts).find(post_id, now)
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
        let held = locked(&handovers.posts).map.len();
        assert_eq!(held, CAPACITY);
        assert_eq!(
            handovers.answer_of("post-0", now),
            None,
            "the oldest went first"
        );
    }
}
