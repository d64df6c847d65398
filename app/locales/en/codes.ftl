### Tidlig – issuing evaluation codes and the sheet of cards (staff) (English, en).
### Reviewed by a native speaker: no

cards-issue_title = Issue evaluation codes
cards-issue_intro = When a course with the parents has ended, the parents get a card with a code. The code is linked only to the area and the month – never to the course or the family. The codes are shown for a quarter of an hour only: print the cards right away.
cards-area = Area
cards-count = Number of codes
cards-count_hint = 1–80. There are 8 cards on an A4 page.
cards-issue = Issue and show cards
cards-sheet_title = Evaluation cards
cards-sheet_intro = Print this page now: the codes are shown for a quarter of an hour only and cannot be found again. Each card has the code, a QR code and the address.
cards-sheet_gone = The cards can no longer be shown: codes are shown for a quarter of an hour after issuing only. If they were not printed, issue new ones.
cards-back = Back
cards-language = Language of the card
cards-language_hint = The card is printed in this language and in Danish, and its QR code opens the evaluation in this language. If you choose Danish, English is printed instead.
