-- Targets for goal 3's shares too: parents very satisfied, and parents who see a positive
-- difference for the child. SQLite cannot change a check, so the table is made anew (nothing
-- refers to it).
CREATE TABLE targets_new (
    figure TEXT PRIMARY KEY CHECK (figure IN ('under_eight', 'up_to_nine', 'preventive_measures',
        'preventive_expenditure', 'very_satisfied', 'positive_difference')),
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
    direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most')),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100)
);
INSERT INTO targets_new (figure, tenths, direction, year)
    SELECT figure, tenths, direction, year FROM targets;
DROP TABLE targets;
ALTER TABLE targets_new RENAME TO targets;
