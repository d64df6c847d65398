### Tidlig – the municipality's own staircase on the lead's pages: its kinds of step, which count as preventive, and the gaps in the registry figures (English, en).
### Reviewed by a native speaker: no

registry-import_kinds-1 = Kinds of step
registry-import_kinds-2 = The municipality's own kinds of step, such as general prevention, home-based measures, placements, secure institutions. Columns: kind (the key the steps file uses in its column kind), rank (the order), label_da, label_en and preventive (yes or no: the kind counts towards the preventive share). Without kinds of its own a municipality has two: preventive and placement. Import the kinds before the steps.
registry-preventive_title = Which kinds count as preventive?
registry-preventive_intro = Goal 2 shows the preventive share of measures and of expenditure: the steps of the kinds ticked here, divided by all steps. By default Preventive counts and Placements does not.
registry-kind_column = Kind
registry-preventive_column = Counts as preventive
registry-steps_column = Steps of this kind
registry-unused = no steps
registry-save = Save the choice
registry-kind_measures = Measures per kind of step
registry-kind_expenditure = Expenditure per kind of step
registry-measures_of = Measures: { $kind }
registry-expenditure_of = Expenditure: { $kind }
registry-preventive_note = The preventive share counts the steps of these kinds: { $kinds }.
registry-gap_years = There are no figures for { $years }.
registry-gap_measures = The number of measures is not given for { $years } – only the expenditure.
registry-gap_step_measures = { $step }: the number of measures is not given for { $years }.
registry-gap_step_expenditure = { $step }: the expenditure is not given for { $years }.
registry-gap_previous = There are no figures for the period before ({ $period }) to compare this status with.
registry-gap_no_previous = The period since the start has no period of the same length before it to compare with; choose a year or a quarter.
registry-gap_note = A figure not given is shown as –; it is not nought. A sum or share built on a missing figure is not shown either.
