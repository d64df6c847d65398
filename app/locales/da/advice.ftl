### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Danish, da).
### Reviewed by a native speaker: yes

## The form
advice-title = Spørg FI-teamet anonymt
advice-intro = Er du bekymret for dit barn, et barn i familien eller dig selv? Du kan spørge kommunens FI-team – en socialrådgiver, en psykolog og en sundhedsplejerske – uden at skrive dit navn. Du får en kvitteringskode, og med den læser du svaret her.
advice-warning = Skriv ikke navne, CPR-numre, adresser eller telefonnumre. Beskriv det, du er bekymret for, så ingen kan genkende barnet eller familien.
advice-role = Hvem er du?
advice-age_band = Hvor gammelt er barnet?
advice-themes = Hvad handler det om?
advice-themes_hint = Vælg alt det, der passer.
advice-concern = Dit spørgsmål
advice-concern_hint = Mindst 20 og højst 4.000 tegn. Uden navne, CPR-numre og adresser.
advice-send = Send spørgsmålet
advice-urgent = Er et barn i fare lige nu, så ring 112. Du kan også ringe anonymt til BørneTelefonen på 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = Jeg har tjekket teksten: den peger ikke på barnet eller familien
advice-sent_title = Dit spørgsmål er sendt
advice-sent_body = Her er din kvitteringskode. Med den kan du læse FI-teamets svar og skrive tilbage:
advice-sent_advice = Skriv koden ned nu. Den vises kun her, i et kvarter, og vi kan ikke finde den igen for dig.
advice-receipt_title = Læs svar på dit spørgsmål
advice-receipt_intro = Skriv kvitteringskoden, du fik, da du sendte dit spørgsmål.
advice-receipt = Kvitteringskode
advice-receipt_hint = 16 cifre, fx 1234 5678 9012 3456.
advice-open = Åbn spørgsmålet
advice-request_title = Dit spørgsmål
advice-status = Status
advice-meeting = Forslag til en samtale
advice-your_concern = Det, du skrev
advice-conversation = Beskeder
advice-you = Dig
advice-team = FI-teamet
advice-reply = Skriv til FI-teamet
advice-reply_send = Send besked
advice-reply_sent = Din besked er sendt.
advice-awaiting_answer = FI-teamet har ikke svaret endnu. Du kan normalt regne med et svar inden for { $days } hverdage – det kommer her, hvor du åbner dit spørgsmål med kvitteringskoden.
advice-sent_gone = Dit spørgsmål er modtaget. Kvitteringskoden vises kun i et kvarter efter afsendelsen og kan ikke vises igen.
advice-opened_gone = Af hensyn til din anonymitet vises dit spørgsmål kun et kvarter ad gangen. Skriv kvitteringskoden igen for at åbne det.
advice-deletion_open = Teksterne slettes automatisk, når spørgsmålet er afsluttet og en periode er gået. Kun tal til statistik bliver – uden tekst og uden navne.
advice-deletion_closed = Spørgsmålet er afsluttet. Teksterne slettes automatisk { $date }.
advice-closed_no_reply = Spørgsmålet er afsluttet, så du kan ikke skrive mere her. Send et nyt spørgsmål, hvis du har brug for mere hjælp.

## The rating, once the question is closed
advice_rating-title = Hjalp rådet dig?
advice_rating-intro = Tre korte udsagn. Dit svar gemmes adskilt fra dit spørgsmål – uden kvittering, navn og tidspunkt, kun måneden – og kan kun gives én gang.
advice_rating-statements-1 = Rådet hjalp mig.
advice_rating-statements-2 = Jeg ved, hvad jeg skal gøre nu.
advice_rating-statements-3 = Jeg vil spørge FI-teamet igen, hvis jeg får brug for det.
advice_rating-submit = Send vurdering
advice_rating-thanks = Tak for din vurdering. Den tæller med i kommunens opgørelse sammen med andres og kan kun gives én gang.

## Who asks
advice_role-parent = Forælder
advice_role-young = Ung (jeg spørger om mig selv eller en søskende)
advice_role-citizen = Anden voksen (fx bedsteforælder, nabo eller ven af familien)

## The child's age
advice_age_band-0-2 = 0–2 år
advice_age_band-3-5 = 3–5 år
advice_age_band-6-9 = 6–9 år
advice_age_band-10-13 = 10–13 år
advice_age_band-14-16 = 14–16 år

## What it is about
advice_theme-trivsel = Trivsel
advice_theme-adfaerd = Adfærd
advice_theme-sprog = Sprog og udvikling
advice_theme-fravaer = Fravær fra skole eller dagtilbud
advice_theme-familie = Familien
advice_theme-motorik = Motorik og sanser
advice_theme-andet = Andet

## Where the question stands
advice_sparring_status-received = Modtaget
advice_sparring_status-assigned = Under behandling
advice_sparring_status-meeting_proposed = Samtale foreslået
advice_sparring_status-answered = Besvaret
advice_sparring_status-closed = Afsluttet
