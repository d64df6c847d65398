### Tidlig – texts around every page: header, footer, error pages (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = مواد پر جائیں
common-programme = Fælles Indsats (مشترکہ کوشش)
common-language_nav = زبان
common-footer_anonymity = والدین کے جائزوں اور گمنام مشاورت سے بچے یا خاندان کی شناخت نہیں کی جا سکتی۔
common-not_found_title = یہ صفحہ موجود نہیں
common-not_found_body = آپ جو صفحہ تلاش کر رہے ہیں، وہ ہمیں نہیں مل رہا۔ ویب ایڈریس چیک کریں، یا مرکزی صفحے پر جائیں۔
common-back_to_front = مرکزی صفحے پر جائیں
common-error_summary_title = ایک مسئلہ ہے
common-try_again = ہماری طرف سے کچھ غلط ہو گیا۔ براہ کرم تھوڑی دیر بعد دوبارہ کوشش کریں۔
common-send = بھیجیں
common-error_title = خرابی
common-print = پرنٹ کریں
common-current_language = موجودہ زبان
common-privacy_link = ہم معلومات کو کیسے استعمال کرتے ہیں
common-accessibility_link = رسائی کا بیان
