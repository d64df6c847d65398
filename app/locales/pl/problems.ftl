### Tidlig – why a field was refused, as people read it beside the field (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = Wypełnij to pole.
problem-too_long = Wpisz najwyżej { $max ->
        [one] { $max } znak
        [few] { $max } znaki
        [many] { $max } znaków
       *[other] { $max } znaku
    }.
problem-too_short = Wpisz co najmniej { $min ->
        [one] { $min } znak
        [few] { $min } znaki
        [many] { $min } znaków
       *[other] { $min } znaku
    }.
problem-code_length = Kod ma 10 znaków. Wpisano { $found ->
        [one] { $found } znak
        [few] { $found } znaki
        [many] { $found } znaków
       *[other] { $found } znaku
    }.
problem-code_character = Kody nie zawierają znaku „{ $found }”. Sprawdź kartę: w kodach nigdy nie występują znaki 0, O, 1, I, L, 2, Z, 5, S, 8 ani B.
problem-code_unknown = Nie możemy znaleźć tego kodu. Sprawdź, czy kod jest wpisany tak jak na karcie.
problem-day_in_future = Ta data jest w przyszłości. Rejestruj tylko to, co już się wydarzyło.
problem-day_before_start = Ta data jest wcześniejsza niż początek wsparcia.
problem-code_missing = Wpisz kod z karty.
problem-code_used = Ten kod został już użyty. Jeśli odpowiedzi zostały wysłane z tym kodem przez Ciebie, dotarły do nas – dziękujemy. Każdego kodu można użyć tylko raz.
problem-code_expired = Ten kod wygasł. Skontaktuj się z zespołem FI, jeśli nadal chcesz ocenić wsparcie.
problem-code_for_parents = Ten kod służy do oceny przez rodziców. Wpisz go na stronie głównej w sekcji „Oceń wsparcie”.
problem-code_for_professionals = Ten kod służy do oceny przez specjalistów. Użyj go pod adresem podanym na karcie: /evaluering/fagperson.
problem-email = Wpisz adres e-mail, np. navn@kommune.dk.
problem-not_a_choice = Wybierz jedną z opcji.
problem-login_failed = Nieprawidłowy e-mail lub hasło.
problem-throttled = Zbyt wiele prób. Spróbuj ponownie za { $minutes ->
        [one] { $minutes } minutę
        [few] { $minutes } minuty
        [many] { $minutes } minut
       *[other] { $minutes } minuty
    }.
problem-wait = Zbyt wiele błędnych prób z rzędu. Odczekaj { $seconds ->
        [one] { $seconds } sekundę
        [few] { $seconds } sekundy
        [many] { $seconds } sekund
       *[other] { $seconds } sekundy
    } i spróbuj ponownie.
problem-busy = Serwer jest teraz przeciążony. Spróbuj ponownie za chwilę – nic nie zostało zapisane.
problem-common_password = To hasło należy do najczęściej używanych i łatwo je odgadnąć. Wybierz inne, np. trzy lub cztery przypadkowe słowa.
problem-password_wrong = Obecne hasło jest nieprawidłowe.
problem-password_mismatch = Nowe hasła nie są takie same.
problem-email_taken = Istnieje już pracownik z tym adresem e-mail.
problem-name_taken = Istnieje już placówka o tej nazwie.
problem-last_admin = Musi być co najmniej jeden aktywny administrator.
problem-unanswered = Wybierz odpowiedź.
problem-contains_cpr = Wygląda na to, że tekst zawiera numer CPR. Usuń go – nigdy nie wpisuj numerów CPR ani imion i nazwisk.
problem-receipt_format = Kod potwierdzenia ma 16 cyfr, np. 1234 5678 9012 3456.
problem-receipt_unknown = Nie możemy znaleźć zgłoszenia z tym kodem. Sprawdź kod – możliwe też, że tekst został usunięty.
problem-phone = Wpisz 8-cyfrowy numer telefonu.
problem-looks_like_contact = Wygląda na to, że tekst zawiera adres e-mail lub numer telefonu. Usuń go, jeśli może wskazywać na rodzinę – albo potwierdź poniżej, że wszystko jest w porządku.
problem-date = Wpisz datę w formacie 2026-12-01.
problem-time = Wpisz godzinę w formacie 09:30.
problem-unknown_institution = Tej placówki nie ma na liście – wpisz nazwę dokładnie tak, jak na liście.
problem-course_mismatch = Dane o wsparciu w tym wierszu różnią się od danych w pierwszym wierszu tego wsparcia.
problem-csv_format = Nie można odczytać pliku jako CSV.
problem-missing_column = W pierwszym wierszu brakuje tej kolumny.
problem-date_order = Ta data jest wcześniejsza niż początek wsparcia.
problem-out_of_range = Wartość musi wynosić od { $min } do { $max }.
problem-unknown_step = Tego kroku nie ma na drabinie wsparcia – najpierw zaimportuj kroki.
problem-unknown_kind = Nie ma takiego rodzaju kroku – najpierw zaimportuj rodzaje albo użyj preventive lub placement.
problem-duplicate_line = Ten wiersz powtarza jeden z wcześniejszych wierszy.
problem-not_a_number = Wpisz liczbę całkowitą.
problem-whole_number_from = Wpisz liczbę całkowitą od { $min } do { $max }.
problem-too_many = Najwyżej { $max }.
problem-web_address = Wpisz adres internetowy zaczynający się od https://
problem-negative = Liczba nie może być ujemna.
problem-not_a_figure = Wpisz liczbę, np. 7908 lub 54,6.
problem-no_year_in_column = Nazwa kolumny musi kończyć się rokiem, np. march_2016.
problem-unknown_age = Wpisz jeden wiek, np. 7 år.
problem-unknown_period = Wpisz rok, kwartał lub miesiąc, np. 2024K1.
problem-other_area = Wiersz dotyczy innego obszaru niż pierwszy wiersz pliku.
