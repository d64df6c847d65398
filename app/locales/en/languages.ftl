### Tidlig – the administrator's review of the translations (English, en).
### Reviewed by a native speaker: no

languages-title = Languages
languages-intro = The parents' pages come in eight languages, the rest of the portal in Danish and English. A translation no native speaker has reviewed is marked: read it side by side with the Danish, and give the file to a translator. Corrections go in the data folder under locales/<language>/ and are used the next time the server starts.
languages-language = Language
languages-files = Files
languages-reviewed = Reviewed by a native speaker
languages-offered = Offered to parents
languages-yes = Yes
languages-no = No
languages-review = Review
languages-message = Message
languages-danish = Danish
languages-download = Download the file for a translator
languages-back = All languages
languages-offered_where = Which languages parents are offered is chosen under Settings.
