### Tidlig – why a field was refused, as people read it beside the field (English, en).
### Reviewed by a native speaker: no

problem-required = Fill in this field.
problem-too_long = Use at most { $max } characters.
problem-too_short = Use at least { $min } characters.
problem-code_length = The code has 10 characters. You entered { $found }.
problem-code_character = Codes do not contain the character “{ $found }”. Check the card: codes never use 0, O, 1, I, L, 2, Z, 5, S, 8 or B.
problem-code_unknown = We cannot find this code. Check that you typed it as printed on the card.
problem-day_in_future = The date lies in the future. Register only what has happened.
problem-day_before_start = The date lies before the course started.
problem-code_missing = Type the code from your card.
problem-code_used = This code has been used. If you sent your answers with it, they have arrived – thank you. Each code can be used only once.
problem-code_expired = This code has expired. Contact the FI team if you would still like to evaluate the course.
problem-code_for_parents = This code is for the parents' evaluation. Open it on the front page under “Evaluate a course”.
problem-code_for_professionals = This code is for the professionals' evaluation. Open it at the address on the card: /evaluering/fagperson.
problem-email = Enter an e-mail address like name@municipality.dk.
problem-not_a_choice = Choose one of the options.
problem-login_failed = The e-mail or the password is wrong.
problem-throttled = Too many attempts. Try again in { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }.
problem-wait = Too many wrong attempts in a row. Wait { $seconds ->
        [one] { $seconds } second
       *[other] { $seconds } seconds
    } and try again.
problem-busy = The server is busy right now. Try again in a moment – nothing was saved.
problem-common_password = That password is among the most common ones and is quickly guessed. Choose another, e.g. three or four random words.
problem-password_wrong = The current password is wrong.
problem-password_mismatch = The two new passwords are not the same.
problem-email_taken = There is already a staff member with this e-mail.
problem-name_taken = There is already an institution with this name.
problem-last_admin = There must be at least one active administrator.
problem-unanswered = Choose an answer.
problem-contains_cpr = The text seems to contain a CPR number. Remove it – never write CPR numbers or names.
problem-receipt_format = The receipt code has 16 digits, e.g. 1234 5678 9012 3456.
problem-receipt_unknown = We cannot find a request with this code. Check the code – or the text may have been deleted.
problem-phone = Enter a phone number with 8 digits.
problem-looks_like_contact = The text seems to contain an e-mail address or a phone number. Remove it if it could point to the family – or confirm below that it is fine.
problem-date = Enter a date like 2026-12-01.
problem-time = Enter a time like 09:30.
problem-unknown_institution = The institution is not in the list – write the name exactly as there.
problem-course_mismatch = The line disagrees with the course's first line about the course.
problem-csv_format = The file cannot be read as CSV.
problem-missing_column = The column is missing from the first line.
problem-date_order = The date lies before the course's start.
problem-out_of_range = Must be from { $min } to { $max }.
problem-unknown_step = The step is not on the staircase – import the steps first.
problem-unknown_kind = There is no such kind of step – import the kinds first, or use preventive or placement.
problem-duplicate_line = The line repeats an earlier line.
problem-not_a_number = Enter a whole number.
problem-whole_number_from = Enter a whole number from { $min } to { $max }.
problem-too_many = At most { $max }.
problem-web_address = Enter a web address beginning with https://
problem-negative = The figure cannot be negative.
problem-not_a_figure = Enter a number, such as 7908 or 54.6.
problem-no_year_in_column = The column's name must end in a year, such as march_2016.
problem-unknown_age = Enter one year of age, such as 7 år.
problem-unknown_period = Enter a year, quarter or month, such as 2024K1.
problem-other_area = The line is about another area than the file's first line.
