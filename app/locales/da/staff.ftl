### Tidlig – the staff side: login, start page, own account, session warning (Danish, da).
### Reviewed by a native speaker: yes

login-title = Log ind
login-intro = Log ind med din arbejdsmail og adgangskode. Du bliver logget ud efter 30 minutter uden aktivitet.
login-email = E-mail
login-password = Adgangskode
login-submit = Log ind
login-required = Du skal logge ind for at se siden.
login-ended_idle = Du er logget ud, fordi du ikke har været aktiv i 30 minutter. Log ind igen.
login-ended_expired = Du er logget ud, fordi der er gået 12 timer siden du loggede ind. Log ind igen.
login-ended_revoked = Du er logget ud, fordi din konto er ændret. Log ind igen, eller kontakt en administrator.
login-logged_out = Du er logget ud.
login-forbidden_title = Du har ikke adgang til siden
login-forbidden_body = Din rolle giver ikke adgang til denne side. Kontakt en administrator, hvis du mener, det er en fejl.

staff-start_title = Forside for medarbejdere
staff-greeting = Hej { $name }
staff-role_team = FI-team
staff-role_lead = Projektleder
staff-role_admin = Administrator
staff-profession_socialraadgiver = Socialrådgiver
staff-profession_psykolog = Psykolog
staff-profession_sundhedsplejerske = Sundhedsplejerske
staff-profession_projektleder = Projektleder
staff-profession_other = Anden
staff-start_team = Som medlem af FI-teamet registrerer du forløb og møder, udsteder evalueringskoder og svarer på anonym sparring.
staff-start_lead = Som projektleder følger du resultatmålene, importerer nøgletal og udskriver statusrapporten.
staff-start_admin = Som administrator styrer du medarbejdere, institutioner og indstillinger og kan se loggen.
staff-admin_link = Administration
staff-password_link = Skift adgangskode
staff-log_out = Log ud
staff-menu = Medarbejdermenu
staff-password_title = Skift adgangskode
staff-password_must_change = Du er logget ind med en engangsadgangskode. Vælg din egen adgangskode, før du går videre.
staff-password_current = Nuværende adgangskode
staff-password_new = Ny adgangskode
staff-password_new_hint = Mindst 12 tegn. Brug gerne flere ord.
staff-password_repeat = Gentag ny adgangskode
staff-password_save = Gem adgangskode
staff-session_warning = Du bliver logget ud om { $n } minutter, fordi du ikke har været aktiv.
staff-session_stay = Forbliv logget ind
staff-session_over = Du er logget ud på grund af inaktivitet. Genindlæs siden for at logge ind igen.
