### Tidlig – the administrator's review of the translations (Danish, da).
### Reviewed by a native speaker: yes

languages-title = Sprog
languages-intro = Forældrenes sider findes på otte sprog, resten af portalen på dansk og engelsk. En oversættelse, som ingen med sproget som modersmål har gennemgået, er markeret: se den igennem side om side med den danske, og giv filen til en oversætter. Rettelser lægges i datamappen under locales/<sprog>/ og bruges, næste gang serveren starter.
languages-language = Sprog
languages-files = Filer
languages-reviewed = Gennemgået af en med sproget som modersmål
languages-offered = Tilbydes forældre
languages-yes = Ja
languages-no = Nej
languages-review = Gennemse
languages-message = Besked
languages-danish = Dansk
languages-download = Hent filen til en oversætter
languages-back = Alle sprog
languages-offered_where = Hvilke sprog forældre tilbydes, vælges under Indstillinger.
