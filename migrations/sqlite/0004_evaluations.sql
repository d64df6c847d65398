-- The parents' answers. Unlinkable by design: no code or code hash, no address, no browser,
-- no time finer than the month, and a random id. WITHOUT ROWID stores the rows in the order of
-- their random ids, so not even SQLite's hidden row number tells the order of submission.
CREATE TABLE evaluations (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    overall TEXT NOT NULL CHECK (overall IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    involved TEXT NOT NULL CHECK (involved IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    comment TEXT CHECK (length(comment) <= 2000)
) WITHOUT ROWID;
CREATE INDEX evaluations_area_month ON evaluations (area, month);

-- The answers counted per area, month, question and answer, kept in the same transaction as
-- each evaluation: the dashboard sums a few hundred rows here instead of scanning every answer.
-- As coarse as the evaluations themselves (area and month), so it tells nothing more.
CREATE TABLE evaluation_counts (
    area TEXT NOT NULL,
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('overall', 'collaboration', 'difference', 'involved')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, area, month, answer)
);
