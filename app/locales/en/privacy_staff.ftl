### Tidlig – the privacy notices for professionals and for staff (GDPR article 13) (English, en).
### Reviewed by a native speaker: no

## Professionals: anonymous sparring and the professionals' evaluation

privacy_askers-title = How we handle information when you ask for sparring or evaluate as a professional
privacy_askers-stored_heading = What we keep about a request
privacy_askers-stored = We keep your role, your workplace or the kind of place you work, the child's age group, the themes and the text you write – without the child's name, which you must not write. The receipt code is kept only as a keyed hash. We do not keep your IP address, your browser or the time, only the month. Your name, phone and e-mail are kept only if you write them yourself because you want to be contacted.
privacy_askers-kept_heading = For how long
privacy_askers-kept = The texts of a request are deleted { $after_closing } days after it is closed, and a request without activity for { $without_activity } days is closed and deleted. Only figures remain: how many requests came in a month, about what, and how they ended.
privacy_askers-evaluation = Your evaluation of a course as a professional is kept as the parents' are: without name, code and time, and figures are shown only for groups of at least { $threshold } answers.
privacy_askers-rights_heading = Your rights
privacy_askers-rights = If you wrote your name, phone or e-mail, that is personal data: you may see it and have it corrected or deleted (articles 15–17 of the General Data Protection Regulation) by contacting the municipality. The municipality processes it in the exercise of its official authority (article 6(1)(e)). You can complain to the Danish Data Protection Agency, datatilsynet.dk.

## Staff: accounts, sessions and the audit log

privacy_staff-title = How we handle information about staff using the portal
privacy_staff-stored_heading = What we keep
privacy_staff-stored = About you as a member of staff we keep your name, e-mail, role and whether the account is active. Your password is kept only as an Argon2 hash. While you are logged in, a session cookie keeps you logged in; it expires after { $idle_minutes } minutes without activity. What you do in the portal – such as issuing codes, answering sparring or changing settings – is written to an audit log with your e-mail and the time.
privacy_staff-purpose_heading = Why
privacy_staff-purpose = The information is used to give you access according to your role and to document who did what, as the municipality must be able to as an authority (article 6(1)(e) of the General Data Protection Regulation, and article 32 on security).
privacy_staff-rights_heading = Your rights
privacy_staff-rights = You have the right to see the information about you, to have wrong information corrected and, in some cases, to erasure, restriction and objection (articles 15–21). The audit log cannot be corrected afterwards, because it must document what happened. Contact the municipality or the data protection officer, or complain to the Danish Data Protection Agency, datatilsynet.dk.
