-- The project lead's targets for a goal's figures: one per figure, a share in tenths of a
-- percent (so 50.5 % is 505, exact on both backends), a direction and the year it is for.
CREATE TABLE targets (
    figure TEXT PRIMARY KEY CHECK (figure IN ('under_eight', 'up_to_nine', 'preventive_measures', 'preventive_expenditure')),
    tenths INTEGER NOT NULL CHECK (tenths BETWEEN 0 AND 1000),
    direction TEXT NOT NULL CHECK (direction IN ('at_least', 'at_most')),
    year INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100)
);
