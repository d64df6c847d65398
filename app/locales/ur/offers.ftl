### Tidlig – the catalogue of offers: the public page (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = بچوں، نوجوانوں اور خاندانوں کے لیے پیشکشیں
offers-intro = یہاں بچوں، نوجوانوں اور خاندانوں کے لیے بلدیہ کی پیشکشیں ہیں، جو مدد کی سیڑھی کے مطابق ترتیب دی گئی ہیں – ان پیشکشوں سے جنہیں ہر کوئی استعمال کر سکتا ہے، ان تک جن میں سب سے زیادہ مداخلت ہوتی ہے۔ آپ کے لیے موزوں پیشکشیں دیکھنے کے لیے بچے کی عمر، کوئی موضوع یا کوئی درجہ چنیں۔
offers-language_note = بلدیہ اپنی پیشکشوں کی تفصیل ڈینش زبان میں لکھتی ہے۔
offers-filters = پیشکشیں تلاش کریں
offers-age_band = بچے کی عمر
offers-theme = موضوع
offers-step = مدد کی سیڑھی کا درجہ
offers-all = سب
offers-show = پیشکشیں دکھائیں
offers-shown = { $all } میں سے { $shown } پیشکشیں دکھائی جا رہی ہیں۔
offers-none = آپ کے انتخاب کے مطابق کوئی پیشکش نہیں ہے۔ اپنے انتخاب میں سے کوئی ایک ہٹا کر دیکھیں۔
offers-open_to_all = پیشکشیں جنہیں ہر کوئی استعمال کر سکتا ہے
offers-staircase_title = مدد کی سیڑھی
offers-staircase_hint = درجے سب سے کم مداخلت والے سے سب سے زیادہ مداخلت والے تک جاتے ہیں۔ ہر درجے کے ساتھ لکھا نمبر بتاتا ہے کہ دکھائی گئی پیشکشوں میں سے کتنی اس درجے پر ہیں۔
offers-purpose = مقصد
offers-for_whom = کس کے لیے
offers-provider = اسے کون چلاتا ہے
offers-access = شروع کیسے کریں
offers-duration = دورانیہ
offers-contact = رابطہ
offers-experience = تجربات
offers-effect = معلوم اثر
offers-more = پیشکش کے بارے میں مزید
offers-count = { $n ->
    [one] 1 پیشکش
   *[other] { $n } پیشکشیں
}
offers-pointed = پیشکشیں جو ہم آپ کو تجویز کرتے ہیں

## How a family gets into an offer
offer_access-direct = براہِ راست – پیشکش والوں سے خود رابطہ کریں
offer_access-referral = بلدیہ کے جائزے کے بعد – بلدیہ آپ کو وہاں بھیجتی ہے
