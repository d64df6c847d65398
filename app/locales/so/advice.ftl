### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = Si qarsoodi ah u weydii kooxda FI
advice-intro = Ma ka welwelsan tahay ilmahaaga, ilmo qoyskaaga ka mid ah ama naftaada? Waxaad su'aal weydiin kartaa kooxda FI ee degmada – shaqaale bulsho, cilmi-nafsi yaqaan iyo kalkaalisada caafimaadka carruurta – adigoon qorin magacaaga. Waxaad heli doontaa koodhka rasiidka, adigoo isticmaalaya ayaad halkan ka akhrin kartaa jawaabta.
advice-warning = Ha qorin magacyo, lambarrada CPR, cinwaanno ama lambarro taleefan. Sharax waxa kaa welwelinaya si aan qofna u aqoonsan karin ilmaha ama qoyska.
advice-role = Yaad tahay?
advice-age_band = Ilmuhu immisa jir buu yahay?
advice-themes = Maxay ku saabsan tahay?
advice-themes_hint = Dooro dhammaan waxa ku habboon.
advice-concern = Su'aashaada
advice-concern_hint = Ugu yaraan 20 iyo ugu badnaan 4,000 xaraf. Ha qorin magacyo, lambarrada CPR iyo cinwaanno.
advice-send = Dir su'aasha
advice-urgent = Haddii ilmo hadda khatar ku jiro, wac 112. Sidoo kale waxaad si qarsoodi ah u wici kartaa khadka caawinta carruurta, BørneTelefonen, lambarka 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = Waan hubiyay qoraalka: ma tilmaamayo ilmaha ama qoyska
advice-sent_title = Su'aashaada waa la diray
advice-sent_body = Kani waa koodhka rasiidkaaga. Isaga ayaad ku akhrin kartaa jawaabta kooxda FI, dibna ugu qori kartaa:
advice-sent_advice = Hadda qor koodhka. Halkan oo keliya ayuu ka muuqdaa, muddo rubuc saac ah, mana awoodno inaan mar kale kuu helno.
advice-receipt_title = Akhri jawaabta su'aashaada
advice-receipt_intro = Qor koodhka rasiidka ee aad heshay markaad dirtay su'aashaada.
advice-receipt = Koodhka rasiidka
advice-receipt_hint = 16 lambar, tusaale 1234 5678 9012 3456.
advice-open = Fur su'aasha
advice-request_title = Su'aashaada
advice-status = Xaaladda
advice-meeting = Soo jeedin wada-hadal
advice-your_concern = Waxa aad qortay
advice-conversation = Fariimaha
advice-you = Adiga
advice-team = Kooxda FI
advice-reply = U qor kooxda FI
advice-reply_send = Dir fariinta
advice-reply_sent = Fariintaada waa la diray.
advice-awaiting_answer = Kooxda FI weli kama jawaabin. Caadi ahaan waxaad filan kartaa jawaab gudaha { $days } maalmood oo shaqo – halkan ayay ka soo muuqan doontaa, meesha aad su'aashaada ku furto koodhka rasiidka.
advice-sent_gone = Su'aashaada waa la helay. Koodhka rasiidka waxaa la muujiyaa oo keliya rubuc saac kadib markii la diro, mar kalena lama muujin karo.
advice-opened_gone = Si loo ilaaliyo qarsoodinimadaada, su'aashaada waxaa la muujiyaa oo keliya rubuc saac markiiba. Mar kale qor koodhka rasiidka si aad u furto.
advice-deletion_open = Qoraallada si toos ah ayaa loo tirtiraa marka su'aasha la xiro oo muddo ka soo wareegto. Waxaa hara oo keliya tirooyin loogu talagalay tirakoobka – qoraal la'aan iyo magacyo la'aan.
advice-deletion_closed = Su'aasha waa la xiray. Qoraallada si toos ah ayaa loo tirtiri doonaa { $date }.
advice-closed_no_reply = Su'aasha waa la xiray, markaa halkan wax dambe kuma qori kartid. Dir su'aal cusub haddii aad u baahan tahay caawimaad dheeraad ah.

## The rating, once the question is closed
advice_rating-title = Taladu ma ku caawisay?
advice_rating-intro = Saddex weedhood oo gaaban. Jawaabtaada waxaa la kaydiyaa iyadoo ka go'an su'aashaada – rasiid, magac iyo waqti la'aan, kaliya bisha – hal mar oo keliya ayaadna bixin kartaa.
advice_rating-statements-1 = Taladu way i caawisay.
advice_rating-statements-2 = Waan ogahay waxa aan hadda samaynayo.
advice_rating-statements-3 = Mar kale ayaan weydiin lahaa kooxda FI haddii aan u baahdo.
advice_rating-submit = Dir qiimaynta
advice_rating-thanks = Waad ku mahadsan tahay qiimayntaada. Waxaa lagu daraa warbixinta degmada iyadoo la socota qiimaynta dadka kale, hal mar oo keliya ayaana la bixin karaa.

## Who asks
advice_role-parent = Waalid
advice_role-young = Qof dhallinyaro ah (waxaan wax ka weydiinayaa naftayda ama walaal)
advice_role-citizen = Qof kale oo weyn (tusaale awoowe ama ayeeyo, deris ama saaxiib qoyska)

## The child's age
advice_age_band-0-2 = 0–2 sano
advice_age_band-3-5 = 3–5 sano
advice_age_band-6-9 = 6–9 sano
advice_age_band-10-13 = 10–13 sano
advice_age_band-14-16 = 14–16 sano

## What it is about
advice_theme-trivsel = Ladnaanta iyo farxadda
advice_theme-adfaerd = Dabeecadda
advice_theme-sprog = Luqadda iyo korriinka
advice_theme-fravaer = Maqnaanshaha dugsiga ama xannaanada carruurta
advice_theme-familie = Qoyska
advice_theme-motorik = Dhaqdhaqaaqa jirka iyo dareemayaasha
advice_theme-andet = Wax kale

## Where the question stands
advice_sparring_status-received = La helay
advice_sparring_status-assigned = Waa laga shaqaynayaa
advice_sparring_status-meeting_proposed = Wada-hadal ayaa la soo jeediyay
advice_sparring_status-answered = Waa laga jawaabay
advice_sparring_status-closed = La xiray
