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
ALTER TABLE staircase_steps DROP CONSTRAINT staircase_steps_kind_check;
ALTER TABLE staircase_steps
    ADD CONSTRAINT staircase_steps_kind_fkey FOREIGN KEY (kind) REFERENCES staircase_kinds (kind);
