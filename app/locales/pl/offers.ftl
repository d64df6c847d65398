### Tidlig – the catalogue of offers: the public page (Polish, pl).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = Oferty dla dzieci, młodzieży i rodzin
offers-intro = Oto oferty gminy dla dzieci, młodzieży i rodzin, uporządkowane według schodów wsparcia – od ofert, z których może skorzystać każdy, po te, które najbardziej ingerują w życie rodziny. Wybierz wiek dziecka, temat lub stopień, aby zobaczyć pasujące oferty.
offers-language_note = Gmina opisuje swoje oferty po duńsku.
offers-filters = Znajdź ofertę
offers-age_band = Wiek dziecka
offers-theme = Temat
offers-step = Stopień na schodach wsparcia
offers-all = Wszystkie
offers-show = Pokaż oferty
offers-shown = Wyświetlane oferty: { $shown } z { $all }.
offers-none = Żadna oferta nie pasuje do tego, co wybrano. Spróbuj usunąć jeden z wyborów.
offers-open_to_all = Oferty, z których może skorzystać każdy
offers-staircase_title = Schody wsparcia
offers-staircase_hint = Stopnie prowadzą od najmniej do najbardziej ingerujących w życie rodziny. Liczba przy każdym stopniu to liczba wyświetlanych ofert na tym stopniu.
offers-purpose = Cel
offers-for_whom = Dla kogo
offers-provider = Kto ją prowadzi
offers-access = Jak zacząć
offers-duration = Czas trwania
offers-contact = Kontakt
offers-experience = Doświadczenia
offers-effect = Znane efekty
offers-more = Więcej o ofercie
offers-count = { $n ->
    [one] 1 oferta
    [few] { $n } oferty
    [many] { $n } ofert
   *[other] { $n } oferty
}
offers-pointed = Oferty, które polecamy

## How a family gets into an offer
offer_access-direct = Bezpośrednio – skontaktuj się sam(-a) z prowadzącymi ofertę
offer_access-referral = Na skierowanie – to gmina kieruje Cię do oferty
