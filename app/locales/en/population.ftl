### Tidlig – the figures per 1,000 children and per 0–22-year-old on the lead's pages (English, en).
### Reviewed by a native speaker: no

population-notifications_title = Notifications per 1,000 0–17-year-olds
population-measures_title = Measures per 1,000 0–17-year-olds by step
population-expenditure_title = Expenditure per 0–22-year-old by kind of step (DKK)
population-notifications = Notifications
population-children = 0–17-year-olds
population-young = 0–22-year-olds
population-per_thousand = Per 1,000 0–17-year-olds
population-total = Total
population-note = The population is Statistics Denmark's FOLK1A on 1 January. A year without an imported population is shown as –; a figure hidden on the page is hidden per 1,000 too.
