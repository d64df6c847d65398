-- Published figures. A goal-3 page is published once per period and area, when that period
-- has closed: the page as shown (in Danish and in English) is kept and shown again unchanged,
-- and every figure of the parents' evaluations it showed or hid is kept in the ledger the
-- disclosure audit (`indicators::disclosure`) checks each new page against.
CREATE TABLE published_tables (
    key TEXT PRIMARY KEY,
    published_on TEXT NOT NULL,
    threshold BIGINT NOT NULL,
    danish TEXT NOT NULL,
    english TEXT NOT NULL
);

CREATE TABLE published_figures (
    table_key TEXT NOT NULL REFERENCES published_tables (key),
    family TEXT NOT NULL,
    areas BIGINT NOT NULL,
    from_quarter BIGINT NOT NULL,
    to_quarter BIGINT NOT NULL,
    categories BIGINT NOT NULL,
    -- NULL where the figure was hidden.
    value BIGINT
);

CREATE INDEX published_figures_by_table ON published_figures (table_key);
