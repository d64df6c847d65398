### Tidlig – the project lead's targets for a goal's figures (English, en).
### Reviewed by a native speaker: no

targets-heading = Targets and status
targets-intro = Set a target for one of the figures: a share in percent, whether the figure is to be at least or at most that, and the year it is to be reached by. The status is judged from the figures on the page for the year compared, against the baseline year; for goal 3 on the page for a whole year, against the year before.
targets-figure = Figure
targets-percent = Target in percent
targets-percent_hint = Such as 50 or 50.5.
targets-direction = Direction
targets-year = To be reached by
targets-save = Save the target
targets-remove = Remove the target
targets-set_title = Targets set
targets-target_column = Target
targets-status_column = Status
targets-rules_title = How the status is judged
targets-rules-1 = Reached: the figure of the year shown meets the target.
targets-rules-2 = On the way: not reached, the target year has not come, and the figure is closer to the target than in the baseline year (goal 3: the year before).
targets-rules-3 = Moving away: not reached, the target year has not come, and the figure is no closer to the target than in the baseline year (goal 3: the year before).
targets-rules-4 = Missed: not reached in the target year or later.
targets-rules-5 = Cannot be judged: the figure is hidden (small groups) or missing, or there is nothing to compare it with.
targets-title = { $figure }: target { $direction } { $percent } by { $year }
targets-summary = Target for { $figure }: { $direction } { $percent } by { $target_year }. In { $year } it was { $value } – { $status }.

target_figure-under_eight = the share of notifications about children under 8
target_figure-up_to_nine = the share of notifications about children aged 0–9
target_figure-preventive_measures = the preventive share of the measures
target_figure-preventive_expenditure = the preventive share of the expenditure
target_figure-very_satisfied = the share of parents who are very satisfied
target_figure-positive_difference = the share of parents who see a positive difference for the child

direction-at_least = at least
direction-at_most = at most

target_status-reached = reached
target_status-on_the_way = on the way
target_status-moving_away = moving away
target_status-missed = missed
target_status-unknown = cannot be judged
