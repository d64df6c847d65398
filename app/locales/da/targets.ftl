### Tidlig – the project lead's targets for a goal's figures (Danish, da).
### Reviewed by a native speaker: yes

targets-heading = Mål og status
targets-intro = Sæt et mål for et af tallene: en andel i procent, om tallet skal være mindst eller højst det, og året, det skal nås i. Status vurderes af tallene på siden for det år, der sammenlignes med, mod basisåret; for mål 3 på siden for et helt år, mod året før.
targets-figure = Tal
targets-percent = Mål i procent
targets-percent_hint = Fx 50 eller 50,5.
targets-direction = Retning
targets-year = Skal nås i år
targets-save = Gem målet
targets-remove = Fjern målet
targets-set_title = Mål, der er sat
targets-target_column = Mål
targets-status_column = Status
targets-rules_title = Sådan vurderes status
targets-rules-1 = Nået: tallet for det viste år opfylder målet.
targets-rules-2 = På vej: målet er ikke nået, målåret er ikke kommet, og tallet er tættere på målet end i basisåret (mål 3: året før).
targets-rules-3 = Bevæger sig væk: målet er ikke nået, målåret er ikke kommet, og tallet er ikke tættere på målet end i basisåret (mål 3: året før).
targets-rules-4 = Ikke nået: målet er ikke nået i målåret eller senere.
targets-rules-5 = Kan ikke vurderes: tallet er skjult (små grupper) eller mangler, eller der er intet at sammenligne med.
targets-title = { $figure }: mål { $direction } { $percent } i { $year }
targets-summary = Mål for { $figure }: { $direction } { $percent } i { $target_year }. I { $year } var den { $value } – { $status }.

target_figure-under_eight = andelen af underretningerne om børn under 8 år
target_figure-up_to_nine = andelen af underretningerne om børn på 0–9 år
target_figure-preventive_measures = den forebyggende andel af foranstaltningerne
target_figure-preventive_expenditure = den forebyggende andel af udgiften
target_figure-very_satisfied = andelen af forældrene, der er meget tilfredse
target_figure-positive_difference = andelen af forældrene, der oplever en positiv forskel for barnet

direction-at_least = mindst
direction-at_most = højst

target_status-reached = nået
target_status-on_the_way = på vej
target_status-moving_away = bevæger sig væk
target_status-missed = ikke nået
target_status-unknown = kan ikke vurderes
