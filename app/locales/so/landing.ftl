### Tidlig – the front page (Somali, so).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = Caawimaad goor hore ah oo loogu talagalay carruurta iyo qoysaska
landing-intro = Fælles Indsats waxay isu keentaa waalidiinta, xannaanada carruurta, xannaanada guriga, dugsiga iyo kooxda FI ee degmada, si ay ilmaha uga wada shaqeeyaan ka hor inta uusan walwalku sii weynaan.
landing-parents_heading = Qiimee barnaamijka
landing-parents_body = Waalidiinta: Ma heshay kaar koodh leh markii barnaamijku dhammaaday? Qor koodhka, kadibna ka jawaab afar su'aalood oo gaaban. Jawaabahaagu waa qarsoodi.
landing-advice_heading = Si qarsoodi ah wax uga weydii ilmahaaga
landing-advice_body = Waalidiinta, dhallinyarada iyo dadka kale ee waaweyn: Kooxda FI weydii su'aal ku saabsan ilmo aad ka welwelsan tahay – adigoon qorin magacaaga.
landing-advice_link = Weydii su'aal
landing-advice_receipt_link = Ma haysaa koodhka rasiidka? Akhri jawaabta
landing-sparring_heading = La-tashi qarsoodi ah
landing-sparring_body = Barbaariyeyaasha, xannaaneeyayaasha guriga iyo macallimiinta: Talo ka hel kooxda FI oo ku saabsan ilmo aad ka welwelsan tahay – adigoon sheegin magaca ilmaha.
landing-sparring_link = Codso la-tashi
landing-sparring_receipt_link = Ma haysaa koodhka rasiidka? Akhri jawaabta
landing-offers_link = Eeg adeegyada degmada ee carruurta, dhallinyarada iyo qoysaska
landing-staff_heading = Soo gal
landing-staff_body = Loogu talagalay kooxda FI, maamulayaasha mashruucyada iyo maamulayaasha nidaamka.
landing-staff_link = Gelitaanka shaqaalaha
