-- Sealed months. A parent's answer waits in `evaluations_pending` until its month has ended;
-- sealing then moves a month's answers to `evaluations` in random order under new random ids,
-- in a transaction of its own (so no answer shares a transaction id with its code), and
-- cleans the traces (VACUUM FULL of the tables involved; the codes are rewritten in the order
-- of their hashes). No time is finer than the month.
CREATE TABLE evaluations_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    overall TEXT NOT NULL CHECK (overall IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    involved TEXT NOT NULL CHECK (involved IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    comment TEXT CHECK (char_length(comment) <= 2000)
);

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
    comment TEXT CHECK (char_length(comment) <= 2000),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
);
INSERT INTO evaluations_sealed
    SELECT md5(random()::text || id), area, month, overall, collaboration, difference, involved, comment, month
    FROM evaluations ORDER BY random();
DROP TABLE evaluations;
ALTER TABLE evaluations_sealed RENAME TO evaluations;
ALTER INDEX evaluations_sealed_pkey RENAME TO evaluations_pkey;
CREATE INDEX evaluations_area_month ON evaluations (area, month);

-- The counts are made from sealed answers only, a month at a time.
DELETE FROM evaluation_counts;
INSERT INTO evaluation_counts (area, month, question, answer, n)
    SELECT area, month, 'overall', overall, COUNT(*) FROM evaluations GROUP BY area, month, overall
    UNION ALL SELECT area, month, 'collaboration', collaboration, COUNT(*) FROM evaluations GROUP BY area, month, collaboration
    UNION ALL SELECT area, month, 'difference', difference, COUNT(*) FROM evaluations GROUP BY area, month, difference
    UNION ALL SELECT area, month, 'involved', involved, COUNT(*) FROM evaluations GROUP BY area, month, involved;

-- A code keeps its area, the month it was issued and the month it expires in (it is valid to
-- the end of that month), nothing finer.
ALTER TABLE evaluation_codes ADD COLUMN expires_month TEXT;
UPDATE evaluation_codes SET expires_month = substr(expires_on, 1, 7);
ALTER TABLE evaluation_codes ALTER COLUMN expires_month SET NOT NULL;
ALTER TABLE evaluation_codes DROP COLUMN expires_on;

-- The last month sealed: the next seal makes the counts again from there.
CREATE TABLE seal_state (
    only_row INTEGER PRIMARY KEY CHECK (only_row = 1),
    sealed_through TEXT NOT NULL              -- 'YYYY-MM'
);
INSERT INTO seal_state (only_row, sealed_through)
    SELECT 1, MAX(month) FROM evaluations HAVING COUNT(*) > 0;
