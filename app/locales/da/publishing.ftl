### Tidlig – what the municipality publishes: the administrator's form (Danish, da).
### Reviewed by a native speaker: yes

publishing-title = Kommunens oplysninger
publishing-intro = Det, portalen viser borgerne om kommunen: hvem der er dataansvarlig, og hvordan de kontaktes (i privatlivserklæringerne), kommunens side om underretninger, tilgængelighedserklæringen og de sprog, forældre kan vælge.
publishing-controller = Dataansvarlig
publishing-controller_hint = Kommunens navn og adresse, fx »Eksempel Kommune, Torvet 1, 4000 Eksempelby«.
publishing-contact = Kontakt til kommunen
publishing-contact_hint = E-mail eller telefon, som borgerne kan bruge.
publishing-dpo = Databeskyttelsesrådgiver (DPO)
publishing-dpo_hint = Hvordan DPO'en kontaktes, fx dpo@kommune.dk.
publishing-notification_url = Kommunens side om underretninger
publishing-notification_url_hint = Adressen, hvor en fagperson underretter kommunen, fx https://kommune.dk/underret. Vises på sparringssiden og i teamets svar.
publishing-accessibility_url = Tilgængelighedserklæring
publishing-accessibility_url_hint = Adressen på erklæringen i Digitaliseringsstyrelsens WAS-værktøj. Linket står i bunden af hver side.
publishing-languages = Sprog, forældre kan vælge
publishing-languages_hint = Dansk er altid med. Oversættelserne er ikke gennemgået af en, der har sproget som modersmål, før der står det på siden Sprog.
publishing-save = Gem oplysningerne
