-- Anonymous sparring. The child and family are never named; the asker is known only through
-- the work contact they choose to give. The texts (concern, messages, contact details, meeting
-- place) are deleted a set number of days after closing; what stays is the statistics: month,
-- role, area, age band, themes, outcome. Dates are kept to the day, never a time.
CREATE TABLE sparring_requests (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    receipt_hash TEXT UNIQUE,                 -- keyed hash of the receipt; NULL once deleted
    month TEXT NOT NULL,                      -- 'YYYY-MM' the request came in
    received_on TEXT NOT NULL,                -- 'YYYY-MM-DD'
    last_activity_on TEXT NOT NULL,           -- 'YYYY-MM-DD'
    closed_on TEXT,                           -- 'YYYY-MM-DD'
    text_deleted_on TEXT,                     -- 'YYYY-MM-DD' when the texts were deleted
    asker_role TEXT NOT NULL CHECK (asker_role IN ('paedagog', 'dagplejer', 'laerer', 'leder', 'sundhedsplejerske', 'anden')),
    institution_id BIGINT REFERENCES institutions (id),
    institution_other TEXT,                   -- the name typed under "other"; deleted with the texts
    area TEXT CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    age_band TEXT NOT NULL CHECK (age_band IN ('0-2', '3-5', '6-9', '10-13', '14-16')),
    parents_know TEXT NOT NULL CHECK (parents_know IN ('told_declined', 'not_yet_told', 'other')),
    preferred_form TEXT NOT NULL CHECK (preferred_form IN ('phone', 'video', 'meeting')),
    concern TEXT,                             -- deleted with the texts
    contact_name TEXT,                        -- deleted with the texts
    contact_phone TEXT,                       -- deleted with the texts
    contact_email TEXT,                       -- deleted with the texts
    status TEXT NOT NULL CHECK (status IN ('received', 'assigned', 'meeting_proposed', 'answered', 'closed')),
    assigned_to BIGINT REFERENCES staff (id),
    meeting_on TEXT,                          -- 'YYYY-MM-DD'
    meeting_time TEXT,                        -- 'HH:MM'
    meeting_place TEXT,                       -- deleted with the texts
    outcome TEXT CHECK (outcome IN ('advice', 'fi_meeting', 'notification', 'referred', 'other', 'stale'))
);
CREATE INDEX sparring_requests_status ON sparring_requests (status);

CREATE TABLE sparring_themes (
    request_id BIGINT NOT NULL REFERENCES sparring_requests (id) ON DELETE CASCADE,
    theme TEXT NOT NULL CHECK (theme IN ('trivsel', 'adfaerd', 'sprog', 'fravaer', 'familie', 'motorik', 'andet')),
    PRIMARY KEY (request_id, theme)
);

-- Deleted, all of them, with the request's texts.
CREATE TABLE sparring_messages (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    request_id BIGINT NOT NULL REFERENCES sparring_requests (id) ON DELETE CASCADE,
    from_team INTEGER NOT NULL CHECK (from_team IN (0, 1)),
    staff_id BIGINT REFERENCES staff (id),
    sent_on TEXT NOT NULL,                    -- 'YYYY-MM-DD'
    body TEXT NOT NULL
);
CREATE INDEX sparring_messages_request ON sparring_messages (request_id);

-- Settings an administrator changes in the portal.
CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
