### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Danish, da).
### Reviewed by a native speaker: yes

## Entering the code from the card

code_entry-label = Koden fra dit kort
code_entry-hint = 10 tegn, fx K7QM-4XPR-TW. Store og små bogstaver er lige gode.
code_entry-submit = Start evalueringen
code_entry-page_title = Evaluér et forløb
code_entry-page_intro = Skriv koden fra det kort, du fik, da forløbet sluttede. Koden kan bruges én gang, og dine svar kan ikke spores tilbage til dig.

## The questionnaire and the receipt

questionnaire-title = Evaluering af forløbet
questionnaire-intro = Fire korte spørgsmål og et felt til en kommentar, hvis du vil. Dine svar gemmes uden navn, kode og tidspunkt – kun måneden og om forløbet var i dagtilbud, dagpleje eller skole.
questionnaire-overall = Hvor tilfreds er du alt i alt med forløbet?
questionnaire-collaboration = Hvor tilfreds er du med samarbejdet og dialogen undervejs i forløbet?
questionnaire-difference = Forløbet har gjort en positiv forskel for mit barn.
questionnaire-involved = Jeg følte mig lyttet til og inddraget.
questionnaire-comment = Har du en kommentar? (frivilligt)
questionnaire-comment_hint = Skriv ikke navne eller CPR-numre. Højst 2.000 tegn.
questionnaire-short-1 = Tilfredshed med forløbet
questionnaire-short-2 = Samarbejde og dialog
questionnaire-short-3 = Positiv forskel for barnet
questionnaire-short-4 = Lyttet til og inddraget
questionnaire-short-5 = Kommentar
questionnaire-satisfaction-1 = Meget tilfreds
questionnaire-satisfaction-2 = Tilfreds
questionnaire-satisfaction-3 = Middel tilfreds
questionnaire-satisfaction-4 = Utilfreds
questionnaire-satisfaction-5 = Meget utilfreds
questionnaire-agreement-1 = Helt enig
questionnaire-agreement-2 = Enig
questionnaire-agreement-3 = Hverken enig eller uenig
questionnaire-agreement-4 = Uenig
questionnaire-agreement-5 = Helt uenig
questionnaire-agreement-6 = Ved ikke
questionnaire-submit = Send svar
questionnaire-receipt_title = Tak for dine svar
questionnaire-receipt_body = Dine svar er gemt. Koden kan ikke bruges igen.
questionnaire-receipt_after = Svarene indgår i kommunens opgørelse af Fælles Indsats, sammen med andre forældres. Ingen kan se, hvem der har svaret. Du kan lukke siden nu.
questionnaire-receipt_unknown = Denne side viser kun en kvittering lige efter, at du har sendt dine svar. Har du et kort med en kode, så skriv koden her.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = Hvordan gik jeres forløb?
card-how = Scan QR-koden, eller gå til adressen og skriv koden:
card-anonymity = Koden er ikke knyttet til jeres navn – ingen kan se, hvem der har svaret.
card-valid_until = Gyldig til
card-qr_label = QR-kode med link til evalueringen
