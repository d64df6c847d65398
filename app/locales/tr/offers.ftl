### Tidlig – the catalogue of offers: the public page (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = Çocuklar, gençler ve aileler için hizmetler
offers-intro = Burada belediyenin çocuklar, gençler ve aileler için sunduğu hizmetler, destek merdivenine göre sıralanmıştır – herkesin yararlanabileceği hizmetlerden aile hayatına en çok müdahale edenlere kadar. Size uygun hizmetleri görmek için çocuğun yaşını, bir konuyu veya bir basamağı seçin.
offers-language_note = Belediye, hizmetlerini Danca olarak tanıtır.
offers-filters = Hizmet arayın
offers-age_band = Çocuğun yaşı
offers-theme = Konu
offers-step = Destek merdiveninde basamak
offers-all = Tümü
offers-show = Hizmetleri göster
offers-shown = { $all } hizmetten { $shown } tanesi gösteriliyor.
offers-none = Seçtiklerinize uyan bir hizmet yok. Seçimlerinizden birini kaldırmayı deneyin.
offers-open_to_all = Herkesin yararlanabileceği hizmetler
offers-staircase_title = Destek merdiveni
offers-staircase_hint = Basamaklar, aile hayatına en az müdahale edenden en çok müdahale edene doğru sıralanır. Her basamağın yanındaki sayı, o basamakta gösterilen hizmetlerin sayısıdır.
offers-purpose = Amaç
offers-for_whom = Kimler için
offers-provider = Kim yürütüyor
offers-access = Nasıl başlayabilirsiniz
offers-duration = Süre
offers-contact = İletişim
offers-experience = Deneyimler
offers-effect = Bilinen etkisi
offers-more = Hizmet hakkında daha fazla bilgi
offers-count = { $n ->
    [one] 1 hizmet
   *[other] { $n } hizmet
}
offers-pointed = Önerdiğimiz hizmetler

## How a family gets into an offer
offer_access-direct = Doğrudan – hizmeti sunanlarla kendiniz iletişime geçin
offer_access-referral = Yönlendirmeyle – belediye sizi yönlendirir
