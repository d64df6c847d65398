### Tidlig – the catalogue of offers: the team's pages that keep it (English, en).
### Reviewed by a native speaker: no

team_offers-title = The catalogue of offers
team_offers-intro = The municipality's offers, as parents and professionals see them on the page "Offers". An offer taken off the catalogue stays here.
team_offers-public = See the catalogue as everyone sees it
team_offers-new = Add an offer
team_offers-new_title = New offer
team_offers-edit_title = Change the offer
team_offers-save = Save the offer
team_offers-name = Name
team_offers-purpose = Purpose
team_offers-purpose_hint = What the offer is to help with, in words parents understand.
team_offers-age_bands = The child's age
team_offers-themes = Themes
team_offers-provider = Who runs it
team_offers-access = How to get in
team_offers-duration = Duration
team_offers-duration_hint = For example "8 sessions over 3 months".
team_offers-step = Step of the staircase
team_offers-no_step = No step – open to all
team_offers-contact = Contact
team_offers-experience = Experience
team_offers-effect = Known effect
team_offers-status = Status
team_offers-on = On the catalogue
team_offers-off = Taken off the catalogue
team_offers-take_off = Take off the catalogue
team_offers-put_back = Put back on the catalogue
team_offers-back = Back to the catalogue
team_offers-import = Import offers from a file
team_offers-import_format = CSV with the columns name, purpose, age_bands (e.g. 3-5|6-9), themes (e.g. trivsel|familie), provider, access (direct or referral), contact and optionally duration, step (a step's key), experience and effect. An offer with a name the catalogue has is changed; the others are added. The whole file is imported, or nothing is.
team_offers-imported = { $a } offers have been imported.
