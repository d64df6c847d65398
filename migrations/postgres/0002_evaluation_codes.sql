-- One-time evaluation codes. Only a keyed hash (HMAC-SHA-256 with the server's secret key) is
-- kept, with the area and month of issue and the last valid day. No time of use is ever stored,
-- and no evaluation refers to a code.
CREATE TABLE evaluation_codes (
    code_hash TEXT PRIMARY KEY,
    area TEXT NOT NULL CHECK (area IN ('dagtilbud', 'dagpleje', 'skole')),
    issued_month TEXT NOT NULL,   -- 'YYYY-MM'
    expires_on TEXT NOT NULL,     -- 'YYYY-MM-DD', the last day the code is valid
    used INTEGER NOT NULL DEFAULT 0 CHECK (used IN (0, 1))
);
