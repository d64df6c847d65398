### Tidlig – the front page (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = Wczesna pomoc dla dzieci i rodzin
landing-intro = Fælles Indsats (Wspólne działanie) skupia wokół dziecka rodziców, żłobek lub przedszkole, dziennego opiekuna, szkołę i gminny zespół FI, zanim obawy narosną.
landing-parents_heading = Oceń wsparcie
landing-parents_body = Dla rodziców: masz kartę z kodem otrzymaną po zakończeniu wsparcia? Wpisz kod i odpowiedz na cztery krótkie pytania. Odpowiedzi są anonimowe.
landing-advice_heading = Zapytaj anonimowo o swoje dziecko
landing-advice_body = Dla rodziców, młodzieży i innych dorosłych: zadaj zespołowi FI pytanie o dziecko, o które się martwisz – bez podawania swojego imienia.
landing-advice_link = Zadaj pytanie
landing-advice_receipt_link = Masz kod potwierdzenia? Przeczytaj odpowiedź
landing-sparring_heading = Anonimowa konsultacja
landing-sparring_body = Dla wychowawców, dziennych opiekunów i nauczycieli: uzyskaj radę zespołu FI w sprawie dziecka, o które się martwisz – bez podawania imienia dziecka.
landing-sparring_link = Poproś o konsultację
landing-sparring_receipt_link = Masz kod potwierdzenia? Przeczytaj odpowiedź
landing-offers_link = Zobacz ofertę gminy dla dzieci, młodzieży i rodzin
landing-staff_heading = Zaloguj się
landing-staff_body = Dla zespołu FI, kierowników projektów i administratorów.
landing-staff_link = Logowanie dla pracowników
