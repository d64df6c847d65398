-- What staff did, with who and when. Nothing about parents or anonymous askers goes here.
CREATE TABLE audit_log (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at TEXT NOT NULL,                         -- UTC, '2026-11-23T18:10:00Z'
    staff_id BIGINT REFERENCES staff (id),   -- the actor, when known
    actor TEXT NOT NULL,                      -- the actor's e-mail (for a failed login: the one tried)
    action TEXT NOT NULL,                     -- e.g. 'login', 'login_failed', 'staff_created'
    subject TEXT NOT NULL DEFAULT ''          -- what the action was about, e.g. an account
);
CREATE INDEX audit_log_at ON audit_log (at);
