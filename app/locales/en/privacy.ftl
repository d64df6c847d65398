### Tidlig – the privacy notice for parents (GDPR article 13) (English, en).
### Reviewed by a native speaker: no

privacy-title = How we handle information when you evaluate a course
privacy-intro = Here you can read what the portal keeps when you answer an evaluation, and why no one can see who answered.
privacy-controller_heading = Who is responsible
privacy-controller = The data controller is { $controller }.
privacy-contact = You can contact the municipality here: { $contact }.
privacy-dpo = The municipality's data protection officer can be contacted here: { $dpo }.
privacy-stored_heading = What we keep
privacy-stored = We keep your answers to the questions and your comment, if you write one. We do not keep your name, your code, your IP address, your browser or the time – only the month and whether the course was in daycare, childminding or school.
privacy-anonymous_heading = Your answers are anonymous
privacy-anonymous = No one – not even the municipality – can see who answered. Figures from the evaluations are shown only for groups of at least { $threshold } answers, and the answers are kept only once the month has closed and they are mixed with others'.
privacy-kept_heading = For how long
privacy-kept = The code on your card can be used for { $code_days } days. Your answers are kept as anonymous figures. A comment is deleted { $comment_months } months after its month has closed.
privacy-language = Your choice of language is kept in a cookie on your phone and never with your answers.
privacy-advice_heading = When you ask the FI team anonymously
privacy-advice = We keep who you are (parent, young person or another adult), the child's age band, the themes and what you and the FI team write – not your name, your IP address, your browser or the time of day, only the day. The receipt code is kept only as a keyed hash, so nobody can look it up again. The texts are deleted { $after_closing } days after the question is closed, and a question without activity for { $without_activity } days is closed and deleted. Only figures without text remain.
privacy-rights_heading = Your rights
privacy-rights = Because the answers are anonymous, we cannot find, correct or delete your answers in particular – that is part of protecting you (article 11 of the General Data Protection Regulation). You can always complain to the Danish Data Protection Agency, datatilsynet.dk.
privacy-others = Are you a professional asking for sparring, or do you work for the municipality? Read about that here:
privacy-askers_link = Professionals: sparring and evaluation
privacy-staff_link = Staff using the portal
