### Tidlig – figures in the reader's words: a hidden figure, separators, kroner in millions (Danish, da).
### Reviewed by a native speaker: yes

figures-hidden = skjult
figures-decimal_separator = ,
figures-thousands_separator = .
figures-million_kroner = mio. kr.
figures-points = pct.-point
