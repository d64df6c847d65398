//! The time, from a clock the tests can control.

use std::sync::{
    atomic::{AtomicI64, Ordering},
    Arc,
};

use chrono::{DateTime, Utc};

/// Where "now" comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    /// The current time.
    fn now(&self) -> DateTime<Utc>;
}

/// The system's clock.
#[derive(Debug, Default)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> DateTime<Utc> {
        Utc::now()
    }
}

/// A clock that stands still until moved: for tests of timeouts and expiry.
#[derive(Debug)]
pub struct ManualClock(AtomicI64);

impl ManualClock {
    /// A clock showing `start`.
    pub fn new(start: DateTime<Utc>) -> Arc<Self> {
        Arc::new(Self(AtomicI64::new(start.timestamp_millis())))
    }

    /// Moves the clock forward.
    pub fn advance(&self, by: chrono::Duration) {
        self.0.fetch_add(by.num_milliseconds(), Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> DateTime<Utc> {
        DateTime::from_timestamp_millis(self.0.load(Ordering::SeqCst)).unwrap_or_default()
    }
}

/// The portal's time zone: what people read is Danish time.
pub const TIME_ZONE: chrono_tz::Tz = chrono_tz::Europe::Copenhagen;

/// `at` as people read it in Denmark: `YYYY-MM-DD HH:MM`, summer time included.
pub fn local_text(at: DateTime<Utc>) -> String {
    at.with_timezone(&TIME_ZONE)
        .format("%Y-%m-%d %H:%M")
        .to_string()
}

/// The moment a Danish day begins, in UTC (a day that begins in a gap has none; midnight never
/// falls in one in Copenhagen, so that is only a fallback).
pub fn local_day_start(day: chrono::NaiveDate) -> DateTime<Utc> {
    use chrono::TimeZone as _;
    let midnight = day.and_hms_opt(0, 0, 0).unwrap_or_default();
    TIME_ZONE
        .from_local_datetime(&midnight)
        .earliest()
        .map_or_else(|| midnight.and_utc(), |t| t.with_timezone(&Utc))
}

#[cfg(test)]
mod time_zone_tests {
    use super::*;

    #[test]
    fn moments_are_read_in_danish_time_winter_and_summer() {
        let winter: DateTime<Utc> = "2026-12-01T07:04:53Z".parse().expect("time");
        assert_eq!(local_text(winter), "2026-12-01 08:04");
        let summer: DateTime<Utc> = "2026-07-01T07:04:53Z".parse().expect("time");
        assert_eq!(local_text(summer), "2026-07-01 09:04");
        let day = chrono::NaiveDate::from_ymd_opt(2026, 7, 1).expect("day");
        assert_eq!(
            local_day_start(day).to_rfc3339(),
            "2026-06-30T22:00:00+00:00"
        );
    }
}
