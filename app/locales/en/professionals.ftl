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
