### Tidlig – the staff side: login, start page, own account, session warning (English, en).
### Reviewed by a native speaker: no

login-title = Log in
login-intro = Log in with your work e-mail and password. You are logged out after 30 minutes without activity.
login-email = E-mail
login-password = Password
login-submit = Log in
login-required = Please log in to see this page.
login-ended_idle = You were logged out after 30 minutes without activity. Please log in again.
login-ended_expired = You were logged out because 12 hours have passed since you logged in. Please log in again.
login-ended_revoked = You were logged out because your account was changed. Log in again, or contact an administrator.
login-logged_out = You have logged out.
login-forbidden_title = You do not have access to this page
login-forbidden_body = Your role does not give access to this page. Contact an administrator if you think this is a mistake.

staff-start_title = Staff front page
staff-greeting = Hello { $name }
staff-role_team = FI team
staff-role_lead = Project lead
staff-role_admin = Administrator
staff-profession_socialraadgiver = Social worker
staff-profession_psykolog = Psychologist
staff-profession_sundhedsplejerske = Health visitor
staff-profession_projektleder = Project lead
staff-profession_other = Other
staff-start_team = As a member of the FI team you register courses and meetings, issue evaluation codes and answer anonymous consultations.
staff-start_lead = As project lead you follow the result goals, import key figures and print the status report.
staff-start_admin = As administrator you manage staff, institutions and settings and can read the log.
staff-admin_link = Administration
staff-password_link = Change password
staff-log_out = Log out
staff-menu = Staff menu
staff-password_title = Change password
staff-password_must_change = You logged in with a one-time password. Choose your own password before you continue.
staff-password_current = Current password
staff-password_new = New password
staff-password_new_hint = At least 12 characters. Several words work well.
staff-password_repeat = Repeat the new password
staff-password_save = Save password
staff-session_warning = You will be logged out in { $n } minutes because you have not been active.
staff-session_stay = Stay logged in
staff-session_over = You have been logged out because of inactivity. Reload the page to log in again.
