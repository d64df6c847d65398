### Tidlig – the team's reading of the free-text comments (English, en).
### Reviewed by a native speaker: no

comments-title = The parents' comments
comments-intro = Comments are shown only once their month is sealed, by area and month and in random order. When an area has fewer than { $t } answers in a month, its comments wait and are shown with the next month, so that no comment can be traced back to a family.
comments-empty = There are no comments that can be shown yet.
comments-answers = { $n ->
        [one] { $n } answer
       *[other] { $n } answers
    }
comments-list = Comments
comments-professionals_title = The professionals' comments
comments-kept = Comments are deleted { $months } months after sealing; the answers stay.
