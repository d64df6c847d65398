### Tidlig – issuing evaluation codes and the sheet of cards (staff) (Danish, da).
### Reviewed by a native speaker: yes

cards-issue_title = Udsted evalueringskoder
cards-issue_intro = Når et forløb med forældrene er afsluttet, får forældrene et kort med en kode. Koden er kun knyttet til området og måneden – aldrig til forløbet eller familien. Koderne vises kun i et kvarter: udskriv kortene med det samme.
cards-area = Område
cards-count = Antal koder
cards-count_hint = 1–80. Der er 8 kort på en A4-side.
cards-issue = Udsted og vis kort
cards-sheet_title = Evalueringskort
cards-sheet_intro = Udskriv siden nu: koderne vises kun i et kvarter og kan ikke findes igen. Hvert kort har koden, en QR-kode og adressen.
cards-sheet_gone = Kortene kan ikke vises længere: koderne vises kun i et kvarter efter udstedelsen. Er de ikke udskrevet, så udsted nye.
cards-back = Tilbage
cards-language = Kortets sprog
cards-language_hint = Kortet trykkes på dette sprog og på dansk, og QR-koden åbner evalueringen på sproget. Vælger du dansk, kommer engelsk på i stedet.
