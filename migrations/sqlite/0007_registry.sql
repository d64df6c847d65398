-- Yearly registry figures a project lead imports (result goals 1 and 2). Aggregates only:
-- counts per year, never a child.

-- Notifications (underretninger) per year, age (0-17) and sender ('' when not given).
CREATE TABLE notifications (
    year INTEGER NOT NULL,
    age INTEGER NOT NULL CHECK (age BETWEEN 0 AND 17),
    sender TEXT NOT NULL DEFAULT '',
    number INTEGER NOT NULL CHECK (number >= 0),
    PRIMARY KEY (year, age, sender)
);

-- The municipality's own intervention staircase (Rebild has 5 steps, Hjørring 6).
CREATE TABLE staircase_steps (
    step TEXT PRIMARY KEY,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    kind TEXT NOT NULL CHECK (kind IN ('preventive', 'placement')),
    label_da TEXT NOT NULL,
    label_en TEXT NOT NULL
);

-- Measures and expenditure per step and year; either may be unknown.
CREATE TABLE staircase_figures (
    year INTEGER NOT NULL,
    step TEXT NOT NULL REFERENCES staircase_steps (step),
    measures INTEGER CHECK (measures >= 0),
    expenditure_dkk BIGINT CHECK (expenditure_dkk >= 0),
    PRIMARY KEY (year, step)
);
