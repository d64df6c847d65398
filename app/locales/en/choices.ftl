### Tidlig – the names of the closed lists of choices: `<list>-<value>`, the value being the one stored and submitted (English, en).
### Reviewed by a native speaker: no

## How a meeting was held
meeting_form-with_parents = With the parents
meeting_form-anonymous = Anonymous discussion

## Who took part in a meeting
participant-paedagog = Pedagogue
participant-dagplejer = Childminder
participant-laerer = Teacher
participant-leder = Manager
participant-socialraadgiver = Social worker
participant-psykolog = Psychologist
participant-sundhedsplejerske = Health visitor
participant-foraelder = Parent
participant-andre = Others

## How a course ended
course_outcome-resolved = Resolved in FI
course_outcome-child_welfare = Moved on to a child-welfare case
course_outcome-ppr = Referred to PPR
course_outcome-other = Other

## Whether a course is open
course_status-open = Open
course_status-closed = Closed

## The asker's role in a sparring request
asker_kind-professional = Professionals – anonymous consultation
asker_kind-citizen = Citizens – anonymous advice

asker_role-paedagog = Pedagogue
asker_role-dagplejer = Childminder
asker_role-laerer = Teacher
asker_role-leder = Manager
asker_role-sundhedsplejerske = Health visitor
asker_role-anden = Other

## The child's age band
age_band-0-2 = 0–2 years
age_band-3-5 = 3–5 years
age_band-6-9 = 6–9 years
age_band-10-13 = 10–13 years
age_band-14-16 = 14–16 years

## What a sparring request is about
theme-trivsel = Well-being
theme-adfaerd = Behaviour
theme-sprog = Language and development
theme-fravaer = Absence
theme-familie = Family circumstances
theme-motorik = Motor skills and senses
theme-andet = Other

## Whether the parents know of the concern
parents_know-told_declined = Yes, and they declined FI
parents_know-not_yet_told = No, not yet
parents_know-other = Other

## How the asker would like to talk
preferred_form-phone = Phone
preferred_form-video = Video
preferred_form-meeting = Meeting

## Where a sparring request stands
sparring_status-received = Received
sparring_status-assigned = Being handled
sparring_status-meeting_proposed = Meeting proposed
sparring_status-answered = Answered
sparring_status-closed = Closed

## How a sparring request ended
sparring_outcome-advice = Advice given
sparring_outcome-fi_meeting = FI meeting with the parents recommended
sparring_outcome-notification = Notification recommended
sparring_outcome-referred = Referred to PPR or the health service
sparring_outcome-other = Other
sparring_outcome-stale = Closed after a long time without activity
## What a staff member did, on the audit log page (the log stores the value)
audit_action-login = Logged in
audit_action-login_failed = Failed login
audit_action-logout = Logged out
audit_action-password_changed = Changed own password
audit_action-staff_created = Created staff member
audit_action-staff_updated = Changed staff member
audit_action-staff_deactivated = Deactivated staff member
audit_action-staff_reactivated = Reactivated staff member
audit_action-password_reset = Set one-time password
audit_action-institution_created = Added institution
audit_action-institution_updated = Changed institution
audit_action-codes_issued = Issued evaluation codes
audit_action-sparring_viewed = Read consultation request
audit_action-sparring_updated = Handled consultation request
audit_action-setting_changed = Changed setting
audit_action-course_created = Registered course
audit_action-course_updated = Changed course
audit_action-courses_imported = Imported courses
audit_action-figures_imported = Imported registry figures
audit_action-exported = Downloaded table
audit_action-figures_viewed = Viewed figures
audit_action-figures_corrected = Corrected published figures
audit_action-offer_saved = Saved an offer of the catalogue
audit_action-offers_imported = Imported offers into the catalogue
