### Tidlig – the privacy notices for professionals and for staff (GDPR article 13) (Danish, da).
### Reviewed by a native speaker: yes

## Professionals: anonymous sparring and the professionals' evaluation

privacy_askers-title = Sådan behandler vi oplysninger, når du beder om sparring eller evaluerer som fagperson
privacy_askers-stored_heading = Hvad vi gemmer om en henvendelse
privacy_askers-stored = Vi gemmer din rolle, din arbejdsplads eller den slags sted, du arbejder, barnets aldersgruppe, temaerne og den tekst, du skriver – uden barnets navn, som du ikke må skrive. Kvitteringskoden gemmes kun som en nøglet hash. Vi gemmer ikke din IP-adresse, din browser eller tidspunktet, kun måneden. Dit navn, din telefon og din e-mail gemmes kun, hvis du selv skriver dem, fordi du vil kontaktes.
privacy_askers-kept_heading = Hvor længe
privacy_askers-kept = Teksterne i en henvendelse slettes { $after_closing } dage efter, at den er afsluttet, og en henvendelse uden aktivitet i { $without_activity } dage afsluttes og slettes. Tilbage bliver kun tal: hvor mange henvendelser der kom i en måned, om hvad, og hvordan de endte.
privacy_askers-evaluation = Din evaluering af et forløb som fagperson gemmes som forældrenes: uden navn, kode og tidspunkt, og tal vises kun for grupper på mindst { $threshold } svar.
privacy_askers-rights_heading = Dine rettigheder
privacy_askers-rights = Har du skrevet dit navn, din telefon eller din e-mail, er det personoplysninger: du kan få indsigt i dem og få dem rettet eller slettet (databeskyttelsesforordningens artikel 15–17) ved at kontakte kommunen. Kommunen behandler dem som led i sin myndighedsudøvelse (artikel 6, stk. 1, litra e). Du kan klage til Datatilsynet, datatilsynet.dk.

## Staff: accounts, sessions and the audit log

privacy_staff-title = Sådan behandler vi oplysninger om medarbejdere i portalen
privacy_staff-stored_heading = Hvad vi gemmer
privacy_staff-stored = Om dig som medarbejder gemmer vi navn, e-mail, rolle og om kontoen er aktiv. Din adgangskode gemmes kun som en Argon2-hash. Mens du er logget ind, holder en sessionscookie dig logget ind; den udløber efter { $idle_minutes } minutter uden aktivitet. Hvad du gør i portalen – fx udstede koder, svare på sparring eller ændre indstillinger – skrives i en revisionslog med din e-mail og tidspunktet.
privacy_staff-purpose_heading = Hvorfor
privacy_staff-purpose = Oplysningerne bruges til at give dig adgang efter din rolle og til at kunne dokumentere, hvem der har gjort hvad, som kommunen skal kunne som myndighed (databeskyttelsesforordningens artikel 6, stk. 1, litra e, og artikel 32 om sikkerhed).
privacy_staff-rights_heading = Dine rettigheder
privacy_staff-rights = Du har ret til indsigt i oplysningerne om dig, til at få forkerte oplysninger rettet, og i visse tilfælde til sletning, begrænsning og indsigelse (artikel 15–21). Revisionsloggen kan ikke rettes bagefter, fordi den skal dokumentere, hvad der skete. Kontakt kommunen eller databeskyttelsesrådgiveren, eller klag til Datatilsynet, datatilsynet.dk.
