### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = FI ekibine anonim olarak sorun
advice-intro = Çocuğunuz, ailenizdeki bir çocuk veya kendiniz için endişeleniyor musunuz? Belediyenin FI ekibine – bir sosyal hizmet uzmanı, bir psikolog ve bir çocuk sağlığı hemşiresi – adınızı vermeden soru sorabilirsiniz. Bir alındı kodu alırsınız ve bu kodla yanıtı burada okursunuz.
advice-warning = İsim, CPR numarası (Danimarka kişisel kimlik numarası), adres veya telefon numarası yazmayın. Endişenizi, kimsenin çocuğu veya aileyi tanıyamayacağı şekilde anlatın.
advice-role = Siz kimsiniz?
advice-age_band = Çocuk kaç yaşında?
advice-themes = Konu nedir?
advice-themes_hint = Uygun olanların hepsini seçin.
advice-concern = Sorunuz
advice-concern_hint = En az 20, en fazla 4.000 karakter. İsim, CPR numarası ve adres yazmayın.
advice-send = Soruyu gönder
advice-urgent = Bir çocuk şu anda tehlikedeyse 112'yi arayın. Danimarka'nın çocuk yardım hattı olan BørneTelefonen hattını da 116 111 numarasından anonim olarak arayabilirsiniz.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = Metni kontrol ettim: çocuğu veya aileyi işaret etmiyor
advice-sent_title = Sorunuz gönderildi
advice-sent_body = İşte alındı kodunuz. Bu kodla FI ekibinin yanıtını okuyabilir ve ekibe geri yazabilirsiniz:
advice-sent_advice = Kodu hemen bir yere yazın. Kod yalnızca burada, 15 dakika boyunca gösterilir ve onu sizin için yeniden bulamayız.
advice-receipt_title = Sorunuzun yanıtını okuyun
advice-receipt_intro = Sorunuzu gönderdiğinizde aldığınız alındı kodunu girin.
advice-receipt = Alındı kodu
advice-receipt_hint = 16 hane, örneğin 1234 5678 9012 3456.
advice-open = Soruyu aç
advice-request_title = Sorunuz
advice-status = Durum
advice-meeting = Görüşme önerisi
advice-your_concern = Yazdıklarınız
advice-conversation = Mesajlar
advice-you = Siz
advice-team = FI ekibi
advice-reply = FI ekibine yazın
advice-reply_send = Mesajı gönder
advice-reply_sent = Mesajınız gönderildi.
advice-awaiting_answer = FI ekibi henüz yanıt vermedi. Genellikle { $days } iş günü içinde yanıt alırsınız – yanıt, sorunuzu alındı koduyla açtığınız bu sayfada görünür.
advice-sent_gone = Sorunuz bize ulaştı. Alındı kodu, gönderdikten sonra yalnızca 15 dakika gösterilir ve tekrar gösterilemez.
advice-opened_gone = Anonimliğinizi korumak için sorunuz her seferinde yalnızca 15 dakika gösterilir. Açmak için alındı kodunu yeniden girin.
advice-deletion_open = Soru kapatıldıktan ve bir süre geçtikten sonra metinler otomatik olarak silinir. Yalnızca istatistik için sayılar kalır – metin ve isim olmadan.
advice-deletion_closed = Soru kapatıldı. Metinler { $date } tarihinde otomatik olarak silinecek.
advice-closed_no_reply = Soru kapatıldığı için buraya artık yazamazsınız. Daha fazla yardıma ihtiyacınız varsa yeni bir soru gönderin.

## The rating, once the question is closed
advice_rating-title = Tavsiye size yardımcı oldu mu?
advice_rating-intro = Üç kısa ifade. Yanıtınız sorunuzdan ayrı saklanır – alındı kodu, isim ve saat olmadan, yalnızca ay kaydedilir – ve yalnızca bir kez verilebilir.
advice_rating-statements-1 = Tavsiye bana yardımcı oldu.
advice_rating-statements-2 = Şimdi ne yapmam gerektiğini biliyorum.
advice_rating-statements-3 = İhtiyacım olursa FI ekibine yeniden sorarım.
advice_rating-submit = Değerlendirmeyi gönder
advice_rating-thanks = Değerlendirmeniz için teşekkür ederiz. Değerlendirmeniz, başkalarının değerlendirmeleriyle birlikte belediyenin raporuna dahil edilir ve yalnızca bir kez verilebilir.

## Who asks
advice_role-parent = Ebeveyn
advice_role-young = Genç (kendim veya bir kardeşim hakkında soruyorum)
advice_role-citizen = Başka bir yetişkin (örneğin büyükanne veya büyükbaba, komşu ya da aile dostu)

## The child's age
advice_age_band-0-2 = 0–2 yaş
advice_age_band-3-5 = 3–5 yaş
advice_age_band-6-9 = 6–9 yaş
advice_age_band-10-13 = 10–13 yaş
advice_age_band-14-16 = 14–16 yaş

## What it is about
advice_theme-trivsel = Kendini iyi hissetme
advice_theme-adfaerd = Davranış
advice_theme-sprog = Dil ve gelişim
advice_theme-fravaer = Okula veya kreşe devamsızlık
advice_theme-familie = Aile
advice_theme-motorik = Motor beceriler ve duyular
advice_theme-andet = Diğer

## Where the question stands
advice_sparring_status-received = Alındı
advice_sparring_status-assigned = İnceleniyor
advice_sparring_status-meeting_proposed = Görüşme önerildi
advice_sparring_status-answered = Yanıtlandı
advice_sparring_status-closed = Kapatıldı
