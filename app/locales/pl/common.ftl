### Tidlig – texts around every page: header, footer, error pages (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = Przejdź do treści
common-programme = Fælles Indsats (Wspólne działanie)
common-language_nav = Język
common-footer_anonymity = Ocen wystawionych przez rodziców ani anonimowych konsultacji nie da się powiązać z dzieckiem ani z rodziną.
common-not_found_title = Nie znaleziono strony
common-not_found_body = Nie możemy znaleźć strony, której szukasz. Sprawdź adres lub przejdź do strony głównej.
common-back_to_front = Przejdź do strony głównej
common-error_summary_title = Wystąpił problem
common-try_again = Coś poszło nie tak po naszej stronie. Spróbuj ponownie za chwilę.
common-send = Wyślij
common-error_title = Błąd
common-print = Drukuj
common-current_language = Bieżący język
common-privacy_link = Jak przetwarzamy informacje
common-accessibility_link = Deklaracja dostępności
