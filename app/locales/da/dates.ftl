### Tidlig – days, months and times as people read them (Danish, da).
### Reviewed by a native speaker: yes

dates-months-1 = januar
dates-months-2 = februar
dates-months-3 = marts
dates-months-4 = april
dates-months-5 = maj
dates-months-6 = juni
dates-months-7 = juli
dates-months-8 = august
dates-months-9 = september
dates-months-10 = oktober
dates-months-11 = november
dates-months-12 = december

dates-day = { $day }. { $month } { $year }
dates-month = { $month } { $year }
dates-time = kl. { $hours }.{ $minutes }
dates-day_and_time = { $day } { $time }
