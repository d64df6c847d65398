### Tidlig – why a field was refused, as people read it beside the field (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = یہ خانہ پُر کریں۔
problem-too_long = زیادہ سے زیادہ { $max } حروف لکھیں۔
problem-too_short = کم از کم { $min } حروف لکھیں۔
problem-code_length = کوڈ میں 10 حروف ہوتے ہیں۔ آپ نے { $found ->
        [one] { $found } حرف لکھا ہے
       *[other] { $found } حروف لکھے ہیں
    }۔
problem-code_character = کوڈ میں “{ $found }” نہیں ہوتا۔ کارڈ چیک کریں: کوڈز میں یہ حروف اور ہندسے کبھی استعمال نہیں ہوتے: 0, O, 1, I, L, 2, Z, 5, S, 8, B۔
problem-code_unknown = ہمیں یہ کوڈ نہیں مل رہا۔ چیک کریں کہ آپ نے اسے بالکل ویسے ہی لکھا ہے جیسے کارڈ پر ہے۔
problem-day_in_future = یہ تاریخ مستقبل کی ہے۔ صرف وہی درج کریں جو ہو چکا ہے۔
problem-day_before_start = یہ تاریخ معاونت شروع ہونے سے پہلے کی ہے۔
problem-code_missing = اپنے کارڈ پر لکھا کوڈ درج کریں۔
problem-code_used = یہ کوڈ استعمال ہو چکا ہے۔ اگر آپ نے خود اس سے اپنے جوابات بھیجے تھے تو وہ پہنچ گئے ہیں – شکریہ۔ ہر کوڈ صرف ایک بار استعمال ہو سکتا ہے۔
problem-code_expired = اس کوڈ کی میعاد ختم ہو چکی ہے۔ اگر آپ اب بھی معاونت کا جائزہ دینا چاہتے ہیں تو FI ٹیم سے رابطہ کریں۔
problem-code_for_parents = یہ کوڈ والدین کے جائزے کے لیے ہے۔ اسے مرکزی صفحے پر “معاونت کا جائزہ دیں” کے تحت کھولیں۔
problem-code_for_professionals = یہ کوڈ پیشہ ور افراد کے جائزے کے لیے ہے۔ اسے کارڈ پر لکھے ایڈریس پر کھولیں: /evaluering/fagperson
problem-email = ای میل ایڈریس اس طرح لکھیں: navn@kommune.dk
problem-not_a_choice = دیے گئے اختیارات میں سے ایک منتخب کریں۔
problem-login_failed = ای میل یا پاس ورڈ غلط ہے۔
problem-throttled = بہت زیادہ کوششیں ہو چکی ہیں۔ { $minutes ->
        [one] { $minutes } منٹ
       *[other] { $minutes } منٹ
    } بعد دوبارہ کوشش کریں۔
problem-wait = لگاتار بہت زیادہ غلط کوششیں۔ { $seconds ->
        [one] { $seconds } سیکنڈ
       *[other] { $seconds } سیکنڈ
    } انتظار کریں، پھر دوبارہ کوشش کریں۔
problem-busy = سرور اس وقت مصروف ہے۔ تھوڑی دیر بعد دوبارہ کوشش کریں – کچھ بھی محفوظ نہیں ہوا۔
problem-common_password = یہ پاس ورڈ سب سے زیادہ استعمال ہونے والے پاس ورڈز میں سے ہے اور آسانی سے اندازہ لگایا جا سکتا ہے۔ کوئی اور پاس ورڈ منتخب کریں، مثلاً تین چار بے ترتیب الفاظ۔
problem-password_wrong = موجودہ پاس ورڈ غلط ہے۔
problem-password_mismatch = دونوں نئے پاس ورڈ ایک جیسے نہیں ہیں۔
problem-email_taken = اس ای میل کے ساتھ ایک ملازم پہلے سے موجود ہے۔
problem-name_taken = اس نام کا ایک ادارہ پہلے سے موجود ہے۔
problem-last_admin = کم از کم ایک فعال منتظم ہونا ضروری ہے۔
problem-unanswered = ایک جواب منتخب کریں۔
problem-contains_cpr = لگتا ہے کہ متن میں CPR نمبر ہے۔ اسے ہٹا دیں – کبھی بھی CPR نمبر یا نام نہ لکھیں۔
problem-receipt_format = رسید کوڈ میں 16 ہندسے ہوتے ہیں، مثلاً 1234 5678 9012 3456۔
problem-receipt_unknown = ہمیں اس کوڈ والی کوئی درخواست نہیں ملی۔ کوڈ چیک کریں – یا ہو سکتا ہے متن حذف کر دیا گیا ہو۔
problem-phone = 8 ہندسوں والا فون نمبر لکھیں۔
problem-looks_like_contact = لگتا ہے کہ متن میں ای میل ایڈریس یا فون نمبر ہے۔ اگر اس سے خاندان کی نشاندہی ہو سکتی ہے تو اسے ہٹا دیں – یا نیچے تصدیق کریں کہ یہ ٹھیک ہے۔
problem-date = تاریخ اس طرح لکھیں: 2026-12-01
problem-time = وقت اس طرح لکھیں: 09:30
problem-unknown_institution = یہ ادارہ فہرست میں موجود نہیں – نام بالکل ویسے ہی لکھیں جیسے فہرست میں ہے۔
problem-course_mismatch = اس سطر میں معاونت کے بارے میں معلومات اسی معاونت کی پہلی سطر سے مختلف ہیں۔
problem-csv_format = فائل کو CSV کے طور پر نہیں پڑھا جا سکتا۔
problem-missing_column = پہلی سطر میں یہ کالم موجود نہیں۔
problem-date_order = یہ تاریخ معاونت شروع ہونے سے پہلے کی ہے۔
problem-out_of_range = { $min } سے { $max } تک ہونا چاہیے۔
problem-unknown_step = یہ مرحلہ معاونت کی سیڑھی پر موجود نہیں – پہلے مراحل درآمد کریں۔
problem-unknown_kind = اس قسم کا کوئی مرحلہ نہیں – پہلے اقسام درآمد کریں، یا preventive یا placement استعمال کریں۔
problem-duplicate_line = یہ سطر پچھلی کسی سطر کو دہراتی ہے۔
problem-not_a_number = پورا عدد لکھیں۔
problem-whole_number_from = { $min } سے { $max } تک کوئی پورا عدد لکھیں۔
problem-too_many = زیادہ سے زیادہ { $max }۔
problem-web_address = https:// سے شروع ہونے والا ویب پتہ لکھیں
problem-negative = عدد منفی نہیں ہو سکتا۔
problem-not_a_figure = کوئی عدد لکھیں، جیسے 7908 یا 54.6۔
problem-no_year_in_column = کالم کا نام کسی سال پر ختم ہونا چاہیے، جیسے march_2016۔
problem-unknown_age = ایک عمر لکھیں، جیسے 7 år۔
problem-unknown_period = سال، سہ ماہی یا مہینہ لکھیں، جیسے 2024K1۔
problem-other_area = یہ سطر فائل کی پہلی سطر سے مختلف علاقے کے بارے میں ہے۔
