### Tidlig – the catalogue of offers: the team's pages that keep it (Danish, da).
### Reviewed by a native speaker: yes

team_offers-title = Tilbudskataloget
team_offers-intro = Kommunens tilbud, som forældre og fagpersoner ser dem på siden »Tilbud«. Et tilbud, der tages af kataloget, bliver stående her.
team_offers-public = Se kataloget, som alle ser det
team_offers-new = Tilføj et tilbud
team_offers-new_title = Nyt tilbud
team_offers-edit_title = Ret tilbuddet
team_offers-save = Gem tilbuddet
team_offers-name = Navn
team_offers-purpose = Formål
team_offers-purpose_hint = Hvad tilbuddet skal hjælpe med, i et sprog forældre forstår.
team_offers-age_bands = Barnets alder
team_offers-themes = Temaer
team_offers-provider = Hvem står for det
team_offers-access = Sådan kommer man i gang
team_offers-duration = Varighed
team_offers-duration_hint = Fx »8 samtaler over 3 måneder«.
team_offers-step = Trin på indsatstrappen
team_offers-no_step = Intet trin – åbent for alle
team_offers-contact = Kontakt
team_offers-experience = Erfaringer
team_offers-effect = Kendt effekt
team_offers-status = Status
team_offers-on = På kataloget
team_offers-off = Taget af kataloget
team_offers-take_off = Tag af kataloget
team_offers-put_back = Sæt på kataloget igen
team_offers-back = Tilbage til kataloget
team_offers-import = Importér tilbud fra en fil
team_offers-import_format = CSV med kolonnerne name, purpose, age_bands (fx 3-5|6-9), themes (fx trivsel|familie), provider, access (direkte eller visitation), contact og eventuelt duration, step (et trins nøgle), experience og effect. Et tilbud med et navn, kataloget har, rettes; de andre tilføjes. Hele filen importeres, eller intet gør.
team_offers-imported = { $a } tilbud er importeret.
