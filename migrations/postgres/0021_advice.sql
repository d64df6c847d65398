-- Anonymous advice for citizens (issue 19): a parent, a young person or another citizen asks
-- the FI team as professionals do, on the same requests, themes and conversation, with the same
-- receipt, retention and deletion. A citizen gives no workplace, no contact and no answer to
-- "do the parents know" or "how would you like to talk", and the table holds them to that.
ALTER TABLE sparring_requests ADD COLUMN asker_kind TEXT NOT NULL DEFAULT 'professional'
    CHECK (asker_kind IN ('professional', 'citizen'));
ALTER TABLE sparring_requests DROP CONSTRAINT sparring_requests_asker_role_check;
ALTER TABLE sparring_requests ADD CONSTRAINT sparring_requests_asker_role_check CHECK (
    (asker_kind = 'professional' AND asker_role IN ('paedagog', 'dagplejer', 'laerer', 'leder', 'sundhedsplejerske', 'anden'))
    OR (asker_kind = 'citizen' AND asker_role IN ('parent', 'young', 'citizen')));
ALTER TABLE sparring_requests ALTER COLUMN parents_know DROP NOT NULL;
ALTER TABLE sparring_requests ALTER COLUMN preferred_form DROP NOT NULL;
ALTER TABLE sparring_requests ADD CONSTRAINT sparring_requests_professional_check
    CHECK (asker_kind = 'citizen' OR (parents_know IS NOT NULL AND preferred_form IS NOT NULL));
ALTER TABLE sparring_requests ADD CONSTRAINT sparring_requests_citizen_check
    CHECK (asker_kind = 'professional' OR (institution_id IS NULL AND institution_other IS NULL
        AND area IS NULL AND district = '' AND parents_know IS NULL AND preferred_form IS NULL
        AND contact_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL));
CREATE INDEX sparring_requests_kind_month ON sparring_requests (asker_kind, month);

-- The citizens' ratings of their advice: a questionnaire of its own, held apart and sealed
-- like the professionals' ratings, and like them referring to no request.
CREATE TABLE advice_ratings_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know'))
);

CREATE TABLE advice_ratings (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
);

CREATE TABLE advice_rating_counts (
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('helped', 'next_step', 'ask_again')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, month, answer)
);
