-- Institutions the FI team serves, and the staff who log in.
-- Flags are INTEGER 0/1 on both backends: sqlx's Any driver reads integers from both, but
-- cannot read SQLite's BOOLEAN.
CREATE TABLE institutions (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    district TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE staff (
    id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('team', 'lead', 'admin')),
    profession TEXT NOT NULL DEFAULT 'other'
        CHECK (profession IN ('socialraadgiver', 'psykolog', 'sundhedsplejerske', 'projektleder', 'other')),
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    -- Raised when the account is deactivated or its password reset: sessions holding an
    -- older value end at their next request.
    session_epoch INTEGER NOT NULL DEFAULT 0,
    -- UTC, ISO 8601 to the second ('2026-11-23T18:10:00Z'): staff data, not parents'.
    created_at TEXT NOT NULL
);
