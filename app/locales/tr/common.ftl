### Tidlig – texts around every page: header, footer, error pages (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = İçeriğe geç
common-programme = Fælles Indsats (Ortak Çaba)
common-language_nav = Dil
common-footer_anonymity = Ebeveynlerin değerlendirmeleri ve anonim danışmalar çocukla veya aileyle ilişkilendirilemez.
common-not_found_title = Sayfa bulunamadı
common-not_found_body = Aradığınız sayfayı bulamıyoruz. Adresi kontrol edin veya ana sayfaya gidin.
common-back_to_front = Ana sayfaya git
common-error_summary_title = Bir sorun var
common-try_again = Bizim tarafımızda bir sorun oluştu. Lütfen biraz sonra yeniden deneyin.
common-send = Gönder
common-error_title = Hata
common-print = Yazdır
common-current_language = Şu anki dil
common-privacy_link = Bilgileri nasıl işliyoruz
common-accessibility_link = Erişilebilirlik beyanı
