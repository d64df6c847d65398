### Tidlig – texts around every page: header, footer, error pages (Danish, da).
### Reviewed by a native speaker: yes

common-skip_to_content = Gå til indhold
common-programme = Fælles Indsats
common-language_nav = Sprog
common-footer_anonymity = Forældres evalueringer og anonym sparring kan ikke spores tilbage til barnet eller familien.
common-not_found_title = Siden findes ikke
common-not_found_body = Vi kan ikke finde den side, du leder efter. Tjek adressen, eller gå til forsiden.
common-back_to_front = Til forsiden
common-error_summary_title = Der er et problem
common-try_again = Noget gik galt hos os. Prøv igen om lidt.
common-send = Send
common-error_title = Fejl
common-print = Udskriv
common-current_language = Sproget nu
common-privacy_link = Sådan behandler vi oplysninger
common-accessibility_link = Tilgængelighedserklæring
