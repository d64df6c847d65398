### Tidlig – the team's reading of the free-text comments (Danish, da).
### Reviewed by a native speaker: yes

comments-title = Forældrenes kommentarer
comments-intro = Kommentarerne vises først, når måneden er forseglet, samlet pr. område og måned og i tilfældig rækkefølge. Har et område færre end { $t } svar i en måned, venter dets kommentarer og vises sammen med den næste måned, så ingen kommentar kan føres tilbage til en familie.
comments-empty = Der er endnu ingen kommentarer, der kan vises.
comments-answers = { $n } svar
comments-list = Kommentarer
comments-professionals_title = Fagpersonernes kommentarer
comments-kept = Kommentarerne slettes { $months } måneder efter forseglingen; svarene bliver.
