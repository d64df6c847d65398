### Tidlig – the catalogue of offers: the public page (English, en).
### Reviewed by a native speaker: no

offers-title = Offers for children, young people and families
offers-intro = These are the municipality's offers for children, young people and families, ordered by the intervention staircase – from the offers anyone can use to the most intrusive. Choose the child's age, a theme or a step to see the offers that fit.
offers-language_note = The municipality describes its offers in Danish.
offers-filters = Find offers
offers-age_band = The child's age
offers-theme = Theme
offers-step = Step of the staircase
offers-all = All
offers-show = Show offers
offers-shown = { $shown } of { $all } offers shown.
offers-none = No offer fits what is chosen. Try removing one of the choices.
offers-open_to_all = Offers anyone can use
offers-staircase_title = The intervention staircase
offers-staircase_hint = The steps go from the least to the most intrusive. The number at each step is how many of the offers shown are on it.
offers-purpose = Purpose
offers-for_whom = For whom
offers-provider = Who runs it
offers-access = How to get in
offers-duration = Duration
offers-contact = Contact
offers-experience = Experience
offers-effect = Known effect
offers-more = More about the offer
offers-count = { $n ->
    [one] 1 offer
   *[other] { $n } offers
}
offers-pointed = Offers we point to

## How a family gets into an offer
offer_access-direct = Directly – contact the offer yourself
offer_access-referral = By referral – the municipality refers you
