//! Counting attempts in memory to slow down guessing: of passwords per account and per client
//! (growing delays), of evaluation codes, sparring receipts and new sparring requests per client
//! (a window with a limit). Nothing here is ever stored or logged, and entries vanish when their
//! time has passed.
//!
//! Every attempt is counted *before* the slow work it guards (a database lookup, a password
//! hash), in one step under a lock, so that concurrent requests cannot all pass a check that
//! none of them has counted yet. An attempt that turns out right is given back afterwards.

use std::{
    collections::HashMap,
    net::IpAddr,
    sync::{
        atomic::{AtomicBool, Ordering},
        Mutex, MutexGuard,
    },
};

use chrono::{DateTime, Duration, Utc};

/// Most keys a counter holds. A flood of new clients beyond it (addresses are cheap in IPv6) is
/// counted under one shared key, so the flood slows itself down instead of the memory growing.
pub const MAX_KEYS: usize = 100_000;

/// Where attempts from clients beyond [`MAX_KEYS`] are counted.
const OVERFLOW: &str = "";

fn locked<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    // A panic while holding the lock leaves counts that are still meaningful.
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The key an entry is kept under: `key`, or the shared overflow key when the map is full of
/// live entries (after `live` has swept the expired ones).
fn slot<'a, E>(
    entries: &mut HashMap<String, E>,
    key: &'a str,
    cap: usize,
    live: impl FnMut(&String, &mut E) -> bool,
) -> &'a str {
    if entries.contains_key(key) || entries.len() < cap {
        return key;
    }
    entries.retain(live);
    if entries.len() < cap {
        key
    } else {
        OVERFLOW
    }
}

#[derive(Debug, Clone, Copy)]
struct Window {
    attempts: u32,
    started: DateTime<Utc>,
}

/// Allows `limit` attempts per key within `window`; the next ones wait until the window
/// that held the limit has passed.
#[derive(Debug)]
pub struct Throttle {
    limit: u32,
    window: Duration,
    cap: usize,
    entries: Mutex<HashMap<String, Window>>,
}

impl Throttle {
    /// `limit` attempts per `window`, for at most [`MAX_KEYS`] keys.
    pub fn new(limit: u32, window: Duration) -> Self {
        Self::with_cap(limit, window, MAX_KEYS)
    }

    /// Like [`Throttle::new`], holding at most `cap` keys.
    pub fn with_cap(limit: u32, window: Duration, cap: usize) -> Self {
        Self {
            limit: limit.max(1),
            window,
            cap: cap.max(1),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Counts an attempt of `key`: `Err(wait)` when its limit is used up (the attempt is then
    /// not counted). The key the attempt was counted under is what [`Throttle::give_back`]
    /// takes.
    pub fn attempt(&self, key: &str, now: DateTime<Utc>) -> Result<Counted, Duration> {
        let mut entries = locked(&self.entries);
        let window = self.window;
        let key = slot(&mut entries, key, self.cap, |_, e| e.started + window > now);
        let entry = entries.entry(key.to_owned()).or_insert(Window {
            attempts: 0,
            started: now,
        });
        if entry.started + window <= now {
            *entry = Window {
                attempts: 0,
                started: now,
            };
        }
        if entry.attempts >= self.limit {
            return Err(entry.started + window - now);
        }
        entry.attempts += 1;
        Ok(Counted(key.to_owned()))
    }

    /// Gives an attempt back (it was not a wrong guess: a known code, say).
    pub fn give_back(&self, counted: &Counted) {
        if let Some(entry) = locked(&self.entries).get_mut(&counted.0) {
            entry.attempts = entry.attempts.saturating_sub(1);
        }
    }

    /// Keys held now (what the tests of the cap look at).
    #[cfg(test)]
    fn len(&self) -> usize {
        locked(&self.entries).len()
    }
}

/// An attempt counted by a [`Throttle`], under the key it was counted under.
#[derive(Debug)]
#[must_use = "an attempt that was no wrong guess is given back"]
pub struct Counted(String);

/// How fast a key's wait grows: `free` attempts without a wait, then a wait of `first` that
/// doubles with each attempt, up to `longest`. A key that makes no attempt for `quiet` starts
/// over.
#[derive(Debug, Clone, Copy)]
pub struct Pace {
    pub free: u32,
    pub first: Duration,
    pub longest: Duration,
    pub quiet: Duration,
}

impl Pace {
    /// The wait after a key's `n`-th attempt in a row.
    fn wait_after(&self, n: u32) -> Duration {
        if n < self.free {
            return Duration::zero();
        }
        let doublings = (n - self.free).min(20);
        let wait = self.first * 2_i32.pow(doublings);
        wait.min(self.longest)
    }
}

#[derive(Debug, Clone, Copy)]
struct Run {
    attempts: u32,
    last: DateTime<Utc>,
    next: DateTime<Utc>,
}

/// Growing delays instead of a lock: a key that keeps failing waits longer and longer, up to a
/// short longest wait, and then gets its turn again. An account can therefore not be locked
/// out for good by someone typing wrong passwords for it: its owner waits at most
/// [`Pace::longest`].
#[derive(Debug)]
pub struct Delays {
    cap: usize,
    entries: Mutex<HashMap<String, Run>>,
}

impl Default for Delays {
    fn default() -> Self {
        Self::with_cap(MAX_KEYS)
    }
}

impl Delays {
    /// Holding at most `cap` keys.
    pub fn with_cap(cap: usize) -> Self {
        Self {
            cap: cap.max(1),
            entries: Mutex::new(HashMap::new()),
        }
    }

    /// Counts one attempt for every key at once: `Err(wait)`, counting nothing, while any of
    /// them must still wait (the longest wait); else each key's next attempt waits as its pace
    /// says, until [`Delays::forget`] (a success).
    pub fn attempt(&self, keys: &[(&str, Pace)], now: DateTime<Utc>) -> Result<(), Duration> {
        let mut entries = locked(&self.entries);
        let mut slots = Vec::with_capacity(keys.len());
        for (key, pace) in keys {
            let quiet = pace.quiet;
            let key = slot(&mut entries, key, self.cap, |_, run| {
                run.last + quiet > now || run.next > now
            });
            let fresh = Run {
                attempts: 0,
                last: now,
                next: now,
            };
            let run = entries.get(key).copied().unwrap_or(fresh);
            let run = if run.last + quiet <= now && run.next <= now {
                fresh
            } else {
                run
            };
            slots.push((key.to_owned(), *pace, run));
        }
        let wait = slots
            .iter()
            .map(|(_, _, run)| run.next - now)
            .max()
            .unwrap_or_else(Duration::zero);
        if wait > Duration::zero() {
            return Err(wait);
        }
        for (key, pace, run) in slots {
            let attempts = run.attempts + 1;
            entries.insert(
                key,
                Run {
                    attempts,
                    last: now,
                    next: now + pace.wait_after(attempts),
                },
            );
        }
        Ok(())
    }

    /// Forgets `key` (after a success).
    pub fn forget(&self, key: &str) {
        locked(&self.entries).remove(key);
    }

    /// Gives `key`'s last attempt back (it was right): its wait is what it was before it.
    pub fn give_back(&self, key: &str, pace: Pace) {
        let mut entries = locked(&self.entries);
        let Some(run) = entries.get_mut(key) else {
            return;
        };
        run.attempts = run.attempts.saturating_sub(1);
        if run.attempts == 0 {
            entries.remove(key);
        } else {
            run.next = run.last + pace.wait_after(run.attempts);
        }
    }

    /// Keys held now (what the tests of the cap look at).
    #[cfg(test)]
    fn len(&self) -> usize {
        locked(&self.entries).len()
    }

    #[cfg(test)]
    fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// The address a request came from: the peer's, or – when the peer is one of the trusted
/// proxies and a header is configured – the right-most address in the header that is not a
/// trusted proxy. Entries left of it were written by the client and prove nothing.
pub fn client_address(
    settings: &super::Settings,
    headers: &http::HeaderMap,
    peer: IpAddr,
) -> IpAddr {
    let trusted = |ip: &IpAddr| settings.trusted_proxies.iter().any(|net| net.contains(ip));
    let Some(name) = settings.client_ip_header.as_deref() else {
        warn_if_proxied(headers);
        return peer;
    };
    if !trusted(&peer) {
        return peer;
    }
    let mut address = peer;
    let hops = headers
        .get_all(name)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect::<Vec<_>>();
    for hop in hops.into_iter().rev() {
        let Some(ip) = parse_hop(hop) else { break };
        address = ip;
        if !trusted(&ip) {
            break;
        }
    }
    address
}

/// An address as proxies write it: `192.0.2.1`, `2001:db8::1`, `[2001:db8::1]:443`,
/// `192.0.2.1:443`.
fn parse_hop(hop: &str) -> Option<IpAddr> {
    let hop = hop.trim();
    hop.parse::<IpAddr>()
        .ok()
        .or_else(|| hop.parse::<std::net::SocketAddr>().ok().map(|s| s.ip()))
}

/// Requests that name a client in `X-Forwarded-For` or `Forwarded` while no header is
/// configured come through a proxy the server was not told about: every client then shares
/// the proxy's address, and one guesser slows every parent down. Said once, loudly.
fn warn_if_proxied(headers: &http::HeaderMap) {
    static WARNED: AtomicBool = AtomicBool::new(false);
    if (headers.contains_key("x-forwarded-for") || headers.contains_key("forwarded"))
        && !WARNED.swap(true, Ordering::Relaxed)
    {
        tracing::warn!(
            "requests come through a proxy (X-Forwarded-For), but TIDLIG_CLIENT_IP_HEADER and \
             TIDLIG_TRUSTED_PROXIES are unset: all clients share one throttle key, so one \
             guesser slows every parent down (README, \"Behind a proxy\")"
        );
    }
}

/// The key a client is counted under: a keyed hash of its address. The address itself is not
/// kept even in memory.
pub fn client_key(
    settings: &super::Settings,
    headers: &http::HeaderMap,
    peer: std::net::SocketAddr,
) -> String {
    let address = client_address(settings, headers, peer.ip());
    settings.secret.keyed_hash("client", &address.to_string())
}

/// Whole minutes to wait, rounded up, at least one: what the message says.
pub fn minutes(wait: Duration) -> u32 {
    let seconds = wait.num_seconds().max(1);
    u32::try_from((seconds + 59) / 60).unwrap_or(u32::MAX)
}

/// Whole seconds to wait, rounded up, at least one: what `Retry-After` and the message say.
pub fn seconds(wait: Duration) -> u64 {
    let millis = wait.num_milliseconds().max(1);
    u64::try_from((millis + 999) / 1000).unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_key_gets_its_limit_of_attempts_per_window() {
        let t0 = Utc::now();
        let throttle = Throttle::new(3, Duration::minutes(10));
        for _ in 0..3 {
            assert!(throttle.attempt("a", t0).is_ok());
        }
        assert_eq!(
            throttle.attempt("a", t0 + Duration::minutes(4)).err(),
            Some(Duration::minutes(6))
        );
        assert!(
            throttle.attempt("b", t0).is_ok(),
            "other keys are not affected"
        );
        assert!(
            throttle.attempt("a", t0 + Duration::minutes(10)).is_ok(),
            "a fresh window"
        );
    }

    #[test]
    fn an_attempt_given_back_does_not_count() {
        let t0 = Utc::now();
        let throttle = Throttle::new(2, Duration::minutes(10));
        for _ in 0..10 {
            let counted = throttle.attempt("a", t0).expect("allowed");
            throttle.give_back(&counted);
        }
        assert!(throttle.attempt("a", t0).is_ok());
        assert!(throttle.attempt("a", t0).is_ok());
        assert!(throttle.attempt("a", t0).is_err());
    }

    #[test]
    fn concurrent_attempts_get_no_more_than_the_limit() {
        let t0 = Utc::now();
        let throttle = std::sync::Arc::new(Throttle::new(10, Duration::minutes(10)));
        let allowed: usize = (0..8)
            .map(|_| {
                let throttle = throttle.clone();
                std::thread::spawn(move || {
                    (0..25)
                        .filter(|_| throttle.attempt("a", t0).is_ok())
                        .count()
                })
            })
            .map(|thread| thread.join().expect("thread"))
            .sum();
        assert_eq!(allowed, 10);
    }

    #[test]
    fn a_full_map_counts_new_keys_together_instead_of_growing() {
        let t0 = Utc::now();
        let throttle = Throttle::with_cap(2, Duration::minutes(10), 100);
        for n in 0..100 {
            let _ = throttle.attempt(&format!("client {n}"), t0);
        }
        // A flood of new addresses: all share one key, so it is slowed after two attempts.
        let flood = (100..10_000)
            .filter(|n| throttle.attempt(&format!("client {n}"), t0).is_ok())
            .count();
        assert_eq!(flood, 2);
        assert!(throttle.len() <= 101, "{} keys", throttle.len());
        // When the old entries have expired, they make room again.
        let later = t0 + Duration::minutes(11);
        assert!(throttle.attempt("newcomer", later).is_ok());
        assert!(throttle.attempt("newcomer", later).is_ok());
        assert!(throttle.attempt("newcomer", later).is_err());
        assert!(throttle.attempt("another", later).is_ok());
    }

    const PACE: Pace = Pace {
        free: 3,
        first: Duration::seconds(1),
        longest: Duration::seconds(30),
        quiet: Duration::minutes(15),
    };

    #[test]
    fn delays_grow_to_a_short_longest_wait_and_never_lock_for_good() {
        let mut now = Utc::now();
        let delays = Delays::default();
        let mut waits = Vec::new();
        for _ in 0..12 {
            match delays.attempt(&[("a", PACE)], now) {
                Ok(()) => waits.push(0),
                Err(wait) => {
                    waits.push(wait.num_seconds());
                    now += wait;
                    delays.attempt(&[("a", PACE)], now).expect("after the wait");
                }
            }
        }
        assert_eq!(waits, [0, 0, 0, 1, 2, 4, 8, 16, 30, 30, 30, 30]);
        delays.forget("a");
        assert!(delays.attempt(&[("a", PACE)], now).is_ok());
    }

    #[test]
    fn right_attempts_given_back_never_add_up_to_a_wait() {
        let now = Utc::now();
        let delays = Delays::default();
        for _ in 0..50 {
            delays.attempt(&[("client", PACE)], now).expect("no wait");
            delays.give_back("client", PACE);
        }
        assert!(delays.is_empty());
    }

    #[test]
    fn a_waiting_key_holds_back_the_others_and_counts_nothing() {
        let now = Utc::now();
        let delays = Delays::default();
        for _ in 0..3 {
            delays.attempt(&[("account", PACE)], now).expect("free");
        }
        assert!(delays
            .attempt(&[("client", PACE), ("account", PACE)], now)
            .is_err());
        // The client's refused attempt was not counted: it still has its free ones.
        for _ in 0..3 {
            delays.attempt(&[("client", PACE)], now).expect("free");
        }
    }

    #[test]
    fn concurrent_attempts_get_only_the_free_ones() {
        let now = Utc::now();
        let delays = std::sync::Arc::new(Delays::default());
        let allowed: usize = (0..8)
            .map(|_| {
                let delays = delays.clone();
                std::thread::spawn(move || {
                    (0..10)
                        .filter(|_| delays.attempt(&[("a", PACE)], now).is_ok())
                        .count()
                })
            })
            .map(|thread| thread.join().expect("thread"))
            .sum();
        assert_eq!(allowed, 3);
    }

    #[test]
    fn waits_are_told_in_whole_minutes_and_seconds() {
        assert_eq!(minutes(Duration::seconds(1)), 1);
        assert_eq!(minutes(Duration::seconds(61)), 2);
        assert_eq!(minutes(Duration::minutes(15)), 15);
        assert_eq!(seconds(Duration::milliseconds(1)), 1);
        assert_eq!(seconds(Duration::milliseconds(1001)), 2);
    }
}
