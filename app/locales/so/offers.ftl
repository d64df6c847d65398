### Tidlig – the catalogue of offers: the public page (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = Adeegyada carruurta, dhallinyarada iyo qoysaska
offers-intro = Halkan waxaa ku yaal adeegyada degmada ee carruurta, dhallinyarada iyo qoysaska, oo loo kala horreysiiyay sida jaranjarada faragelinta – laga bilaabo adeegyada qof kastaa isticmaali karo ilaa kuwa ugu faragelinta badan. Dooro da'da ilmaha, mawduuc ama heer si aad u aragto adeegyada kugu habboon.
offers-language_note = Degmadu waxay adeegyadeeda ku sharaxdaa af-Deenish.
offers-filters = Raadi adeegyo
offers-age_band = Da'da ilmaha
offers-theme = Mawduuca
offers-step = Heerka jaranjarada faragelinta
offers-all = Dhammaan
offers-show = Muuji adeegyada
offers-shown = Waxaa la muujinayaa { $shown } ka mid ah { $all } adeeg.
offers-none = Ma jiro adeeg ku habboon waxa aad dooratay. Isku day inaad ka saarto mid ka mid ah doorashooyinkaaga.
offers-open_to_all = Adeegyo qof kastaa isticmaali karo
offers-staircase_title = Jaranjarada faragelinta
offers-staircase_hint = Heerarku waxay ka bilaabmaan kan ugu faragelinta yar ilaa kan ugu faragelinta badan. Lambarka ku ag yaal heer kasta waa inta adeeg ee la muujiyay ee heerkaas ku jira.
offers-purpose = Ujeeddada
offers-for_whom = Yaa loogu talagalay
offers-provider = Yaa bixiya
offers-access = Sida loo bilaabo
offers-duration = Muddada
offers-contact = La xiriir
offers-experience = Waayo-aragnimo
offers-effect = Saamaynta la yaqaan
offers-more = Wax badan oo ku saabsan adeegga
offers-count = { $n ->
    [one] 1 adeeg
   *[other] { $n } adeeg
}
offers-pointed = Adeegyo aan kuu soo jeedinayno

## How a family gets into an offer
offer_access-direct = Si toos ah – adigu la xiriir adeegga
offer_access-referral = Gudbin – degmadu ayaa adeegga kuu gudbisa
