### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = Kartınızdaki kod
code_entry-hint = 10 karakter, örneğin K7QM-4XPR-TW. Büyük veya küçük harf fark etmez.
code_entry-submit = Değerlendirmeyi başlat
code_entry-page_title = Destek sürecini değerlendirin
code_entry-page_intro = Süreç sona erdiğinde aldığınız karttaki kodu girin. Kod bir kez kullanılabilir ve yanıtlarınız sizinle ilişkilendirilemez.

## The questionnaire and the receipt

questionnaire-title = Destek sürecinin değerlendirilmesi
questionnaire-intro = Dört kısa soru ve isterseniz yorum için bir alan. Yanıtlarınız ad, kod ve zaman bilgisi olmadan saklanır – yalnızca ay ve sürecin kreşte, gündüz bakıcısında mı yoksa okulda mı olduğu kaydedilir.
questionnaire-overall = Genel olarak destek sürecinden ne kadar memnunsunuz?
questionnaire-collaboration = Süreç boyunca iş birliğinden ve iletişimden ne kadar memnunsunuz?
questionnaire-difference = Destek süreci çocuğum için olumlu bir fark yarattı.
questionnaire-involved = Dinlendiğimi ve sürece dahil edildiğimi hissettim.
questionnaire-comment = Bir yorumunuz var mı? (isteğe bağlı)
questionnaire-comment_hint = İsim veya CPR numarası (Danimarka kişisel kimlik numarası) yazmayın. En fazla 2.000 karakter.
questionnaire-short-1 = Süreçten memnuniyet
questionnaire-short-2 = İş birliği ve iletişim
questionnaire-short-3 = Çocuk için olumlu fark
questionnaire-short-4 = Dinlenme ve dahil edilme
questionnaire-short-5 = Yorum
questionnaire-satisfaction-1 = Çok memnunum
questionnaire-satisfaction-2 = Memnunum
questionnaire-satisfaction-3 = Ne memnunum ne memnun değilim
questionnaire-satisfaction-4 = Memnun değilim
questionnaire-satisfaction-5 = Hiç memnun değilim
questionnaire-agreement-1 = Kesinlikle katılıyorum
questionnaire-agreement-2 = Katılıyorum
questionnaire-agreement-3 = Ne katılıyorum ne katılmıyorum
questionnaire-agreement-4 = Katılmıyorum
questionnaire-agreement-5 = Kesinlikle katılmıyorum
questionnaire-agreement-6 = Bilmiyorum
questionnaire-submit = Yanıtları gönder
questionnaire-receipt_title = Yanıtlarınız için teşekkür ederiz
questionnaire-receipt_body = Yanıtlarınız kaydedildi. Kod tekrar kullanılamaz.
questionnaire-receipt_after = Yanıtlar, diğer ebeveynlerin yanıtlarıyla birlikte belediyenin Fælles Indsats raporuna dahil edilir. Kimin yanıt verdiğini kimse göremez. Bu sayfayı artık kapatabilirsiniz.
questionnaire-receipt_unknown = Bu sayfa, yalnızca yanıtlarınızı gönderdikten hemen sonra bir alındı bilgisi gösterir. Üzerinde kod olan bir kartınız varsa kodu buraya girin.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = Destek süreciniz nasıl geçti?
card-how = QR kodunu okutun veya adrese gidip kodu girin:
card-anonymity = Kod adınızla bağlantılı değildir – kimin yanıt verdiğini kimse göremez.
card-valid_until = Son geçerlilik tarihi
card-qr_label = Değerlendirmeye bağlantı içeren QR kodu
