### Tidlig – the catalogue of offers: the public page (Danish, da).
### Reviewed by a native speaker: yes

offers-title = Tilbud til børn, unge og familier
offers-intro = Her er kommunens tilbud til børn, unge og familier, ordnet efter indsatstrappen – fra de tilbud, alle kan bruge, til de mest indgribende. Vælg barnets alder, et tema eller et trin for at se de tilbud, der passer.
offers-language_note = Kommunen beskriver tilbuddene på dansk.
offers-filters = Find tilbud
offers-age_band = Barnets alder
offers-theme = Tema
offers-step = Trin på indsatstrappen
offers-all = Alle
offers-show = Vis tilbud
offers-shown = { $shown } af { $all } tilbud vises.
offers-none = Ingen tilbud passer til det valgte. Prøv at fjerne et af valgene.
offers-open_to_all = Tilbud, alle kan bruge
offers-staircase_title = Indsatstrappen
offers-staircase_hint = Trinene går fra det mindst til det mest indgribende. Tallet ved hvert trin er antallet af de viste tilbud på trinnet.
offers-purpose = Formål
offers-for_whom = For hvem
offers-provider = Hvem står for det
offers-access = Sådan kommer man i gang
offers-duration = Varighed
offers-contact = Kontakt
offers-experience = Erfaringer
offers-effect = Kendt effekt
offers-more = Mere om tilbuddet
offers-count = { $n ->
    [one] 1 tilbud
   *[other] { $n } tilbud
}
offers-pointed = Tilbud, vi peger på

## How a family gets into an offer
offer_access-direct = Direkte – kontakt tilbuddet selv
offer_access-referral = Efter visitation – kommunen henviser
