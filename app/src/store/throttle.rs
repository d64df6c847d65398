//! Counting failures in memory to slow down guessing: of passwords per account and per
//! client, of evaluation codes and receipts per client. Nothing here is ever stored or logged,
//! and entries vanish when their window has passed.

use std::{collections::HashMap, sync::Mutex};

use chrono::{DateTime, Duration, Utc};

/// Past this many keys, expired entries are swept on the next failure.
const SWEEP_AT: usize = 10_000;

#[derive(Debug, Clone, Copy)]
struct Entry {
    failures: u32,
    window_start: DateTime<Utc>,
    locked_until: Option<DateTime<Utc>>,
}

/// Locks a key out for `lock` once it has failed `limit` times within `window`.
#[derive(Debug)]
pub struct Throttle {
    limit: u32,
    window: Duration,
    lock: Duration,
    entries: Mutex<HashMap<String, Entry>>,
}

impl Throttle {
    /// A throttle allowing `limit` failures per `window`, then locking for `lock`.
    pub fn new(limit: u32, window: Duration, lock: Duration) -> Self {
        Self {
            limit: limit.max(1),
            window,
            lock,
            entries: Mutex::new(HashMap::new()),
        }
    }

    fn entries(&self) -> std::sync::MutexGuard<'_, HashMap<String, Entry>> {
        // A panic while holding the lock leaves counts that are still meaningful.
        self.entries
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// `Err(wait)` while `key` is locked out.
    pub fn check(&self, key: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        match self.entries().get(key).and_then(|e| e.locked_until) {
            Some(until) if until > now => Err(until - now),
            _ => Ok(()),
        }
    }

    /// Counts a failure; returns `Err(wait)` if this failure locked the key.
    pub fn fail(&self, key: &str, now: DateTime<Utc>) -> Result<(), Duration> {
        let mut entries = self.entries();
        if entries.len() >= SWEEP_AT {
            let (window, lock) = (self.window, self.lock);
            entries.retain(|_, e| {
                e.window_start + window > now || e.locked_until.is_some_and(|u| u > now - lock)
            });
        }
        let entry = entries.entry(key.to_owned()).or_insert(Entry {
            failures: 0,
            window_start: now,
            locked_until: None,
        });
        if entry.window_start + self.window <= now || entry.locked_until.is_some_and(|u| u <= now) {
            *entry = Entry {
                failures: 0,
                window_start: now,
                locked_until: None,
            };
        }
        entry.failures += 1;
        if entry.failures >= self.limit {
            entry.locked_until = Some(now + self.lock);
            return Err(self.lock);
        }
        Ok(())
    }

    /// Forgets `key`'s failures (after a success).
    pub fn forget(&self, key: &str) {
        self.entries().remove(key);
    }
}

/// The key a client is counted under: a keyed hash of its address (or of the first address in
/// the proxy's header, when one is configured). The address itself is not kept even in memory.
pub fn client_key(
    settings: &super::Settings,
    headers: &http::HeaderMap,
    peer: std::net::SocketAddr,
) -> String {
    let address = settings
        .client_ip_header
        .as_deref()
        .and_then(|name| headers.get(name))
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(',').next())
        .map(|first| first.trim().to_owned())
        .unwrap_or_else(|| peer.ip().to_string());
    settings.secret.keyed_hash("client", &address)
}

/// Whole minutes to wait, rounded up, at least one: what the message says.
pub fn minutes(wait: Duration) -> u32 {
    let seconds = wait.num_seconds().max(1);
    u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_is_locked_after_the_limit_and_released_after_the_lock() {
        let t0 = Utc::now();
        let throttle = Throttle::new(3, Duration::minutes(15), Duration::minutes(15));
        assert_eq!(throttle.fail("a", t0), Ok(()));
        assert_eq!(throttle.fail("a", t0), Ok(()));
        assert_eq!(throttle.check("a", t0), Ok(()));
        assert_eq!(throttle.fail("a", t0), Err(Duration::minutes(15)));
        assert_eq!(
            throttle.check("a", t0 + Duration::minutes(14)),
            Err(Duration::minutes(1))
        );
        assert_eq!(
            throttle.check("b", t0),
            Ok(()),
            "other keys are not affected"
        );
        assert_eq!(throttle.check("a", t0 + Duration::minutes(15)), Ok(()));
        assert_eq!(
            throttle.fail("a", t0 + Duration::minutes(16)),
            Ok(()),
            "a fresh window"
        );
    }

    #[test]
    fn failures_spread_beyond_the_window_do_not_add_up() {
        let t0 = Utc::now();
        let throttle = Throttle::new(2, Duration::minutes(10), Duration::minutes(10));
        assert_eq!(throttle.fail("a", t0), Ok(()));
        assert_eq!(throttle.fail("a", t0 + Duration::minutes(11)), Ok(()));
        throttle.forget("a");
        assert_eq!(throttle.fail("a", t0 + Duration::minutes(12)), Ok(()));
    }

    #[test]
    fn waits_are_told_in_whole_minutes() {
        assert_eq!(minutes(Duration::seconds(1)), 1);
        assert_eq!(minutes(Duration::seconds(61)), 2);
        assert_eq!(minutes(Duration::minutes(15)), 15);
    }
}
