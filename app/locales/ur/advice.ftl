### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = FI ٹیم سے گمنام طور پر پوچھیں
advice-intro = کیا آپ اپنے بچے، خاندان کے کسی بچے یا اپنے بارے میں فکرمند ہیں؟ آپ بلدیہ کی FI ٹیم سے – ایک سوشل ورکر، ایک ماہرِ نفسیات اور بچوں کی صحت کی ایک نرس – اپنا نام لکھے بغیر پوچھ سکتے ہیں۔ آپ کو ایک رسید کوڈ ملے گا، اور اس سے آپ یہاں جواب پڑھ سکیں گے۔
advice-warning = نام، CPR نمبر، پتے یا فون نمبر نہ لکھیں۔ جس بات کی آپ کو فکر ہے، اسے اس طرح بیان کریں کہ کوئی بچے یا خاندان کو پہچان نہ سکے۔
advice-role = آپ کون ہیں؟
advice-age_band = بچے کی عمر کتنی ہے؟
advice-themes = بات کس بارے میں ہے؟
advice-themes_hint = جو بھی باتیں درست ہوں، سب چن لیں۔
advice-concern = آپ کا سوال
advice-concern_hint = کم از کم 20 اور زیادہ سے زیادہ 4,000 حروف۔ نام، CPR نمبر اور پتے نہ لکھیں۔
advice-send = سوال بھیجیں
advice-urgent = اگر کوئی بچہ ابھی خطرے میں ہے تو 112 پر کال کریں۔ آپ بچوں کی ہیلپ لائن BørneTelefonen کو 116 111 پر گمنام طور پر بھی کال کر سکتے ہیں۔

## After the form: the receipt, the page opened with it, the reply
advice-confirm = میں نے متن چیک کر لیا ہے: اس سے بچے یا خاندان کی نشاندہی نہیں ہوتی
advice-sent_title = آپ کا سوال بھیج دیا گیا ہے
advice-sent_body = یہ رہا آپ کا رسید کوڈ۔ اس سے آپ FI ٹیم کا جواب پڑھ سکتے ہیں اور انہیں جواب لکھ سکتے ہیں:
advice-sent_advice = کوڈ ابھی لکھ لیں۔ یہ صرف یہیں، پندرہ منٹ کے لیے دکھایا جاتا ہے، اور ہم اسے آپ کے لیے دوبارہ نہیں ڈھونڈ سکتے۔
advice-receipt_title = اپنے سوال کا جواب پڑھیں
advice-receipt_intro = وہ رسید کوڈ لکھیں جو آپ کو سوال بھیجتے وقت ملا تھا۔
advice-receipt = رسید کوڈ
advice-receipt_hint = 16 ہندسے، مثلاً 1234 5678 9012 3456۔
advice-open = سوال کھولیں
advice-request_title = آپ کا سوال
advice-status = صورتحال
advice-meeting = بات چیت کی تجویز
advice-your_concern = آپ نے جو لکھا
advice-conversation = پیغامات
advice-you = آپ
advice-team = FI ٹیم
advice-reply = FI ٹیم کو لکھیں
advice-reply_send = پیغام بھیجیں
advice-reply_sent = آپ کا پیغام بھیج دیا گیا ہے۔
advice-awaiting_answer = FI ٹیم نے ابھی جواب نہیں دیا۔ عام طور پر آپ کو { $days } کام کے دنوں کے اندر جواب مل جاتا ہے – جواب یہیں آئے گا، جہاں آپ رسید کوڈ سے اپنا سوال کھولتے ہیں۔
advice-sent_gone = آپ کا سوال موصول ہو گیا ہے۔ رسید کوڈ بھیجنے کے بعد صرف پندرہ منٹ تک دکھایا جاتا ہے اور دوبارہ نہیں دکھایا جا سکتا۔
advice-opened_gone = آپ کی گمنامی کی حفاظت کے لیے، آپ کا سوال ایک وقت میں صرف پندرہ منٹ کے لیے دکھایا جاتا ہے۔ اسے کھولنے کے لیے رسید کوڈ دوبارہ لکھیں۔
advice-deletion_open = سوال بند ہونے اور کچھ عرصہ گزرنے کے بعد متن خود بخود حذف ہو جاتے ہیں۔ صرف اعداد و شمار کے لیے نمبر باقی رہتے ہیں – بغیر متن اور بغیر ناموں کے۔
advice-deletion_closed = سوال بند ہو گیا ہے۔ متن { $date } کو خود بخود حذف ہو جائیں گے۔
advice-closed_no_reply = سوال بند ہو گیا ہے، اس لیے آپ یہاں مزید نہیں لکھ سکتے۔ اگر آپ کو مزید مدد چاہیے تو نیا سوال بھیجیں۔

## The rating, once the question is closed
advice_rating-title = کیا مشورے سے آپ کو مدد ملی؟
advice_rating-intro = تین مختصر باتیں۔ آپ کا جواب آپ کے سوال سے الگ محفوظ کیا جاتا ہے – رسید، نام اور وقت کے بغیر، صرف مہینہ – اور صرف ایک بار دیا جا سکتا ہے۔
advice_rating-statements-1 = مشورے سے میری مدد ہوئی۔
advice_rating-statements-2 = مجھے معلوم ہے کہ اب مجھے کیا کرنا ہے۔
advice_rating-statements-3 = ضرورت پڑنے پر FI ٹیم سے دوبارہ پوچھنے کا میرا ارادہ ہے۔
advice_rating-submit = رائے بھیجیں
advice_rating-thanks = آپ کی رائے کا شکریہ۔ یہ دوسروں کی رائے کے ساتھ بلدیہ کی رپورٹ میں شامل کی جاتی ہے اور صرف ایک بار دی جا سکتی ہے۔

## Who asks
advice_role-parent = والد یا والدہ
advice_role-young = نوجوان (سوال میرے اپنے یا میرے بہن بھائی کے بارے میں ہے)
advice_role-citizen = کوئی اور بالغ (مثلاً دادا، دادی، نانا، نانی، پڑوسی یا خاندان کا دوست)

## The child's age
advice_age_band-0-2 = 0–2 سال
advice_age_band-3-5 = 3–5 سال
advice_age_band-6-9 = 6–9 سال
advice_age_band-10-13 = 10–13 سال
advice_age_band-14-16 = 14–16 سال

## What it is about
advice_theme-trivsel = خوشی اور سکون
advice_theme-adfaerd = رویہ
advice_theme-sprog = زبان اور نشوونما
advice_theme-fravaer = اسکول یا ڈے کیئر سے غیر حاضری
advice_theme-familie = خاندان
advice_theme-motorik = جسمانی حرکت اور حواس
advice_theme-andet = کچھ اور

## Where the question stands
advice_sparring_status-received = موصول ہوا
advice_sparring_status-assigned = کارروائی جاری ہے
advice_sparring_status-meeting_proposed = بات چیت کی تجویز دی گئی
advice_sparring_status-answered = جواب دے دیا گیا
advice_sparring_status-closed = بند
