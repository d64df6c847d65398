-- The municipality's catalogue of offers (issue 19): each offer's purpose, the age bands and
-- themes it is for, who delivers it, how to get in (directly or by referral), how long it
-- lasts, the staircase step it belongs to, whom to contact, experience and known effect.
-- Public texts about services, never about a family.
CREATE TABLE offers (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 120),
    purpose TEXT NOT NULL CHECK (length(purpose) <= 2000),
    provider TEXT NOT NULL CHECK (length(provider) <= 300),
    access TEXT NOT NULL CHECK (access IN ('direct', 'referral')),
    duration TEXT NOT NULL DEFAULT '' CHECK (length(duration) <= 300),
    step TEXT REFERENCES staircase_steps (step),
    contact TEXT NOT NULL DEFAULT '' CHECK (length(contact) <= 300),
    experience TEXT NOT NULL DEFAULT '' CHECK (length(experience) <= 2000),
    effect TEXT NOT NULL DEFAULT '' CHECK (length(effect) <= 2000),
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE offer_age_bands (
    offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    age_band TEXT NOT NULL CHECK (age_band IN ('0-2', '3-5', '6-9', '10-13', '14-16')),
    PRIMARY KEY (offer_id, age_band)
);

CREATE TABLE offer_themes (
    offer_id INTEGER NOT NULL REFERENCES offers (id) ON DELETE CASCADE,
    theme TEXT NOT NULL CHECK (theme IN ('trivsel', 'adfaerd', 'sprog', 'fravaer', 'familie', 'motorik', 'andet')),
    PRIMARY KEY (offer_id, theme)
);
