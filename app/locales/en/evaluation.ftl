### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (English, en).
### Reviewed by a native speaker: no

## Entering the code from the card

code_entry-label = The code from your card
code_entry-hint = 10 characters, e.g. K7QM-4XPR-TW. Upper or lower case does not matter.
code_entry-submit = Start the evaluation
code_entry-page_title = Evaluate a course
code_entry-page_intro = Enter the code from the card you got when the course ended. The code can be used once, and your answers cannot be traced back to you.

## The questionnaire and the receipt

questionnaire-title = Evaluation of the course
questionnaire-intro = Four short questions and a box for a comment, if you like. Your answers are kept without name, code or time – only the month and whether the course was in daycare, childminding or school.
questionnaire-overall = Overall, how satisfied are you with the course?
questionnaire-collaboration = How satisfied are you with the collaboration and the dialogue during the course?
questionnaire-difference = The course has made a positive difference for my child.
questionnaire-involved = I felt listened to and involved.
questionnaire-comment = Any comment? (optional)
questionnaire-comment_hint = Do not write names or CPR numbers. At most 2,000 characters.
questionnaire-short-1 = Satisfaction with the course
questionnaire-short-2 = Collaboration and dialogue
questionnaire-short-3 = Positive difference for the child
questionnaire-short-4 = Listened to and involved
questionnaire-short-5 = Comment
questionnaire-satisfaction-1 = Very satisfied
questionnaire-satisfaction-2 = Satisfied
questionnaire-satisfaction-3 = Neither satisfied nor dissatisfied
questionnaire-satisfaction-4 = Dissatisfied
questionnaire-satisfaction-5 = Very dissatisfied
questionnaire-agreement-1 = Strongly agree
questionnaire-agreement-2 = Agree
questionnaire-agreement-3 = Neither agree nor disagree
questionnaire-agreement-4 = Disagree
questionnaire-agreement-5 = Strongly disagree
questionnaire-agreement-6 = Don't know
questionnaire-submit = Send answers
questionnaire-receipt_title = Thank you for your answers
questionnaire-receipt_body = Your answers have been saved. The code cannot be used again.
questionnaire-receipt_after = The answers are counted in the municipality's report on Joint Effort, together with other parents' answers. No one can see who answered. You can close the page now.
questionnaire-receipt_unknown = This page shows a receipt only right after you have sent your answers. If you have a card with a code, enter the code here.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = How did your course go?
card-how = Scan the QR code, or go to the address and type the code:
card-anonymity = The code is not linked to your name – no one can see who answered.
card-valid_until = Valid until
card-qr_label = QR code linking to the evaluation
