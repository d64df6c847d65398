### Tidlig – the privacy notice for parents (GDPR article 13) (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

privacy-title = Bir destek sürecini değerlendirdiğinizde bilgileri nasıl işliyoruz
privacy-intro = Burada, bir değerlendirmeyi yanıtladığınızda portalın neleri sakladığını ve kimin yanıt verdiğini neden kimsenin göremediğini okuyabilirsiniz.
privacy-controller_heading = Sorumlu kim
privacy-controller = Veri sorumlusu: { $controller }.
privacy-contact = Belediyeye buradan ulaşabilirsiniz: { $contact }.
privacy-dpo = Belediyenin veri koruma görevlisine buradan ulaşabilirsiniz: { $dpo }.
privacy-stored_heading = Neleri saklıyoruz
privacy-stored = Sorulara verdiğiniz yanıtları ve bir yorum yazarsanız yorumunuzu saklarız. Adınızı, kodunuzu, IP adresinizi, tarayıcınızı veya saati saklamayız – yalnızca ayı ve sürecin kreşte, gündüz bakıcısında mı yoksa okulda mı olduğunu saklarız.
privacy-anonymous_heading = Yanıtlarınız anonimdir
privacy-anonymous = Kimse – belediye bile – kimin yanıt verdiğini göremez. Değerlendirmelerden elde edilen sayılar yalnızca en az { $threshold } yanıttan oluşan gruplar için gösterilir. Yanıtlar ancak ay kapandıktan ve başkalarının yanıtlarıyla karıştırıldıktan sonra kaydedilir.
privacy-kept_heading = Ne kadar süre
privacy-kept = Kartınızdaki kod { $code_days } gün boyunca kullanılabilir. Yanıtlarınız anonim sayılar olarak saklanır. Bir yorum, ait olduğu ay kapandıktan { $comment_months } ay sonra silinir.
privacy-language = Dil seçiminiz telefonunuzdaki bir çerezde saklanır ve hiçbir zaman yanıtlarınızla birlikte saklanmaz.
privacy-advice_heading = FI ekibine anonim olarak sorduğunuzda
privacy-advice = Kim olduğunuzu (ebeveyn, genç veya başka bir yetişkin), çocuğun yaş grubunu, konuları ve sizin ve FI ekibinin yazdıklarını saklarız – adınızı, IP adresinizi, tarayıcınızı veya saati saklamayız, yalnızca günü saklarız. Alındı kodu yalnızca anahtarlı bir özet (keyed hash) olarak saklanır, bu yüzden kimse onu yeniden bulamaz. Metinler, soru kapatıldıktan { $after_closing } gün sonra silinir; { $without_activity } gün boyunca hiçbir etkinlik olmayan bir soru kapatılır ve silinir. Geriye yalnızca metin içermeyen sayılar kalır.
privacy-rights_heading = Haklarınız
privacy-rights = Yanıtlar anonim olduğu için tam olarak sizin yanıtlarınızı bulamayız, düzeltemeyiz veya silemeyiz – bu, sizi korumanın bir parçasıdır ve Genel Veri Koruma Tüzüğü'nün (GDPR) 11. maddesine dayanır. Datatilsynet'e (Danimarka Veri Koruma Kurumu) her zaman şikâyette bulunabilirsiniz: datatilsynet.dk.
privacy-others = Bir uzman olarak danışma mı talep ediyorsunuz, yoksa belediyede mi çalışıyorsunuz? Bununla ilgili bilgileri burada okuyabilirsiniz:
privacy-askers_link = Uzmanlar: danışma ve değerlendirme
privacy-staff_link = Portalı kullanan personel
