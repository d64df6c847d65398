### Tidlig – days, months and times as people read them (English, en).
### Reviewed by a native speaker: no

dates-months-1 = January
dates-months-2 = February
dates-months-3 = March
dates-months-4 = April
dates-months-5 = May
dates-months-6 = June
dates-months-7 = July
dates-months-8 = August
dates-months-9 = September
dates-months-10 = October
dates-months-11 = November
dates-months-12 = December

dates-day = { $day } { $month } { $year }
dates-month = { $month } { $year }
dates-time = { $hours }:{ $minutes }
dates-day_and_time = { $day }, { $time }
