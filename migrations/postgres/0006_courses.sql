-- The FI team's register of courses and meetings. A course is a child, but no child is named:
-- a pseudonymous reference, the institution, an age band and dates. Notes pass the CPR guard.
CREATE TABLE courses (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,           -- 'FI-2026-0042'
    year INTEGER NOT NULL,
    seq BIGINT NOT NULL,
    institution_id BIGINT NOT NULL REFERENCES institutions (id),
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    age_band TEXT NOT NULL CHECK (age_band IN ('0-2', '3-5', '6-9', '10-13', '14-16')),
    started_on TEXT NOT NULL,                 -- 'YYYY-MM-DD'
    parents_take_part INTEGER NOT NULL CHECK (parents_take_part IN (0, 1)),
    note TEXT CHECK (char_length(note) <= 2000),
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    ended_on TEXT,                            -- 'YYYY-MM-DD'
    outcome TEXT CHECK (outcome IN ('resolved', 'child_welfare', 'ppr', 'other')),
    -- At most five meetings: the count is raised only while it is below five, in the same
    -- statement, so two simultaneous sixth meetings cannot both pass.
    meeting_count INTEGER NOT NULL DEFAULT 0 CHECK (meeting_count BETWEEN 0 AND 5),
    card_issued INTEGER NOT NULL DEFAULT 0 CHECK (card_issued IN (0, 1)),
    UNIQUE (year, seq)
);
CREATE INDEX courses_status ON courses (status);
CREATE INDEX courses_institution ON courses (institution_id);
-- Covering indexes for the activity figures: counted from the index alone, never the rows.
CREATE INDEX courses_started ON courses (started_on, area);
CREATE INDEX courses_ended ON courses (status, ended_on, area, meeting_count, outcome);

CREATE TABLE course_themes (
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    theme TEXT NOT NULL CHECK (theme IN ('trivsel', 'adfaerd', 'sprog', 'fravaer', 'familie', 'motorik', 'andet')),
    PRIMARY KEY (course_id, theme)
);

CREATE TABLE meetings (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id BIGINT NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,                    -- 'YYYY-MM-DD'
    form TEXT NOT NULL CHECK (form IN ('with_parents', 'anonymous')),
    -- The course's area, copied so the activity figures count meetings without a join.
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole'))
);
CREATE INDEX meetings_course ON meetings (course_id);
CREATE INDEX meetings_held ON meetings (held_on, area, form);

CREATE TABLE meeting_participants (
    meeting_id BIGINT NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
    participant TEXT NOT NULL CHECK (participant IN ('paedagog', 'dagplejer', 'laerer', 'leder', 'socialraadgiver', 'psykolog', 'sundhedsplejerske', 'foraelder', 'andre')),
    PRIMARY KEY (meeting_id, participant)
);
