### Tidlig – texts around every page: header, footer, error pages (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = U gudub nuxurka
common-programme = Fælles Indsats (Dadaal Wadajir)
common-language_nav = Luqadda
common-footer_anonymity = Qiimaynta waalidiinta iyo la-tashiyada qarsoodiga ah lalama xiriirin karo ilmaha ama qoyska.
common-not_found_title = Boggan ma jiro
common-not_found_body = Ma heli karno bogga aad raadinayso. Hubi cinwaanka, ama tag bogga hore.
common-back_to_front = Tag bogga hore
common-error_summary_title = Dhibaato ayaa jirta
common-try_again = Wax baa dhankayaga ka khaldamay. Fadlan mar kale isku day wax yar kadib.
common-send = Dir
common-error_title = Khalad
common-print = Daabac
common-current_language = Luqadda hadda
common-privacy_link = Sida aan u maareyno macluumaadka
common-accessibility_link = Bayaanka helitaanka
