### Tidlig – the privacy notice for parents (GDPR article 13) (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

privacy-title = Sida aan u maareyno macluumaadka markaad qiimeyso barnaamijka
privacy-intro = Halkan waxaad ka akhrisan kartaa waxa boggu kaydiyo markaad ka jawaabto qiimaynta, iyo sababta aanu qofna u arki karin cidda jawaabtay.
privacy-controller_heading = Yaa mas'uul ah
privacy-controller = Mas'uulka xogta waa { $controller }.
privacy-contact = Halkan kala xiriir degmada: { $contact }.
privacy-dpo = La-taliyaha ilaalinta xogta ee degmada halkan lagala xiriiri karaa: { $dpo }.
privacy-stored_heading = Waxa aan kaydino
privacy-stored = Waxaan kaydinnaa jawaabahaaga su'aalaha iyo faalladaada, haddii aad mid qorto. Ma kaydinno magacaaga, koodhkaaga, cinwaankaaga IP-ga, biraawsarkaaga ama waqtiga – kaliya bisha, iyo in barnaamijku ka dhacay xannaanada carruurta, xannaanada guriga ama dugsiga.
privacy-anonymous_heading = Jawaabahaagu waa qarsoodi
privacy-anonymous = Qofna – xitaa degmadu – ma arki karo cidda jawaabtay. Tirooyinka qiimaynta waxaa lagu muujiyaa oo keliya kooxo leh ugu yaraan { $threshold ->
        [one] { $threshold } jawaab
       *[other] { $threshold } jawaabood
    }. Jawaabaha waxaa la kaydiyaa oo keliya marka bisha la xiro oo lagu daro jawaabaha dadka kale.
privacy-kept_heading = Muddo intee le'eg
privacy-kept = Koodhka ku qoran kaarkaaga waa la isticmaali karaa { $code_days ->
        [one] { $code_days } maalin
       *[other] { $code_days } maalmood
    }. Jawaabahaaga waxaa loo kaydiyaa tirooyin qarsoodi ah. Faallada waa la tirtiraa { $comment_months ->
        [one] { $comment_months } bil
       *[other] { $comment_months } bilood
    } kadib marka bisheeda la xiro.
privacy-language = Luqadda aad dooratay waxaa lagu kaydiyaa cookie ku jirta telefoonkaaga. Marnaba lama kaydiyo iyadoo la socota jawaabahaaga.
privacy-advice_heading = Markaad si qarsoodi ah u weydiiso kooxda FI
privacy-advice = Waxaan kaydinnaa cidda aad tahay (waalid, qof dhallinyaro ah ama qof kale oo weyn), qaybta da'da ilmaha, mawduucyada iyo waxa adiga iyo kooxda FI qortaan – ma kaydinno magacaaga, cinwaankaaga IP-ga, biraawsarkaaga ama saacadda, kaliya maalinta. Koodhka rasiidka waxaa loo kaydiyaa oo keliya sidii hash fure leh (keyed hash), sidaa darteed qofna mar kale ma heli karo. Qoraallada waa la tirtiraa { $after_closing } maalmood kadib marka su'aasha la xiro, su'aal aan wax dhaqdhaqaaq ah lahaynna muddo { $without_activity } maalmood ah waa la xiraa oo la tirtiraa. Waxaa hara oo keliya tirooyin aan qoraal lahayn.
privacy-rights_heading = Xuquuqdaada
privacy-rights = Maadaama jawaabuhu qarsoodi yihiin, ma heli karno, ma sixi karno, mana tirtiri karno jawaabahaaga gaarka ah – taasi waa qayb ka mid ah ilaalintaada, sida ku qoran qodobka 11 ee Xeerka Guud ee Ilaalinta Xogta (GDPR). Had iyo jeer waxaad cabasho u gudbin kartaa Datatilsynet (Hay'adda Ilaalinta Xogta ee Denmark), datatilsynet.dk.
privacy-others = Ma tahay xirfadle codsanaya la-tashi, mise waxaad ka shaqaysaa degmada? Halkan ka akhri:
privacy-askers_link = Xirfadlayaasha: la-tashi iyo qiimayn
privacy-staff_link = Shaqaalaha isticmaala bogga
