-- Anonymous advice for citizens (issue 19): a parent, a young person or another citizen asks
-- the FI team as professionals do, on the same requests, themes and conversation, with the same
-- receipt, retention and deletion. A citizen gives no workplace, no contact and no answer to
-- "do the parents know" or "how would you like to talk", and the table holds them to that.
-- SQLite cannot change a check, so the requests are made anew with their themes and messages
-- (and the offers a message points to), children first, so that no drop cascades to them.
CREATE TABLE sparring_requests_new (
    id INTEGER PRIMARY KEY,
    receipt_hash TEXT UNIQUE,                 -- keyed hash of the receipt; NULL once deleted
    month TEXT NOT NULL,                      -- 'YYYY-MM' the request came in
    received_on TEXT NOT NULL,                -- 'YYYY-MM-DD'
    last_activity_on TEXT NOT NULL,           -- 'YYYY-MM-DD'
    closed_on TEXT,                           -- 'YYYY-MM-DD'
    text_deleted_on TEXT,                     -- 'YYYY-MM-DD' when the texts were deleted
    asker_role TEXT NOT NULL,
    institution_id INTEGER REFERENCES institutions (id),
    institution_other TEXT,                   -- the name typed under "other"; deleted with the texts
    area TEXT CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    age_band TEXT NOT NULL CHECK (age_band IN ('0-2', '3-5', '6-9', '10-13', '14-16')),
    parents_know TEXT CHECK (parents_know IN ('told_declined', 'not_yet_told', 'other')),
    preferred_form TEXT CHECK (preferred_form IN ('phone', 'video', 'meeting')),
    concern TEXT,                             -- deleted with the texts
    contact_name TEXT,                        -- deleted with the texts
    contact_phone TEXT,                       -- deleted with the texts
    contact_email TEXT,                       -- deleted with the texts
    status TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'meeting_proposed', 'answered', 'closed')),
    assigned_to INTEGER REFERENCES staff (id),
    meeting_on TEXT,                          -- 'YYYY-MM-DD'
    meeting_time TEXT,                        -- 'HH:MM'
    meeting_place TEXT,                       -- deleted with the texts
    outcome TEXT CHECK (outcome IN ('advice', 'fi_meeting', 'notification', 'referred', 'other', 'stale')),
    district TEXT NOT NULL DEFAULT '',
    asker_kind TEXT NOT NULL DEFAULT 'professional' CHECK (asker_kind IN ('professional', 'citizen')),
    CHECK ((asker_kind = 'professional' AND asker_role IN ('paedagog', 'dagplejer', 'laerer', 'leder', 'sundhedsplejerske', 'anden'))
        OR (asker_kind = 'citizen' AND asker_role IN ('parent', 'young', 'citizen'))),
    CHECK (asker_kind = 'citizen' OR (parents_know IS NOT NULL AND preferred_form IS NOT NULL)),
    CHECK (asker_kind = 'professional' OR (institution_id IS NULL AND institution_other IS NULL
        AND area IS NULL AND district = '' AND parents_know IS NULL AND preferred_form IS NULL
        AND contact_name IS NULL AND contact_phone IS NULL AND contact_email IS NULL))
);
-- The columns in PostgreSQL's order, where the new ones are added at the end.
INSERT INTO sparring_requests_new (id, receipt_hash, month, received_on, last_activity_on,
    closed_on, text_deleted_on, asker_role, institution_id, institution_other, area, age_band,
    parents_know, preferred_form, concern, contact_name, contact_phone, contact_email, status,
    assigned_to, meeting_on, meeting_time, meeting_place, outcome, district, asker_kind)
    SELECT id, receipt_hash, month, received_on, last_activity_on, closed_on, text_deleted_on,
    asker_role, institution_id, institution_other, area, age_band, parents_know, preferred_form,
    concern, contact_name, contact_phone, contact_email, status, assigned_to, meeting_on,
    meeting_time, meeting_place, outcome, district, 'professional' FROM sparring_requests;

CREATE TABLE sparring_themes_new (
    request_id INTEGER NOT NULL REFERENCES sparring_requests_new (id) ON DELETE CASCADE,
    theme TEXT NOT NULL CHECK (theme IN ('trivsel', 'adfaerd', 'sprog', 'fravaer', 'familie', 'motorik', 'andet')),
    PRIMARY KEY (request_id, theme)
);
INSERT INTO sparring_themes_new (request_id, theme) SELECT request_id, theme FROM sparring_themes;

CREATE TABLE sparring_messages_new (
    id INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES sparring_requests_new (id) ON DELETE CASCADE,
    from_team INTEGER NOT NULL CHECK (from_team IN (0, 1)),
    staff_id INTEGER REFERENCES staff (id),
    sent_on TEXT NOT NULL,                    -- 'YYYY-MM-DD'
    body TEXT NOT NULL
);
INSERT INTO sparring_messages_new (id, request_id, from_team, staff_id, sent_on, body)
    SELECT id, request_id, from_team, staff_id, sent_on, body FROM sparring_messages;

CREATE TABLE sparring_message_offers_new (
    message_id INTEGER NOT NULL REFERENCES sparring_messages_new (id) ON DELETE CASCADE,
    offer_id INTEGER NOT NULL REFERENCES offers (id),
    PRIMARY KEY (message_id, offer_id)
);
INSERT INTO sparring_message_offers_new (message_id, offer_id)
    SELECT message_id, offer_id FROM sparring_message_offers;

DROP TABLE sparring_message_offers;
DROP TABLE sparring_themes;
DROP TABLE sparring_messages;
DROP TABLE sparring_requests;
ALTER TABLE sparring_requests_new RENAME TO sparring_requests;
ALTER TABLE sparring_messages_new RENAME TO sparring_messages;
ALTER TABLE sparring_themes_new RENAME TO sparring_themes;
ALTER TABLE sparring_message_offers_new RENAME TO sparring_message_offers;
CREATE INDEX sparring_requests_status ON sparring_requests (status);
CREATE INDEX sparring_requests_month_area ON sparring_requests (month, area);
CREATE INDEX sparring_requests_month_district ON sparring_requests (month, district);
CREATE INDEX sparring_requests_kind_month ON sparring_requests (asker_kind, month);
CREATE INDEX sparring_messages_request ON sparring_messages (request_id);

-- The citizens' ratings of their advice: a questionnaire of its own, held apart and sealed
-- like the professionals' ratings, and like them referring to no request.
CREATE TABLE advice_ratings_pending (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know'))
) WITHOUT ROWID;

CREATE TABLE advice_ratings (
    id TEXT PRIMARY KEY,                      -- 32 random hex digits
    month TEXT NOT NULL,                      -- 'YYYY-MM', the month of answering
    helped TEXT NOT NULL CHECK (helped IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    next_step TEXT NOT NULL CHECK (next_step IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    ask_again TEXT NOT NULL CHECK (ask_again IN ('strongly_agree', 'agree', 'neither', 'disagree', 'strongly_disagree', 'dont_know')),
    sealed_month TEXT NOT NULL                -- 'YYYY-MM'
) WITHOUT ROWID;

CREATE TABLE advice_rating_counts (
    month TEXT NOT NULL,
    question TEXT NOT NULL CHECK (question IN ('helped', 'next_step', 'ask_again')),
    answer TEXT NOT NULL,
    n BIGINT NOT NULL CHECK (n >= 0),
    PRIMARY KEY (question, month, answer)
) WITHOUT ROWID;
