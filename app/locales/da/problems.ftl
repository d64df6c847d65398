### Tidlig – why a field was refused, as people read it beside the field (Danish, da).
### Reviewed by a native speaker: yes

problem-required = Udfyld feltet.
problem-too_long = Skriv højst { $max } tegn.
problem-too_short = Skriv mindst { $min } tegn.
problem-code_length = Koden har 10 tegn. Du har skrevet { $found }.
problem-code_character = Koden indeholder ikke tegnet »{ $found }«. Tjek kortet: koder bruger hverken 0, O, 1, I, L, 2, Z, 5, S, 8 eller B.
problem-code_unknown = Vi kan ikke finde koden. Tjek, at du har skrevet den som på kortet.
problem-day_in_future = Datoen ligger i fremtiden. Registrér kun det, der er sket.
problem-day_before_start = Datoen ligger før forløbets start.
problem-code_missing = Skriv koden fra dit kort.
problem-code_used = Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem – tak. Hver kode kan kun bruges én gang.
problem-code_expired = Koden er udløbet. Kontakt FI-teamet, hvis du stadig vil evaluere forløbet.
problem-code_for_parents = Koden er til forældrenes evaluering. Åbn den på forsiden under »Evaluér et forløb«.
problem-code_for_professionals = Koden er til fagpersoners evaluering. Åbn den på adressen fra kortet: /evaluering/fagperson.
problem-email = Skriv en e-mailadresse som navn@kommune.dk.
problem-not_a_choice = Vælg en af mulighederne.
problem-login_failed = E-mail eller adgangskode er forkert.
problem-throttled = For mange forsøg. Prøv igen om { $minutes ->
        [one] { $minutes } minut
       *[other] { $minutes } minutter
    }.
problem-wait = For mange forkerte forsøg i træk. Vent { $seconds ->
        [one] { $seconds } sekund
       *[other] { $seconds } sekunder
    }, og prøv igen.
problem-busy = Serveren har travlt lige nu. Prøv igen om et øjeblik – intet er gemt.
problem-common_password = Den adgangskode er blandt de mest brugte og gættes hurtigt. Vælg en anden, fx tre-fire tilfældige ord.
problem-password_wrong = Den nuværende adgangskode er forkert.
problem-password_mismatch = De to nye adgangskoder er ikke ens.
problem-email_taken = Der findes allerede en medarbejder med den e-mail.
problem-name_taken = Der findes allerede en institution med det navn.
problem-last_admin = Der skal være mindst én aktiv administrator.
problem-unanswered = Vælg et svar.
problem-contains_cpr = Teksten ser ud til at indeholde et CPR-nummer. Fjern det – skriv aldrig CPR-numre eller navne.
problem-receipt_format = Kvitteringskoden har 16 cifre, fx 1234 5678 9012 3456.
problem-receipt_unknown = Vi kan ikke finde en henvendelse med den kode. Tjek koden – eller teksten kan være slettet.
problem-phone = Skriv et telefonnummer med 8 cifre.
problem-looks_like_contact = Teksten ser ud til at indeholde en e-mailadresse eller et telefonnummer. Fjern det, hvis det kan pege på familien – eller bekræft nedenfor, at det er i orden.
problem-date = Skriv en dato som 2026-12-01.
problem-time = Skriv et klokkeslæt som 09:30.
problem-unknown_institution = Institutionen findes ikke i listen – skriv navnet præcis som der.
problem-course_mismatch = Linjen er uenig med forløbets første linje om forløbet.
problem-csv_format = Filen kan ikke læses som CSV.
problem-missing_column = Kolonnen mangler i første linje.
problem-date_order = Datoen ligger før forløbets start.
problem-out_of_range = Skal være fra { $min } til { $max }.
problem-unknown_step = Trinnet findes ikke på indsatstrappen – importér trinnene først.
problem-unknown_kind = Arten af trin findes ikke – importér arterne først, eller brug preventive eller placement.
problem-duplicate_line = Linjen gentager en tidligere linje.
problem-not_a_number = Skriv et helt tal.
problem-whole_number_from = Skriv et helt tal fra { $min } til { $max }.
problem-too_many = Højst { $max }.
problem-web_address = Skriv en webadresse, der begynder med https://
problem-negative = Tallet må ikke være negativt.
problem-not_a_figure = Skriv et tal, fx 7908 eller 54,6.
problem-no_year_in_column = Kolonnens navn skal slutte med et årstal, fx marts_2016.
problem-unknown_age = Skriv én alder, fx 7 år.
problem-unknown_period = Skriv et år, et kvartal eller en måned, fx 2024K1.
problem-other_area = Linjen gælder et andet område end filens første linje.
