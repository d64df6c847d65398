-- The kinds of step are the municipality's own (Hjørring reports general prevention and
-- home-based measures apart from other preventive steps; Faxe's spending has secure
-- institutions and extra costs), each counting as preventive or not – a setting, by default
-- as before: 'preventive' counts, 'placement' does not.
CREATE TABLE staircase_kinds (
    kind TEXT PRIMARY KEY,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    label_da TEXT NOT NULL,
    label_en TEXT NOT NULL,
    preventive INTEGER NOT NULL CHECK (preventive IN (0, 1))
);
INSERT INTO staircase_kinds (kind, rank, label_da, label_en, preventive) VALUES
    ('preventive', 1, 'Forebyggende', 'Preventive', 1),
    ('placement', 2, 'Anbringelser', 'Placements', 0);

-- A step's kind was one of two, checked in the table; now it names a row of the kinds.
-- SQLite cannot drop a check, so both tables are made anew (the figures first leaving the
-- old steps without children, since foreign keys stay on inside the migration's transaction).
CREATE TABLE staircase_steps_new (
    step TEXT PRIMARY KEY,
    rank INTEGER NOT NULL CHECK (rank >= 1),
    kind TEXT NOT NULL REFERENCES staircase_kinds (kind),
    label_da TEXT NOT NULL,
    label_en TEXT NOT NULL
);
INSERT INTO staircase_steps_new (step, rank, kind, label_da, label_en)
    SELECT step, rank, kind, label_da, label_en FROM staircase_steps;
CREATE TABLE staircase_figures_new (
    year INTEGER NOT NULL,
    step TEXT NOT NULL REFERENCES staircase_steps_new (step),
    measures INTEGER CHECK (measures >= 0),
    expenditure_dkk BIGINT CHECK (expenditure_dkk >= 0),
    PRIMARY KEY (year, step)
);
INSERT INTO staircase_figures_new (year, step, measures, expenditure_dkk)
    SELECT year, step, measures, expenditure_dkk FROM staircase_figures;
DROP TABLE staircase_figures;
DROP TABLE staircase_steps;
ALTER TABLE staircase_steps_new RENAME TO staircase_steps;
ALTER TABLE staircase_figures_new RENAME TO staircase_figures;
