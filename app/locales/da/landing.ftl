### Tidlig – the front page (Danish, da).
### Reviewed by a native speaker: yes

landing-title = Tidlig – Fælles Indsats
landing-heading = Tidlig hjælp til børn og familier
landing-intro = Fælles Indsats samler forældre, dagtilbud, dagpleje, skole og kommunens FI-team om et barn, før bekymringen vokser.
landing-parents_heading = Evaluér et forløb
landing-parents_body = Til forældre: Har du fået et kort med en kode efter et forløb? Skriv koden, og svar på fire korte spørgsmål. Dine svar er anonyme.
landing-advice_heading = Spørg anonymt om dit barn
landing-advice_body = Til forældre, unge og andre voksne: Stil FI-teamet et spørgsmål om et barn, du er bekymret for – uden at skrive dit navn.
landing-advice_link = Stil et spørgsmål
landing-advice_receipt_link = Har du en kvitteringskode? Læs svaret
landing-sparring_heading = Anonym sparring
landing-sparring_body = Til pædagoger, dagplejere og lærere: Få råd fra FI-teamet om et barn, du er bekymret for – uden at nævne barnet.
landing-sparring_link = Bed om sparring
landing-sparring_receipt_link = Har du en kvitteringskode? Læs svaret
landing-offers_link = Se kommunens tilbud til børn, unge og familier
landing-staff_heading = Log ind
landing-staff_body = Til FI-teamet, projektledere og administratorer.
landing-staff_link = Log ind som medarbejder
