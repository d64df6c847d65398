### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = Koodhka ku qoran kaarkaaga
code_entry-hint = 10 xaraf, tusaale K7QM-4XPR-TW. Xarfaha waaweyn iyo kuwa yaryar waa isku mid.
code_entry-submit = Bilow qiimaynta
code_entry-page_title = Qiimee barnaamijka
code_entry-page_intro = Qor koodhka ku qoran kaarka aad heshay markii barnaamijku dhammaaday. Koodhka hal mar oo keliya ayaa la isticmaali karaa, qofna ma ogaan karo inaad adigu jawaabtay.

## The questionnaire and the receipt

questionnaire-title = Qiimaynta barnaamijka
questionnaire-intro = Afar su'aalood oo gaaban iyo meel aad faallo ku qori karto haddii aad rabto. Jawaabahaaga waxaa la kaydiyaa iyadoo aan lahayn magac, koodh iyo waqti – kaliya bisha, iyo in barnaamijku ka dhacay xannaanada carruurta, xannaanada guriga ama dugsiga.
questionnaire-overall = Guud ahaan, intee in le'eg ayaad ku qanacsan tahay barnaamijka?
questionnaire-collaboration = Intee in le'eg ayaad ku qanacsan tahay wada-shaqaynta iyo wada-hadalka inta uu barnaamijku socday?
questionnaire-difference = Barnaamijku wuxuu isbeddel wanaagsan u keenay ilmahayga.
questionnaire-involved = Waxaan dareemay in la i dhageystay oo la iga qayb geliyay.
questionnaire-comment = Ma haysaa faallo? (ikhtiyaari)
questionnaire-comment_hint = Ha qorin magacyo ama lambarrada CPR (lambarka aqoonsiga shakhsiga ee Denmark). Ugu badnaan 2,000 xaraf.
questionnaire-short-1 = Ku qanacsanaanta barnaamijka
questionnaire-short-2 = Wada-shaqayn iyo wada-hadal
questionnaire-short-3 = Isbeddel wanaagsan oo ilmaha
questionnaire-short-4 = Dhageysi iyo ka qayb gelin
questionnaire-short-5 = Faallo
questionnaire-satisfaction-1 = Aad u qanacsan
questionnaire-satisfaction-2 = Qanacsan
questionnaire-satisfaction-3 = Dhexdhexaad
questionnaire-satisfaction-4 = Aan qanacsanayn
questionnaire-satisfaction-5 = Gabi ahaanba aan qanacsanayn
questionnaire-agreement-1 = Aad ugu raacsan
questionnaire-agreement-2 = Ku raacsan
questionnaire-agreement-3 = Dhexdhexaad
questionnaire-agreement-4 = Ku diidan
questionnaire-agreement-5 = Aad u diidan
questionnaire-agreement-6 = Ma aqaan
questionnaire-submit = Dir jawaabaha
questionnaire-receipt_title = Waad ku mahadsan tahay jawaabahaaga
questionnaire-receipt_body = Jawaabahaaga waa la kaydiyay. Koodhka mar kale lama isticmaali karo.
questionnaire-receipt_after = Jawaabaha waxaa lagu daraa warbixinta degmada ee Fælles Indsats, iyagoo la socda jawaabaha waalidiinta kale. Qofna ma arki karo cidda jawaabtay. Hadda waad xiri kartaa bogga.
questionnaire-receipt_unknown = Boggani wuxuu rasiid muujiyaa kaliya isla markiiba kadib markaad dirto jawaabahaaga. Haddii aad haysato kaar koodh leh, halkan ku qor koodhka.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = Sidee buu idiin ahaa barnaamijku?
card-how = Iskaan garee koodhka QR, ama tag cinwaanka oo qor koodhka:
card-anonymity = Koodhku kuma xirna magaciinna – qofna ma arki karo cidda jawaabtay.
card-valid_until = Wuxuu shaqaynayaa ilaa
card-qr_label = Koodh QR oo ku xiran qiimaynta
