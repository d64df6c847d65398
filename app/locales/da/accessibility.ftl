### Tidlig – accessibility: what the portal is checked against (Danish, da).
### Reviewed by a native speaker: yes

accessibility-title = Tilgængelighed i Tidlig
accessibility-intro = Kommunens tilgængelighedserklæring for portalen står i Digitaliseringsstyrelsens WAS-værktøj. Her kan du se, hvilke krav fra WCAG 2.1 niveau AA portalens automatiske test kontrollerer, hver gang portalen ændres.
accessibility-statement_link = Læs kommunens tilgængelighedserklæring
accessibility-no_statement = Kommunen har endnu ikke angivet sin tilgængelighedserklæring. Kontakt kommunen, hvis du har brug for den.
accessibility-checks_heading = Det kontrollerer testene
accessibility-check-1 = Alle WCAG 2.0- og 2.1-regler for niveau A og AA, som axe-core kan afgøre, på hver side, der testes i en browser – uden fejl.
accessibility-check-2 = Siderne kan bruges på en telefon, der er 360 pixels bred, uden at man skal rulle til siden.
accessibility-check-3 = Formularerne virker uden JavaScript. En fejl vises ved feltet og i en oversigt øverst, som får fokus.
accessibility-check-4 = Formularerne kan udfyldes og sendes med tastaturet alene; Enter og telefonens »Gå« sender dem.
accessibility-check-5 = Hver side siger, hvilket sprog den er på; arabisk og urdu vises fra højre mod venstre, mens koder og tal stadig læses fra venstre mod højre.
accessibility-check-6 = Skifter man sprog midt i en formular, bliver det, man har skrevet, stående.
accessibility-check-7 = Hver side har et link, der springer til indholdet, og områder for sidehoved, navigation, indhold og sidefod.
accessibility-check-8 = Medarbejdere får besked fem minutter, før de logges ud, og kan blive logget ind.
accessibility-contact = Oplever du problemer med tilgængeligheden, så skriv til kommunen: { $contact }
