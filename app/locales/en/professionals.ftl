### Tidlig – the professionals' evaluation of a course and the askers' rating of sparring (English, en).
### Reviewed by a native speaker: no

## Entering the code

professional_code_entry-label = The code from your card or e-mail
professional_code_entry-hint = 10 characters, e.g. K7QM-4XPR-TW. Upper or lower case does not matter.
professional_code_entry-submit = Start the evaluation
professional_code_entry-page_title = Evaluate a course as a professional
professional_code_entry-page_intro = You took part in an FI course as a professional and got a code from the FI team. The code can be used once, and your answers cannot be traced back to you.

## The printed card

professional_card-heading = How did the course go – seen from you as a professional?
professional_card-how = Scan the QR code, or open the link and type the code:
professional_card-anonymity = The code is not linked to your name – no one can see who answered.
professional_card-valid_until = Valid until
professional_card-qr_label = QR code linking to the professionals' evaluation

professional_questionnaire-title = Professionals' evaluation of the course
professional_questionnaire-intro = Three short questions, your professional group and a box for a comment, if you like. The answers are kept without name, code or time – only the month and whether the course was in daycare, childminding or school.
professional_questionnaire-difference = The course has made a positive difference for the child.
professional_questionnaire-collaboration = How satisfied are you with the collaboration with the FI team?
professional_questionnaire-competence = I have become better at spotting a concern early and acting on it.
professional_questionnaire-work_group = Your professional group
professional_questionnaire-groups-1 = Daycare or childminding
professional_questionnaire-groups-2 = School
professional_questionnaire-groups-3 = Health
professional_questionnaire-groups-4 = Other
professional_questionnaire-short-1 = Positive difference for the child
professional_questionnaire-short-2 = Collaboration with the FI team
professional_questionnaire-short-3 = Spotting and acting early
professional_questionnaire-short-4 = Professional group
professional_questionnaire-short-5 = Comment
professional_questionnaire-comment = Any comment? (optional)
professional_questionnaire-comment_hint = Do not write names or CPR numbers. At most 2,000 characters.
professional_questionnaire-submit = Send answers
professional_questionnaire-receipt_title = Thank you for your answers
professional_questionnaire-receipt_body = Your answers have been saved. The code cannot be used again.
professional_questionnaire-receipt_after = The answers are counted in the municipality's report on Joint Effort together with other professionals' answers. No one can see who answered. You can close the page now.

professional_codes-title = Evaluation for the professionals
professional_codes-intro = The professionals who took part can evaluate the course anonymously. One code may be issued per professional role registered on the meetings: { $left } of { $roles } left.
professional_codes-count = Number of codes
professional_codes-button = Issue codes for professionals
professional_codes-done = { $issued } codes have been issued to the professionals – one per professional role registered on the meetings.
professional_codes-none = No professionals (pedagogue, childminder, teacher, manager, health visitor) are registered on the course's meetings, so no professionals' codes can be issued.
professional_codes-links_title = Links for e-mail
professional_codes-links_intro = Each link opens the evaluation with the code filled in. Paste one link into an e-mail to one professional – never send several codes to the same person.

rating-title = How was the sparring?
rating-intro = Three short statements. Your answer is kept apart from your request – without receipt, name or time, only the month – and can be given once.
rating-statements-1 = I got the help I needed.
rating-statements-2 = I know what to do next.
rating-statements-3 = I would ask for sparring again if I needed it.
rating-submit = Send rating
rating-thanks = Thank you for rating the sparring. It counts in the municipality's report together with others' and can be given once.
