-- Sealed months. A parent's answer waits in `evaluations_pending` until its month has ended;
-- sealing then moves a month's answers to `evaluations` in random order under new random ids,
-- in a transaction of its own, and cleans the traces (secure_delete, a truncating checkpoint,
-- VACUUM). Nothing is stored in the order of submission or of issue: every table of the
-- evaluation is WITHOUT ROWID, keyed by a random id or a hash, and no time is finer than the
-- month.
CREATE TABLE evaluations_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    overall TEXT NOT NULL CHECK (overall IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    involved TEXT NOT NULL CHECK (involved IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    comment TEXT CHECK (length(comment) <= 2000)
) WITHOUT ROWID;

-- The sealed answers, with the month they were sealed in (the start of a comment's retention).
-- Answers stored before sealing existed are rewritten here in random order, as sealed.
CREATE TABLE evaluations_sealed (
    id TEXT PRIMARY KEY,
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,
    overall TEXT NOT NULL CHECK (overall IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    involved TEXT NOT NULL CHECK (involved IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    comment TEXT CHECK (length(comment) <= 2000),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
) WITHOUT ROWID;
INSERT INTO evaluations_sealed
    SELECT lower(hex(randomblob(16))), area, month, overall, collaboration, difference, involved, comment, month
    FROM evaluations ORDER BY random();
DROP TABLE evaluations;
ALTER TABLE evaluations_sealed RENAME TO evaluations;
CREATE INDEX evaluations_area_month ON evaluations (area, month);

-- The counts are made from sealed answers only, a month at a time, so they are never written
-- in the order answers came in.
CREATE TABLE evaluation_counts_sealed (
    area TEXT NOT NULL,
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('overall', 'collaboration', 'difference', 'involved')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, area, month, answer)
) WITHOUT ROWID;
INSERT INTO evaluation_counts_sealed
    SELECT area, month, 'overall', overall, COUNT(*) FROM evaluations GROUP BY area, month, overall
    UNION ALL SELECT area, month, 'collaboration', collaboration, COUNT(*) FROM evaluations GROUP BY area, month, collaboration
    UNION ALL SELECT area, month, 'difference', difference, COUNT(*) FROM evaluations GROUP BY area, month, difference
    UNION ALL SELECT area, month, 'involved', involved, COUNT(*) FROM evaluations GROUP BY area, month, involved;
DROP TABLE evaluation_counts;
ALTER TABLE evaluation_counts_sealed RENAME TO evaluation_counts;

-- A code keeps its area, the month it was issued and the month it expires in (it is valid to
-- the end of that month), nothing finer; stored in the order of its hash, not of issue.
CREATE TABLE evaluation_codes_sealed (
    code_hash TEXT PRIMARY KEY,
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    issued_month TEXT NOT NULL,               -- 'YYYY-MM'
    expires_month TEXT NOT NULL,              -- 'YYYY-MM', valid to the month's last day
    used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
) WITHOUT ROWID;
INSERT INTO evaluation_codes_sealed
    SELECT code_hash, area, issued_month, substr(expires_on, 1, 7), used FROM evaluation_codes;
DROP TABLE evaluation_codes;
ALTER TABLE evaluation_codes_sealed RENAME TO evaluation_codes;

-- The last month sealed: the next seal makes the counts again from there.
CREATE TABLE seal_state (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    sealed_through TEXT NOT NULL              -- 'YYYY-MM'
);
INSERT INTO seal_state (only_row, sealed_through)
    SELECT 1, MAX(month) FROM evaluations HAVING COUNT(*) > 0;
