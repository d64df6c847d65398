### Tidlig – why a field was refused, as people read it beside the field (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = Buuxi goobtan.
problem-too_long = Qor ugu badnaan { $max } xaraf.
problem-too_short = Qor ugu yaraan { $min } xaraf.
problem-code_length = Koodhku wuxuu leeyahay 10 xaraf. Adigu waxaad qortay { $found }.
problem-code_character = Koodhadhka kuma jiro xarafka “{ $found }”. Hubi kaarka: koodhadhku waligood ma isticmaalaan 0, O, 1, I, L, 2, Z, 5, S, 8, B.
problem-code_unknown = Ma heli karno koodhkan. Hubi inaad u qortay sida ay ugu qoran tahay kaarka.
problem-day_in_future = Taariikhdu waa mustaqbalka. Diiwaangeli kaliya wixii dhacay.
problem-day_before_start = Taariikhdu waxay ka horreysaa bilowga barnaamijka.
problem-code_missing = Qor koodhka ku qoran kaarkaaga.
problem-code_used = Koodhkan waa la isticmaalay. Haddii adigu jawaabahaaga ku dirtay, way na soo gaareen – mahadsanid. Koodh kasta hal mar oo keliya ayaa la isticmaali karaa.
problem-code_expired = Muddada koodhkan way dhammaatay. La xiriir kooxda FI haddii aad weli rabto inaad qiimeyso barnaamijka.
problem-code_for_parents = Koodhkan waxaa loogu talagalay qiimaynta waalidiinta. Ka fur bogga hore, qaybta “Qiimee barnaamijka”.
problem-code_for_professionals = Koodhkan waxaa loogu talagalay qiimaynta xirfadlayaasha. Ku fur cinwaanka ku qoran kaarka: /evaluering/fagperson.
problem-email = Qor cinwaan iimayl sida navn@kommune.dk.
problem-not_a_choice = Dooro mid ka mid ah doorashooyinka.
problem-login_failed = Iimaylka ama erayga sirta ah waa khalad.
problem-throttled = Isku day aad u badan. Mar kale isku day { $minutes ->
        [one] { $minutes } daqiiqo
       *[other] { $minutes } daqiiqo
    } kadib.
problem-wait = Isku dayo khaldan oo badan oo isku xiga. Sug { $seconds ->
        [one] { $seconds } ilbiriqsi
       *[other] { $seconds } ilbiriqsi
    }, kadibna mar kale isku day.
problem-busy = Server-ku hadda wuu mashquul yahay. Mar kale isku day wax yar kadib – waxba lama kaydin.
problem-common_password = Erayga sirta ah wuxuu ka mid yahay kuwa ugu badan ee la isticmaalo, si dhaqso ahna waa loo qiyaasi karaa. Dooro mid kale, tusaale saddex ama afar eray oo kala duwan oo aan isku xirnayn.
problem-password_wrong = Erayga sirta ah ee hadda waa khalad.
problem-password_mismatch = Labada eray sir ee cusub isku mid ma aha.
problem-email_taken = Waxaa horay u jira shaqaale iimaylkan leh.
problem-name_taken = Waxaa horay u jirta hay'ad magacan leh.
problem-last_admin = Waa inuu jiraa ugu yaraan hal maamule oo firfircoon.
problem-unanswered = Dooro jawaab.
problem-contains_cpr = Qoraalku wuxuu u muuqdaa inuu ku jiro lambar CPR. Ka saar – waligaa ha qorin lambarrada CPR ama magacyo.
problem-receipt_format = Koodhka rasiidku wuxuu leeyahay 16 lambar, tusaale 1234 5678 9012 3456.
problem-receipt_unknown = Ma heli karno codsi koodhkan leh. Hubi koodhka – ama waxaa laga yaabaa in qoraalka la tirtiray.
problem-phone = Qor lambar taleefan oo ka kooban 8 lambar.
problem-looks_like_contact = Qoraalku wuxuu u muuqdaa inuu ku jiro cinwaan iimayl ama lambar taleefan. Ka saar haddii uu tilmaami karo qoyska – ama hoos ka xaqiiji inaysan dhib lahayn.
problem-date = Qor taariikh sida 2026-12-01.
problem-time = Qor waqti sida 09:30.
problem-unknown_institution = Hay'addu kuma jirto liiska – u qor magaca sida saxda ah ee uu ugu qoran yahay liiska.
problem-course_mismatch = Waxa safkani ka sheegayo barnaamijka kuma eka safka koowaad ee barnaamijkaas.
problem-csv_format = Faylka looma akhrin karo sidii CSV.
problem-missing_column = Tiirka kuma jiro safka koowaad.
problem-date_order = Taariikhdu waxay ka horreysaa bilowga barnaamijka.
problem-out_of_range = Waa inay ahaataa { $min } ilaa { $max }.
problem-unknown_step = Tallaabadan kuma jirto jaranjarada taageerada – marka hore soo geli tallaabooyinka.
problem-unknown_kind = Nooca tallaabadan ma jiro – marka hore soo geli noocyada, ama isticmaal preventive ama placement.
problem-duplicate_line = Safkani wuxuu ku celinayaa saf hore.
problem-not_a_number = Qor tiro dhan.
problem-whole_number_from = Qor tiro dhan oo u dhexeysa { $min } ilaa { $max }.
problem-too_many = Ugu badnaan { $max }.
problem-web_address = Qor cinwaan shabakadeed oo ku bilaabma https://
problem-negative = Tiradu ma noqon karto mid taban.
problem-not_a_figure = Qor tiro, tusaale 7908 ama 54.6.
problem-no_year_in_column = Magaca tiirku waa inuu ku dhammaadaa sanad, tusaale march_2016.
problem-unknown_age = Qor hal da', tusaale 7 år.
problem-unknown_period = Qor sanad, rubuc ama bil, tusaale 2024K1.
problem-other_area = Safkani wuxuu ku saabsan yahay aag ka duwan safka koowaad ee faylka.
