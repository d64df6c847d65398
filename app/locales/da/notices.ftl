### Tidlig – one-time notices after a staff member's action (Danish, da).
### Reviewed by a native speaker: yes

notice-password_changed = Din adgangskode er skiftet.
notice-staff_created = { $name } er oprettet som medarbejder.
notice-staff_updated = Oplysningerne om { $name } er gemt.
notice-staff_deactivated = { $name } er deaktiveret og logget ud alle steder.
notice-staff_reactivated = { $name } er aktiv igen.
notice-password_reset = { $name } har fået en engangsadgangskode og skal vælge en ny ved næste login.
notice-institution_created = { $name } er tilføjet.
notice-institution_updated = { $name } er gemt.
notice-sparring_assigned = Henvendelse #{ $id } er tildelt { $name }.
notice-sparring_meeting_proposed = Mødet er foreslået til spørgeren på henvendelse #{ $id }.
notice-sparring_message_sent = Beskeden er sendt til spørgeren på henvendelse #{ $id }.
notice-sparring_closed = Henvendelse #{ $id } er afsluttet.
notice-settings_saved = Indstillingerne er gemt.
notice-course_saved = Forløb { $reference } er gemt.
notice-figures_corrected = Tallene er offentliggjort igen som udgave { $version }; de tidligere udgaver er gemt.
notice-figures_unchanged = Intet bag tallene har ændret sig siden { $day }; siden er uændret.
notice-target_saved = Målet er gemt. Status står under tallene herunder.
notice-target_removed = Målet er fjernet.
notice-offer_saved = Tilbuddet »{ $name }« er gemt.
notice-preventive_kinds_saved = Det er gemt, hvilke arter af trin der tæller som forebyggende. Mål 2 regner den forebyggende andel efter det.
