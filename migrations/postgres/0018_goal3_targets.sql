-- Targets for goal 3's shares too: parents very satisfied, and parents who see a positive
-- difference for the child.
ALTER TABLE targets DROP CONSTRAINT targets_figure_check;
ALTER TABLE targets ADD CONSTRAINT targets_figure_check CHECK (figure IN ('under_eight',
    'up_to_nine', 'preventive_measures', 'preventive_expenditure', 'very_satisfied',
    'positive_difference'));
