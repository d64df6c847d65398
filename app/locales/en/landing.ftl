### Tidlig – the front page (English, en).
### Reviewed by a native speaker: no

landing-title = Tidlig – Joint Effort
landing-heading = Early help for children and families
landing-intro = Joint Effort brings parents, daycare, childminders, school and the municipality's FI team together around a child before a concern grows.
landing-parents_heading = Evaluate a course
landing-parents_body = For parents: did you get a card with a code after a course? Enter the code and answer four short questions. Your answers are anonymous.
landing-advice_heading = Ask anonymously about your child
landing-advice_body = For parents, young people and other adults: ask the FI team a question about a child you are worried about – without giving your name.
landing-advice_link = Ask a question
landing-advice_receipt_link = Have a receipt code? Read the reply
landing-sparring_heading = Anonymous consultation
landing-sparring_body = For pedagogues, childminders and teachers: get advice from the FI team about a child you are worried about – without naming the child.
landing-sparring_link = Ask for a consultation
landing-sparring_receipt_link = Have a receipt code? Read the reply
landing-offers_link = See the municipality's offers for children, young people and families
landing-staff_heading = Log in
landing-staff_body = For the FI team, project leads and administrators.
landing-staff_link = Staff login
