### Tidlig – why a field was refused, as people read it beside the field (Turkish, tr).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = Bu alanı doldurun.
problem-too_long = En fazla { $max } karakter yazın.
problem-too_short = En az { $min } karakter yazın.
problem-code_length = Kod 10 karakterden oluşur. Siz { $found } karakter girdiniz.
problem-code_character = Kodlarda “{ $found }” karakteri yoktur. Kartı kontrol edin: kodlarda 0, O, 1, I, L, 2, Z, 5, S, 8 ve B hiç kullanılmaz.
problem-code_unknown = Bu kodu bulamıyoruz. Kodu karttaki gibi yazdığınızdan emin olun.
problem-day_in_future = Bu tarih gelecekte. Yalnızca gerçekleşmiş olanları kaydedin.
problem-day_before_start = Bu tarih, sürecin başlangıcından önce.
problem-code_missing = Kartınızdaki kodu yazın.
problem-code_used = Bu kod kullanılmış. Yanıtlarınızı bu kodla kendiniz gönderdiyseniz yanıtlarınız bize ulaştı – teşekkür ederiz. Her kod yalnızca bir kez kullanılabilir.
problem-code_expired = Bu kodun süresi dolmuş. Süreci yine de değerlendirmek isterseniz FI ekibiyle iletişime geçin.
problem-code_for_parents = Bu kod, ebeveyn değerlendirmesi içindir. Kodu ana sayfada “Destek sürecini değerlendirin” bölümüne girin.
problem-code_for_professionals = Bu kod, uzmanların değerlendirmesi içindir. Kodu karttaki adreste kullanın: /evaluering/fagperson.
problem-email = navn@kommune.dk gibi bir e-posta adresi yazın.
problem-not_a_choice = Seçeneklerden birini seçin.
problem-login_failed = E-posta veya şifre yanlış.
problem-throttled = Çok fazla deneme yapıldı. { $minutes ->
        [one] { $minutes } dakika
       *[other] { $minutes } dakika
    } sonra yeniden deneyin.
problem-wait = Art arda çok fazla hatalı deneme yapıldı. { $seconds ->
        [one] { $seconds } saniye
       *[other] { $seconds } saniye
    } bekleyin ve yeniden deneyin.
problem-busy = Sunucu şu anda çok yoğun. Biraz sonra yeniden deneyin – hiçbir şey kaydedilmedi.
problem-common_password = Bu şifre en sık kullanılanlardan biri ve kolayca tahmin edilir. Başka bir şifre seçin, örneğin rastgele üç dört kelime.
problem-password_wrong = Mevcut şifre yanlış.
problem-password_mismatch = İki yeni şifre aynı değil.
problem-email_taken = Bu e-posta adresiyle kayıtlı bir personel zaten var.
problem-name_taken = Bu adla kayıtlı bir kurum zaten var.
problem-last_admin = En az bir etkin yönetici olmalıdır.
problem-unanswered = Bir yanıt seçin.
problem-contains_cpr = Metin bir CPR numarası içeriyor gibi görünüyor. Numarayı silin – asla CPR numarası veya isim yazmayın.
problem-receipt_format = Alındı kodu 16 haneden oluşur, örneğin 1234 5678 9012 3456.
problem-receipt_unknown = Bu koda ait bir başvuru bulamıyoruz. Kodu kontrol edin – metin silinmiş de olabilir.
problem-phone = 8 haneli bir telefon numarası yazın.
problem-looks_like_contact = Metin bir e-posta adresi veya telefon numarası içeriyor gibi görünüyor. Aileyi işaret edebilecekse silin – ya da sorun olmadığını aşağıda onaylayın.
problem-date = 2026-12-01 gibi bir tarih yazın.
problem-time = 09:30 gibi bir saat yazın.
problem-unknown_institution = Kurum listede yok – adı tam olarak listedeki gibi yazın.
problem-course_mismatch = Bu satırdaki süreç bilgileri, sürecin ilk satırıyla uyuşmuyor.
problem-csv_format = Dosya CSV olarak okunamıyor.
problem-missing_column = Bu sütun ilk satırda eksik.
problem-date_order = Bu tarih, sürecin başlangıcından önce.
problem-out_of_range = Değer { $min } ile { $max } arasında olmalıdır.
problem-unknown_step = Bu adım destek merdiveninde yok – önce adımları içe aktarın.
problem-unknown_kind = Böyle bir adım türü yok – önce türleri içe aktarın ya da preventive veya placement kullanın.
problem-duplicate_line = Bu satır önceki bir satırı tekrarlıyor.
problem-not_a_number = Bir tam sayı yazın.
problem-whole_number_from = Lütfen { $min } ile { $max } arasında bir tam sayı yazın.
problem-too_many = En fazla { $max }.
problem-web_address = https:// ile başlayan bir web adresi yazın.
problem-negative = Sayı negatif olamaz.
problem-not_a_figure = Bir sayı yazın, örneğin 7908 veya 54,6.
problem-no_year_in_column = Sütun adı bir yılla bitmelidir, örneğin march_2016.
problem-unknown_age = Tek bir yaş yazın, örneğin 7 år.
problem-unknown_period = Bir yıl, çeyrek veya ay yazın, örneğin 2024K1.
problem-other_area = Bu satır, dosyanın ilk satırından farklı bir bölgeyle ilgili.
