### Tidlig – the professionals' evaluation of a course and the askers' rating of sparring (Danish, da).
### Reviewed by a native speaker: yes

## Entering the code

professional_code_entry-label = Koden fra dit kort eller din e-mail
professional_code_entry-hint = 10 tegn, fx K7QM-4XPR-TW. Store og små bogstaver er lige gode.
professional_code_entry-submit = Start evalueringen
professional_code_entry-page_title = Evaluér et forløb som fagperson
professional_code_entry-page_intro = Du deltog i et FI-forløb som fagperson og har fået en kode fra FI-teamet. Koden kan bruges én gang, og dine svar kan ikke spores tilbage til dig.

## The printed card

professional_card-heading = Hvordan gik forløbet – set fra dig som fagperson?
professional_card-how = Scan QR-koden, eller åbn linket og skriv koden:
professional_card-anonymity = Koden er ikke knyttet til dit navn – ingen kan se, hvem der har svaret.
professional_card-valid_until = Gyldig til
professional_card-qr_label = QR-kode med link til fagpersoners evaluering

professional_questionnaire-title = Fagpersoners evaluering af forløbet
professional_questionnaire-intro = Tre korte spørgsmål, din faggruppe og et felt til en kommentar, hvis du vil. Svarene gemmes uden navn, kode og tidspunkt – kun måneden og om forløbet var i dagtilbud, dagpleje eller skole.
professional_questionnaire-difference = Forløbet har gjort en positiv forskel for barnet.
professional_questionnaire-collaboration = Hvor tilfreds er du med samarbejdet med FI-teamet?
professional_questionnaire-competence = Jeg er blevet bedre til at opdage en bekymring tidligt og handle på den.
professional_questionnaire-work_group = Din faggruppe
professional_questionnaire-groups-1 = Dagtilbud eller dagpleje
professional_questionnaire-groups-2 = Skole
professional_questionnaire-groups-3 = Sundhed
professional_questionnaire-groups-4 = Andet
professional_questionnaire-short-1 = Positiv forskel for barnet
professional_questionnaire-short-2 = Samarbejdet med FI-teamet
professional_questionnaire-short-3 = Opdage og handle tidligt
professional_questionnaire-short-4 = Faggruppe
professional_questionnaire-short-5 = Kommentar
professional_questionnaire-comment = Har du en kommentar? (frivilligt)
professional_questionnaire-comment_hint = Skriv ikke navne eller CPR-numre. Højst 2.000 tegn.
professional_questionnaire-submit = Send svar
professional_questionnaire-receipt_title = Tak for dine svar
professional_questionnaire-receipt_body = Dine svar er gemt. Koden kan ikke bruges igen.
professional_questionnaire-receipt_after = Svarene indgår i kommunens opgørelse af Fælles Indsats sammen med andre fagpersoners. Ingen kan se, hvem der har svaret. Du kan lukke siden nu.

professional_codes-title = Evaluering for fagpersonerne
professional_codes-intro = Fagpersonerne, der deltog, kan evaluere forløbet anonymt. Der kan udstedes én kode pr. faggruppe registreret på møderne: { $left } af { $roles } endnu.
professional_codes-count = Antal koder
professional_codes-button = Udsted koder til fagpersoner
professional_codes-done = Der er udstedt { $issued } koder til fagpersonerne – én pr. faggruppe registreret på møderne.
professional_codes-none = Ingen fagpersoner (pædagog, dagplejer, lærer, leder, sundhedsplejerske) er registreret på forløbets møder, så der kan ikke udstedes koder til fagpersoner.
professional_codes-links_title = Links til e-mail
professional_codes-links_intro = Hvert link åbner evalueringen med koden udfyldt. Kopiér et link ind i en e-mail til én fagperson – send aldrig flere koder til samme person.

rating-title = Hvordan var sparringen?
rating-intro = Tre korte udsagn. Dit svar gemmes adskilt fra din henvendelse – uden kvittering, navn og tidspunkt, kun måneden – og kan kun gives én gang.
rating-statements-1 = Jeg fik den hjælp, jeg havde brug for.
rating-statements-2 = Jeg ved, hvad jeg skal gøre nu.
rating-statements-3 = Jeg vil bede om sparring igen, hvis jeg får brug for det.
rating-submit = Send vurdering
rating-thanks = Tak for din vurdering af sparringen. Den tæller med i kommunens opgørelse sammen med andres og kan kun gives én gang.
