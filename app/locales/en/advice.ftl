### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (English, en).
### Reviewed by a native speaker: no

## The form
advice-title = Ask the FI team anonymously
advice-intro = Are you worried about your child, a child in your family or yourself? You can ask the municipality's FI team – a social worker, a psychologist and a health visitor – without giving your name. You get a receipt code, and with it you read the reply here.
advice-warning = Do not write names, CPR numbers, addresses or phone numbers. Describe what worries you so that nobody can recognise the child or the family.
advice-role = Who are you?
advice-age_band = How old is the child?
advice-themes = What is it about?
advice-themes_hint = Choose all that apply.
advice-concern = Your question
advice-concern_hint = At least 20 and at most 4,000 characters. No names, CPR numbers or addresses.
advice-send = Send the question
advice-urgent = If a child is in danger right now, call 112. You can also call the Danish children's helpline, BørneTelefonen, anonymously on 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = I have checked the text: it does not point to the child or the family
advice-sent_title = Your question has been sent
advice-sent_body = Here is your receipt code. With it you can read the FI team's reply and write back:
advice-sent_advice = Write the code down now. It is shown only here, for a quarter of an hour, and we cannot find it again for you.
advice-receipt_title = Read the reply to your question
advice-receipt_intro = Enter the receipt code you got when you sent your question.
advice-receipt = Receipt code
advice-receipt_hint = 16 digits, e.g. 1234 5678 9012 3456.
advice-open = Open the question
advice-request_title = Your question
advice-status = Status
advice-meeting = Proposed conversation
advice-your_concern = What you wrote
advice-conversation = Messages
advice-you = You
advice-team = The FI team
advice-reply = Write to the FI team
advice-reply_send = Send message
advice-reply_sent = Your message has been sent.
advice-awaiting_answer = The FI team has not replied yet. You can usually expect a reply within { $days } working days – it will appear here, where you open your question with the receipt code.
advice-sent_gone = Your question has been received. The receipt code is shown only for a quarter of an hour after sending and cannot be shown again.
advice-opened_gone = To protect your anonymity, your question is shown only a quarter of an hour at a time. Enter the receipt code again to open it.
advice-deletion_open = The texts are deleted automatically once the question is closed and a period has passed. Only figures for statistics remain – without text and without names.
advice-deletion_closed = The question is closed. The texts will be deleted automatically on { $date }.
advice-closed_no_reply = The question is closed, so you cannot write more here. Send a new question if you need more help.

## The rating, once the question is closed
advice_rating-title = Did the advice help you?
advice_rating-intro = Three short statements. Your answer is kept apart from your question – without receipt, name or time, only the month – and can be given once.
advice_rating-statements-1 = The advice helped me.
advice_rating-statements-2 = I know what to do next.
advice_rating-statements-3 = I would ask the FI team again if I needed to.
advice_rating-submit = Send rating
advice_rating-thanks = Thank you for your rating. It counts in the municipality's report together with others' and can be given once.

## Who asks
advice_role-parent = Parent
advice_role-young = Young person (I am asking about myself or a sibling)
advice_role-citizen = Another adult (e.g. a grandparent, a neighbour or a friend of the family)

## The child's age
advice_age_band-0-2 = 0–2 years
advice_age_band-3-5 = 3–5 years
advice_age_band-6-9 = 6–9 years
advice_age_band-10-13 = 10–13 years
advice_age_band-14-16 = 14–16 years

## What it is about
advice_theme-trivsel = Well-being
advice_theme-adfaerd = Behaviour
advice_theme-sprog = Language and development
advice_theme-fravaer = Absence from school or childcare
advice_theme-familie = The family
advice_theme-motorik = Motor skills and senses
advice_theme-andet = Other

## Where the question stands
advice_sparring_status-received = Received
advice_sparring_status-assigned = Being handled
advice_sparring_status-meeting_proposed = Conversation proposed
advice_sparring_status-answered = Answered
advice_sparring_status-closed = Closed
