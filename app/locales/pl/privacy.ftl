### Tidlig – the privacy notice for parents (GDPR article 13) (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

privacy-title = Jak przetwarzamy informacje, gdy oceniasz wsparcie
privacy-intro = Tutaj przeczytasz, co portal zapisuje, gdy odpowiadasz na pytania oceny, i dlaczego nikt nie widzi, kto udzielił odpowiedzi.
privacy-controller_heading = Kto odpowiada za dane
privacy-controller = Administratorem danych jest { $controller }.
privacy-contact = Z gminą możesz skontaktować się tutaj: { $contact }.
privacy-dpo = Z inspektorem ochrony danych gminy możesz skontaktować się tutaj: { $dpo }.
privacy-stored_heading = Co zapisujemy
privacy-stored = Zapisujemy Twoje odpowiedzi na pytania i Twój komentarz, jeśli go napiszesz. Nie zapisujemy Twojego imienia i nazwiska, kodu, adresu IP, przeglądarki ani godziny – tylko miesiąc oraz to, czy wsparcie odbywało się w żłobku lub przedszkolu, u dziennego opiekuna czy w szkole.
privacy-anonymous_heading = Twoje odpowiedzi są anonimowe
privacy-anonymous = Nikt – nawet gmina – nie widzi, kto udzielił odpowiedzi. Wyniki ocen pokazujemy tylko dla grup liczących co najmniej { $threshold ->
        [one] { $threshold } odpowiedź
        [few] { $threshold } odpowiedzi
        [many] { $threshold } odpowiedzi
       *[other] { $threshold } odpowiedzi
    }. Odpowiedzi zapisujemy dopiero po zamknięciu miesiąca, gdy są już wymieszane z odpowiedziami innych osób.
privacy-kept_heading = Jak długo
privacy-kept = Kod z Twojej karty jest ważny przez { $code_days ->
        [one] { $code_days } dzień
        [few] { $code_days } dni
        [many] { $code_days } dni
       *[other] { $code_days } dnia
    }. Twoje odpowiedzi są przechowywane jako anonimowe dane liczbowe. Komentarz usuwamy po upływie { $comment_months ->
        [one] { $comment_months } miesiąca
        [few] { $comment_months } miesięcy
        [many] { $comment_months } miesięcy
       *[other] { $comment_months } miesiąca
    } od zamknięcia miesiąca, w którym go napisano.
privacy-language = Wybrany język zapisujemy w pliku cookie na Twoim telefonie i nigdy razem z Twoimi odpowiedziami.
privacy-advice_heading = Gdy pytasz zespół FI anonimowo
privacy-advice = Zapisujemy, kim jesteś (rodzic, młoda osoba czy inna osoba dorosła), grupę wiekową dziecka, tematy oraz to, co piszecie Ty i zespół FI – nie zapisujemy Twojego imienia i nazwiska, adresu IP, przeglądarki ani godziny, tylko dzień. Kod potwierdzenia przechowujemy wyłącznie jako skrót kryptograficzny z kluczem (keyed hash), więc nikt nie może go ponownie odnaleźć. Teksty usuwamy po upływie { $after_closing } dni od zakończenia pytania, a pytanie bez aktywności przez { $without_activity } dni zostaje zakończone i usunięte. Zostają tylko liczby bez tekstu.
privacy-rights_heading = Twoje prawa
privacy-rights = Odpowiedzi są anonimowe, dlatego nie możemy odnaleźć, poprawić ani usunąć właśnie Twoich odpowiedzi – to część ochrony Twojej prywatności (art. 11 RODO). Zawsze możesz złożyć skargę do Datatilsynet (duńskiego organu ochrony danych), datatilsynet.dk.
privacy-others = Prosisz o konsultację jako specjalista albo pracujesz w gminie? Przeczytaj o tym tutaj:
privacy-askers_link = Specjaliści: konsultacje i ocena
privacy-staff_link = Pracownicy korzystający z portalu
