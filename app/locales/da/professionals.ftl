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
