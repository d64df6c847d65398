### Tidlig – figures in the reader's words: a hidden figure, separators, kroner in millions (English, en).
### Reviewed by a native speaker: no

figures-hidden = hidden
figures-decimal_separator = .
figures-thousands_separator = ,
figures-million_kroner = m DKK
figures-points = pp
