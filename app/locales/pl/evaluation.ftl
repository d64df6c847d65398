### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = Kod z karty
code_entry-hint = 10 znaków, np. K7QM-4XPR-TW. Wielkość liter nie ma znaczenia.
code_entry-submit = Rozpocznij ocenę
code_entry-page_title = Oceń wsparcie
code_entry-page_intro = Wpisz kod z karty otrzymanej po zakończeniu wsparcia. Kodu można użyć tylko raz, a odpowiedzi nie da się powiązać z osobą, która ich udzieliła.

## The questionnaire and the receipt

questionnaire-title = Ocena wsparcia
questionnaire-intro = Cztery krótkie pytania i pole na komentarz, jeśli chcesz. Odpowiedzi są zapisywane bez imienia, kodu i godziny – zapisujemy tylko miesiąc oraz to, czy wsparcie odbywało się w żłobku lub przedszkolu, u dziennego opiekuna czy w szkole.
questionnaire-overall = Jak ogólnie oceniasz swoje zadowolenie ze wsparcia?
questionnaire-collaboration = Jak oceniasz swoje zadowolenie ze współpracy i dialogu w trakcie wsparcia?
questionnaire-difference = Wsparcie pozytywnie wpłynęło na moje dziecko.
questionnaire-involved = Mam poczucie, że mnie wysłuchano i włączono w działania.
questionnaire-comment = Masz komentarz? (opcjonalnie)
questionnaire-comment_hint = Nie wpisuj imion i nazwisk ani numerów CPR (duński numer identyfikacyjny, odpowiednik PESEL). Maksymalnie 2000 znaków.
questionnaire-short-1 = Zadowolenie ze wsparcia
questionnaire-short-2 = Współpraca i dialog
questionnaire-short-3 = Pozytywny wpływ na dziecko
questionnaire-short-4 = Wysłuchanie i włączenie
questionnaire-short-5 = Komentarz
questionnaire-satisfaction-1 = Bardzo zadowolony(-a)
questionnaire-satisfaction-2 = Zadowolony(-a)
questionnaire-satisfaction-3 = Średnio zadowolony(-a)
questionnaire-satisfaction-4 = Niezadowolony(-a)
questionnaire-satisfaction-5 = Bardzo niezadowolony(-a)
questionnaire-agreement-1 = Zdecydowanie się zgadzam
questionnaire-agreement-2 = Zgadzam się
questionnaire-agreement-3 = Ani się zgadzam, ani się nie zgadzam
questionnaire-agreement-4 = Nie zgadzam się
questionnaire-agreement-5 = Zdecydowanie się nie zgadzam
questionnaire-agreement-6 = Nie wiem
questionnaire-submit = Wyślij odpowiedzi
questionnaire-receipt_title = Dziękujemy za odpowiedzi
questionnaire-receipt_body = Odpowiedzi zostały zapisane. Kodu nie można użyć ponownie.
questionnaire-receipt_after = Odpowiedzi, razem z odpowiedziami innych rodziców, trafią do gminnego zestawienia wyników programu Fælles Indsats. Nikt nie widzi, kto udzielił odpowiedzi. Możesz już zamknąć stronę.
questionnaire-receipt_unknown = Ta strona pokazuje potwierdzenie tylko zaraz po wysłaniu odpowiedzi. Jeśli masz kartę z kodem, wpisz kod tutaj.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = Jak oceniacie otrzymane wsparcie?
card-how = Zeskanuj kod QR albo wejdź na podany adres i wpisz kod:
card-anonymity = Kod nie jest powiązany z Waszym nazwiskiem – nikt nie widzi, kto udzielił odpowiedzi.
card-valid_until = Ważny do
card-qr_label = Kod QR z linkiem do oceny
