-- Corrections of published pages. A published page never changes; when figures behind it
-- were registered or closed later (courses, sparring), the lead may publish it again as a new,
-- dated version, audited against the ledger like a first publication. Every version is kept;
-- the newest is shown, with the day of the first.
CREATE TABLE published_corrections (
    key TEXT NOT NULL REFERENCES published_tables (key),
    version BIGINT NOT NULL,
    published_on TEXT NOT NULL,
    threshold BIGINT NOT NULL,
    danish TEXT NOT NULL,
    english TEXT NOT NULL,
    PRIMARY KEY (key, version)
);

-- The version of its page a figure was published in (1: the first publication).
ALTER TABLE published_figures ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
