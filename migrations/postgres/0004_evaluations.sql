-- The parents' answers. Unlinkable by design: no code or code hash, no address, no browser,
-- no time finer than the month, and a random id. (PostgreSQL keeps rows where they fit; the
-- id is random, and nothing in the table orders them.)
CREATE TABLE evaluations (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    overall TEXT NOT NULL CHECK (overall IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    involved TEXT NOT NULL CHECK (involved IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    comment TEXT CHECK (char_length(comment) <= 2000)
);
CREATE INDEX evaluations_area_month ON evaluations (area, month);
