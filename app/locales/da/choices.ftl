### Tidlig – the names of the closed lists of choices: `<list>-<value>`, the value being the one stored and submitted (Danish, da).
### Reviewed by a native speaker: yes

## How a meeting was held
meeting_form-with_parents = Med forældrene
meeting_form-anonymous = Anonym drøftelse

## Who took part in a meeting
participant-paedagog = Pædagog
participant-dagplejer = Dagplejer
participant-laerer = Lærer
participant-leder = Leder
participant-socialraadgiver = Socialrådgiver
participant-psykolog = Psykolog
participant-sundhedsplejerske = Sundhedsplejerske
participant-foraelder = Forælder
participant-andre = Andre

## How a course ended
course_outcome-resolved = Løst i FI
course_outcome-child_welfare = Videre til børnesag
course_outcome-ppr = Henvist til PPR
course_outcome-other = Andet

## Whether a course is open
course_status-open = Åbent
course_status-closed = Afsluttet

## The asker's role in a sparring request
asker_kind-professional = Fagpersoner – anonym sparring
asker_kind-citizen = Borgere – anonym rådgivning

asker_role-paedagog = Pædagog
asker_role-dagplejer = Dagplejer
asker_role-laerer = Lærer
asker_role-leder = Leder
asker_role-sundhedsplejerske = Sundhedsplejerske
asker_role-anden = Anden

## The child's age band
age_band-0-2 = 0–2 år
age_band-3-5 = 3–5 år
age_band-6-9 = 6–9 år
age_band-10-13 = 10–13 år
age_band-14-16 = 14–16 år

## What a sparring request is about
theme-trivsel = Trivsel
theme-adfaerd = Adfærd
theme-sprog = Sprog og udvikling
theme-fravaer = Fravær
theme-familie = Familieforhold
theme-motorik = Motorik og sansning
theme-andet = Andet

## Whether the parents know of the concern
parents_know-told_declined = Ja, og de har sagt nej til FI
parents_know-not_yet_told = Nej, ikke endnu
parents_know-other = Andet

## How the asker would like to talk
preferred_form-phone = Telefon
preferred_form-video = Video
preferred_form-meeting = Møde

## Where a sparring request stands
sparring_status-received = Modtaget
sparring_status-assigned = Under behandling
sparring_status-meeting_proposed = Møde foreslået
sparring_status-answered = Besvaret
sparring_status-closed = Afsluttet

## How a sparring request ended
sparring_outcome-advice = Råd givet
sparring_outcome-fi_meeting = FI-møde med forældrene anbefalet
sparring_outcome-notification = Underretning anbefalet
sparring_outcome-referred = Henvist til PPR eller sundhedstjenesten
sparring_outcome-other = Andet
sparring_outcome-stale = Lukket efter lang tid uden aktivitet
## What a staff member did, on the audit log page (the log stores the value)
audit_action-login = Logget ind
audit_action-login_failed = Mislykket login
audit_action-logout = Logget ud
audit_action-password_changed = Skiftede egen adgangskode
audit_action-staff_created = Oprettede medarbejder
audit_action-staff_updated = Ændrede medarbejder
audit_action-staff_deactivated = Deaktiverede medarbejder
audit_action-staff_reactivated = Genaktiverede medarbejder
audit_action-password_reset = Satte engangsadgangskode
audit_action-institution_created = Tilføjede institution
audit_action-institution_updated = Ændrede institution
audit_action-codes_issued = Udstedte evalueringskoder
audit_action-sparring_viewed = Læste sparringshenvendelse
audit_action-sparring_updated = Behandlede sparringshenvendelse
audit_action-setting_changed = Ændrede indstilling
audit_action-course_created = Registrerede forløb
audit_action-course_updated = Ændrede forløb
audit_action-courses_imported = Importerede forløb
audit_action-figures_imported = Importerede registertal
audit_action-exported = Hentede tabel
audit_action-figures_viewed = Så tal
audit_action-figures_corrected = Rettede offentliggjorte tal
audit_action-offer_saved = Gemte et tilbud i kataloget
audit_action-offers_imported = Importerede tilbud til kataloget
