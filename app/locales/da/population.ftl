### Tidlig – the figures per 1,000 children and per 0–22-year-old on the lead's pages (Danish, da).
### Reviewed by a native speaker: yes

population-notifications_title = Underretninger pr. 1.000 0–17-årige
population-measures_title = Foranstaltninger pr. 1.000 0–17-årige pr. trin
population-expenditure_title = Udgift pr. 0–22-årig efter slags trin (kr.)
population-notifications = Underretninger
population-children = 0–17-årige
population-young = 0–22-årige
population-per_thousand = Pr. 1.000 0–17-årige
population-total = I alt
population-note = Befolkningen er Danmarks Statistiks FOLK1A pr. 1. januar. Et år uden importeret befolkning vises med –; et tal, der er skjult på siden, er også skjult pr. 1.000.
