### Tidlig – the privacy notice for parents (GDPR article 13) (Danish, da).
### Reviewed by a native speaker: yes

privacy-title = Sådan behandler vi oplysninger, når du evaluerer et forløb
privacy-intro = Her kan du læse, hvad portalen gemmer, når du svarer på en evaluering, og hvorfor ingen kan se, hvem der har svaret.
privacy-controller_heading = Hvem er ansvarlig
privacy-controller = Dataansvarlig er { $controller }.
privacy-contact = Du kan kontakte kommunen her: { $contact }.
privacy-dpo = Kommunens databeskyttelsesrådgiver kan kontaktes her: { $dpo }.
privacy-stored_heading = Hvad vi gemmer
privacy-stored = Vi gemmer dine svar på spørgsmålene og din kommentar, hvis du skriver en. Vi gemmer ikke dit navn, din kode, din IP-adresse, din browser eller tidspunktet – kun måneden og om forløbet var i dagtilbud, dagpleje eller skole.
privacy-anonymous_heading = Dine svar er anonyme
privacy-anonymous = Ingen – heller ikke kommunen – kan se, hvem der har svaret. Tal fra evalueringerne vises kun for grupper på mindst { $threshold } svar, og svarene gemmes først, når måneden er lukket og blandet med andres.
privacy-kept_heading = Hvor længe
privacy-kept = Koden på dit kort kan bruges i { $code_days } dage. Dine svar gemmes som anonyme tal. En kommentar slettes { $comment_months } måneder efter, at måneden er lukket.
privacy-language = Dit valg af sprog gemmes i en cookie på din telefon og aldrig sammen med dine svar.
privacy-advice_heading = Når du spørger FI-teamet anonymt
privacy-advice = Vi gemmer, hvem du er (forælder, ung eller anden voksen), barnets aldersgruppe, temaerne og det, du og FI-teamet skriver – ikke dit navn, din IP-adresse, din browser eller klokkeslættet, kun dagen. Kvitteringskoden gemmes kun som en nøglet hash, så ingen kan finde den frem igen. Teksterne slettes { $after_closing } dage efter, at spørgsmålet er afsluttet, og et spørgsmål uden aktivitet i { $without_activity } dage afsluttes og slettes. Tilbage bliver kun tal uden tekst.
privacy-rights_heading = Dine rettigheder
privacy-rights = Fordi svarene er anonyme, kan vi ikke finde, rette eller slette netop dine svar – det er en del af beskyttelsen af dig (databeskyttelsesforordningens artikel 11). Du kan altid klage til Datatilsynet, datatilsynet.dk.
privacy-others = Beder du som fagperson om sparring, eller arbejder du i kommunen? Læs om det her:
privacy-askers_link = Fagpersoner: sparring og evaluering
privacy-staff_link = Medarbejdere i portalen
