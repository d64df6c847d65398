-- The professionals' evaluation (goal 3 asks parents *and* professionals).
--
-- A professional's code is an evaluation code like a parent's, marked as a professional's: it
-- knows its area, its month of issue and expiry, and whom it is for – nothing else. A closed
-- course counts the professionals' codes issued for it (never which), up to the professional
-- roles registered on its meetings.
ALTER TABLE evaluation_codes ADD COLUMN respondent TEXT NOT NULL DEFAULT 'parent' CHECK (respondent IN ('parent', 'professional'));
ALTER TABLE courses ADD COLUMN professional_cards INTEGER NOT NULL DEFAULT 0 CHECK (professional_cards >= 0);

-- The professionals' answers, held and sealed exactly as the parents' are (`store::seal`):
-- waiting apart until their month has ended, then moved in random order under new random ids.
CREATE TABLE professional_evaluations_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    competence TEXT NOT NULL CHECK (competence IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    work_group TEXT NOT NULL CHECK (work_group IN ('daycare', 'school', 'health', 'other')),
    comment TEXT CHECK (length(comment) <= 2000)
) WITHOUT ROWID;

CREATE TABLE professional_evaluations (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    difference TEXT NOT NULL CHECK (difference IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    collaboration TEXT NOT NULL CHECK (collaboration IN ('very_satisfied', 'satisfied', 'medium', 'dissatisfied', 'very_dissatisfied')),
    competence TEXT NOT NULL CHECK (competence IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    work_group TEXT NOT NULL CHECK (work_group IN ('daycare', 'school', 'health', 'other')),
    comment TEXT CHECK (length(comment) <= 2000),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
) WITHOUT ROWID;
CREATE INDEX professional_evaluations_area_month ON professional_evaluations (area, month);

CREATE TABLE professional_evaluation_counts (
    area TEXT NOT NULL,
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('difference', 'collaboration', 'competence', 'work_group')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, area, month, answer)
) WITHOUT ROWID;

-- The askers' rating of a closed sparring request, given with its receipt. Nothing refers to
-- the request: not its id, its area or its receipt. That a receipt was used to rate is kept
-- apart as a keyed hash of the receipt under a purpose of its own, which the request's own
-- hash does not lead to; the ratings wait and are sealed like the evaluations.
CREATE TABLE sparring_rated (
    mark TEXT PRIMARY KEY
) WITHOUT ROWID;

CREATE TABLE sparring_ratings_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know'))
) WITHOUT ROWID;

CREATE TABLE sparring_ratings (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
) WITHOUT ROWID;

CREATE TABLE sparring_rating_counts (
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('helped', 'next_step', 'ask_again')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, month, answer)
) WITHOUT ROWID;
