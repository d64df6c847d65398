### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = Zapytaj zespół FI anonimowo
advice-intro = Martwisz się o swoje dziecko, o dziecko w rodzinie albo o siebie? Możesz zapytać gminny zespół FI – są w nim pracownik socjalny, psycholog i pielęgniarka środowiskowa – bez podawania swojego imienia. Dostaniesz kod potwierdzenia i dzięki niemu przeczytasz tutaj odpowiedź.
advice-warning = Nie wpisuj imion, numerów CPR (duński numer identyfikacyjny, odpowiednik PESEL), adresów ani numerów telefonów. Opisz, co Cię martwi, tak, żeby nikt nie mógł rozpoznać dziecka ani rodziny.
advice-role = Kim jesteś?
advice-age_band = Ile lat ma dziecko?
advice-themes = Czego dotyczy pytanie?
advice-themes_hint = Zaznacz wszystko, co pasuje.
advice-concern = Twoje pytanie
advice-concern_hint = Co najmniej 20 i najwyżej 4000 znaków. Bez imion, numerów CPR i adresów.
advice-send = Wyślij pytanie
advice-urgent = Jeśli dziecko jest teraz w niebezpieczeństwie, zadzwoń pod numer 112. Możesz też anonimowo zadzwonić do duńskiego telefonu zaufania dla dzieci BørneTelefonen pod numer 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = Sprawdziłem(-am) tekst: nie wskazuje na dziecko ani na rodzinę
advice-sent_title = Twoje pytanie zostało wysłane
advice-sent_body = Oto Twój kod potwierdzenia. Dzięki niemu możesz przeczytać odpowiedź zespołu FI i odpisać:
advice-sent_advice = Zapisz kod teraz. Jest widoczny tylko tutaj, przez 15 minut, i później nie będziemy mogli go dla Ciebie odnaleźć.
advice-receipt_title = Przeczytaj odpowiedź na swoje pytanie
advice-receipt_intro = Wpisz kod potwierdzenia otrzymany po wysłaniu pytania.
advice-receipt = Kod potwierdzenia
advice-receipt_hint = 16 cyfr, np. 1234 5678 9012 3456.
advice-open = Otwórz pytanie
advice-request_title = Twoje pytanie
advice-status = Status
advice-meeting = Propozycja rozmowy
advice-your_concern = To, co napisałeś(-aś)
advice-conversation = Wiadomości
advice-you = Ty
advice-team = Zespół FI
advice-reply = Napisz do zespołu FI
advice-reply_send = Wyślij wiadomość
advice-reply_sent = Twoja wiadomość została wysłana.
advice-awaiting_answer = Zespół FI jeszcze nie odpowiedział. Zwykle możesz liczyć na odpowiedź w ciągu { $days } dni roboczych – pojawi się tutaj, gdzie otwierasz swoje pytanie kodem potwierdzenia.
advice-sent_gone = Twoje pytanie do nas dotarło. Kod potwierdzenia jest widoczny tylko przez 15 minut po wysłaniu i nie można go pokazać ponownie.
advice-opened_gone = Aby chronić Twoją anonimowość, pytanie jest widoczne tylko przez 15 minut naraz. Wpisz ponownie kod potwierdzenia, aby je otworzyć.
advice-deletion_open = Teksty są usuwane automatycznie, gdy pytanie zostanie zakończone i minie pewien czas. Zostają tylko liczby do statystyk – bez tekstu i bez imion.
advice-deletion_closed = Pytanie jest zakończone. Teksty zostaną automatycznie usunięte { $date }.
advice-closed_no_reply = Pytanie jest zakończone, więc nie możesz już tu pisać. Wyślij nowe pytanie, jeśli potrzebujesz więcej pomocy.

## The rating, once the question is closed
advice_rating-title = Czy rada Ci pomogła?
advice_rating-intro = Trzy krótkie zdania. Twoja odpowiedź jest przechowywana osobno od Twojego pytania – bez kodu potwierdzenia, imienia i godziny, tylko z miesiącem – i można jej udzielić tylko raz.
advice_rating-statements-1 = Rada mi pomogła.
advice_rating-statements-2 = Wiem, co mam teraz zrobić.
advice_rating-statements-3 = Zapytam zespół FI ponownie, jeśli będę tego potrzebować.
advice_rating-submit = Wyślij ocenę
advice_rating-thanks = Dziękujemy za ocenę. Razem z ocenami innych osób trafi do gminnego zestawienia. Ocenę można wystawić tylko raz.

## Who asks
advice_role-parent = Rodzic
advice_role-young = Młoda osoba (pytam o siebie albo o brata lub siostrę)
advice_role-citizen = Inna osoba dorosła (np. babcia lub dziadek, sąsiad albo przyjaciel rodziny)

## The child's age
advice_age_band-0-2 = 0–2 lata
advice_age_band-3-5 = 3–5 lat
advice_age_band-6-9 = 6–9 lat
advice_age_band-10-13 = 10–13 lat
advice_age_band-14-16 = 14–16 lat

## What it is about
advice_theme-trivsel = Samopoczucie
advice_theme-adfaerd = Zachowanie
advice_theme-sprog = Język i rozwój
advice_theme-fravaer = Nieobecności w szkole, żłobku lub przedszkolu
advice_theme-familie = Rodzina
advice_theme-motorik = Motoryka i zmysły
advice_theme-andet = Inne

## Where the question stands
advice_sparring_status-received = Otrzymano
advice_sparring_status-assigned = W trakcie rozpatrywania
advice_sparring_status-meeting_proposed = Zaproponowano rozmowę
advice_sparring_status-answered = Udzielono odpowiedzi
advice_sparring_status-closed = Zakończono
