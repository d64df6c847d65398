### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = آپ کے کارڈ پر لکھا کوڈ
code_entry-hint = 10 حروف، مثلاً K7QM-4XPR-TW۔ بڑے اور چھوٹے حروف میں کوئی فرق نہیں۔
code_entry-submit = جائزہ شروع کریں
code_entry-page_title = معاونت کا جائزہ دیں
code_entry-page_intro = معاونت ختم ہونے پر آپ کو جو کارڈ ملا تھا، اس پر لکھا کوڈ درج کریں۔ کوڈ صرف ایک بار استعمال ہو سکتا ہے، اور آپ کے جوابات سے آپ کی شناخت نہیں ہو سکتی۔

## The questionnaire and the receipt

questionnaire-title = معاونت کا جائزہ
questionnaire-intro = چار مختصر سوال، اور اگر آپ چاہیں تو تبصرے کے لیے ایک خانہ۔ آپ کے جوابات نام، کوڈ اور وقت کے بغیر محفوظ کیے جاتے ہیں – صرف مہینہ، اور یہ کہ معاونت ڈے کیئر، گھریلو ڈے کیئر یا اسکول میں تھی۔
questionnaire-overall = مجموعی طور پر آپ معاونت سے کتنے مطمئن ہیں؟
questionnaire-collaboration = معاونت کے دوران تعاون اور بات چیت سے آپ کتنے مطمئن ہیں؟
questionnaire-difference = معاونت سے میرے بچے کے لیے مثبت فرق پڑا ہے۔
questionnaire-involved = مجھے محسوس ہوا کہ میری بات سنی گئی اور مجھے شامل کیا گیا۔
questionnaire-comment = کیا آپ کوئی تبصرہ کرنا چاہتے ہیں؟ (اختیاری)
questionnaire-comment_hint = نام یا CPR نمبر (ڈنمارک کا ذاتی شناختی نمبر) نہ لکھیں۔ زیادہ سے زیادہ 2,000 حروف۔
questionnaire-short-1 = معاونت سے اطمینان
questionnaire-short-2 = تعاون اور بات چیت
questionnaire-short-3 = بچے کے لیے مثبت فرق
questionnaire-short-4 = بات سنی گئی اور شامل کیا گیا
questionnaire-short-5 = تبصرہ
questionnaire-satisfaction-1 = بہت مطمئن
questionnaire-satisfaction-2 = مطمئن
questionnaire-satisfaction-3 = نہ مطمئن نہ غیر مطمئن
questionnaire-satisfaction-4 = غیر مطمئن
questionnaire-satisfaction-5 = بہت غیر مطمئن
questionnaire-agreement-1 = پوری طرح متفق
questionnaire-agreement-2 = متفق
questionnaire-agreement-3 = نہ متفق نہ غیر متفق
questionnaire-agreement-4 = غیر متفق
questionnaire-agreement-5 = بالکل غیر متفق
questionnaire-agreement-6 = معلوم نہیں
questionnaire-submit = جوابات بھیجیں
questionnaire-receipt_title = آپ کے جوابات کا شکریہ
questionnaire-receipt_body = آپ کے جوابات محفوظ ہو گئے ہیں۔ یہ کوڈ دوبارہ استعمال نہیں ہو سکتا۔
questionnaire-receipt_after = جوابات کو دوسرے والدین کے جوابات کے ساتھ Fælles Indsats کے بارے میں بلدیہ کی رپورٹ میں شامل کیا جاتا ہے۔ کوئی نہیں دیکھ سکتا کہ جواب کس نے دیا۔ اب آپ یہ صفحہ بند کر سکتے ہیں۔
questionnaire-receipt_unknown = یہ صفحہ رسید صرف اسی وقت دکھاتا ہے جب آپ نے ابھی ابھی اپنے جوابات بھیجے ہوں۔ اگر آپ کے پاس کوڈ والا کارڈ ہے تو کوڈ یہاں لکھیں۔

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = آپ کی معاونت کیسی رہی؟
card-how = QR کوڈ اسکین کریں، یا ویب ایڈریس کھول کر کوڈ لکھیں:
card-anonymity = کوڈ آپ کے نام سے منسلک نہیں – کوئی نہیں دیکھ سکتا کہ جواب کس نے دیا۔
card-valid_until = استعمال کی آخری تاریخ
card-qr_label = جائزے کا لنک والا QR کوڈ
