### Tidlig – the front page (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = Çocuklar ve aileler için erken destek
landing-intro = Fælles Indsats (Ortak Çaba), endişe büyümeden önce ebeveynleri, kreşi, gündüz bakıcısını, okulu ve belediyenin FI ekibini bir çocuk için bir araya getirir.
landing-parents_heading = Destek sürecini değerlendirin
landing-parents_body = Ebeveynler için: Destek süreci sonunda üzerinde kod olan bir kart mı aldınız? Kodu girin ve dört kısa soruyu yanıtlayın. Yanıtlarınız anonimdir.
landing-advice_heading = Çocuğunuz hakkında anonim olarak sorun
landing-advice_body = Ebeveynler, gençler ve diğer yetişkinler için: Endişelendiğiniz bir çocuk hakkında FI ekibine soru sorun – adınızı vermeden.
landing-advice_link = Soru sorun
landing-advice_receipt_link = Alındı kodunuz mu var? Yanıtı okuyun
landing-sparring_heading = Anonim danışma
landing-sparring_body = Eğitimciler, gündüz bakıcıları ve öğretmenler için: Endişelendiğiniz bir çocuk hakkında FI ekibinden tavsiye alın – çocuğun adını vermeden.
landing-sparring_link = Danışma talep edin
landing-sparring_receipt_link = Alındı kodunuz mu var? Yanıtı okuyun
landing-offers_link = Belediyenin çocuklar, gençler ve aileler için sunduğu hizmetlere bakın
landing-staff_heading = Giriş yap
landing-staff_body = FI ekibi, proje yöneticileri ve sistem yöneticileri için.
landing-staff_link = Personel girişi
