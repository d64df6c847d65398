### Tidlig – why a field was refused, as people read it beside the field (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = املأ هذا الحقل.
problem-too_long = الحد الأقصى لعدد الأحرف هو { $max }.
problem-too_short = الحد الأدنى لعدد الأحرف هو { $min }.
problem-code_length = يتكوّن الرمز من 10 خانات. عدد الخانات التي كتبتها: { $found }.
problem-code_character = لا يحتوي الرمز على الحرف «{ $found }». تحقّق من البطاقة: لا تُستخدم في الرموز أبدًا هذه الأحرف والأرقام: 0, O, 1, I, L, 2, Z, 5, S, 8, B.
problem-code_unknown = لم نتمكن من العثور على هذا الرمز. تأكّد من أنك كتبته كما هو مطبوع على البطاقة.
problem-day_in_future = التاريخ في المستقبل. سجّل فقط ما حدث بالفعل.
problem-day_before_start = التاريخ قبل بداية مسار الدعم.
problem-code_missing = اكتب الرمز المكتوب على بطاقتك.
problem-code_used = تم استخدام هذا الرمز. إذا كنت أنت من أرسل إجاباته به، فقد وصلت – شكرًا لك. لا يمكن استخدام كل رمز إلا مرة واحدة.
problem-code_expired = انتهت صلاحية هذا الرمز. تواصل مع فريق FI إذا كنت لا تزال ترغب في تقييم مسار الدعم.
problem-code_for_parents = هذا الرمز مخصص لتقييم أولياء الأمور. افتحه من الصفحة الرئيسية تحت «قيّم مسار الدعم».
problem-code_for_professionals = هذا الرمز مخصص لتقييم المختصين. افتحه على العنوان المكتوب على البطاقة: /evaluering/fagperson
problem-email = اكتب عنوان بريد إلكتروني مثل navn@kommune.dk
problem-not_a_choice = اختر أحد الخيارات.
problem-login_failed = البريد الإلكتروني أو كلمة المرور غير صحيحة.
problem-throttled = محاولات كثيرة جدًا. حاول مرة أخرى بعد { $minutes ->
        [zero] { $minutes } دقيقة
        [one] { $minutes } دقيقة
        [two] { $minutes } دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    }.
problem-wait = محاولات خاطئة كثيرة متتالية. انتظر { $seconds ->
        [zero] { $seconds } ثانية
        [one] { $seconds } ثانية
        [two] { $seconds } ثانيتين
        [few] { $seconds } ثوانٍ
        [many] { $seconds } ثانية
       *[other] { $seconds } ثانية
    }، ثم حاول مرة أخرى.
problem-busy = الخادم مشغول الآن. حاول مرة أخرى بعد لحظات – لم يُحفظ أي شيء.
problem-common_password = كلمة المرور هذه من أكثر كلمات المرور استخدامًا ويسهل تخمينها. اختر كلمة مرور أخرى، مثل ثلاث أو أربع كلمات عشوائية.
problem-password_wrong = كلمة المرور الحالية غير صحيحة.
problem-password_mismatch = كلمتا المرور الجديدتان غير متطابقتين.
problem-email_taken = يوجد بالفعل موظف بهذا البريد الإلكتروني.
problem-name_taken = توجد بالفعل مؤسسة بهذا الاسم.
problem-last_admin = يجب أن يكون هناك مسؤول نظام نشط واحد على الأقل.
problem-unanswered = اختر إجابة.
problem-contains_cpr = يبدو أن النص يحتوي على رقم CPR. احذفه – لا تكتب أبدًا أرقام CPR أو أسماء.
problem-receipt_format = يتكوّن رمز الإيصال من 16 رقمًا، مثل 1234 5678 9012 3456.
problem-receipt_unknown = لم نتمكن من العثور على طلب بهذا الرمز. تحقّق من الرمز – أو ربما تم حذف النص.
problem-phone = اكتب رقم هاتف مكوّنًا من 8 أرقام.
problem-looks_like_contact = يبدو أن النص يحتوي على عنوان بريد إلكتروني أو رقم هاتف. احذفه إذا كان قد يدل على العائلة – أو أكّد أدناه أنه لا مانع من ذلك.
problem-date = اكتب التاريخ بهذا الشكل: 2026-12-01
problem-time = اكتب الوقت بهذا الشكل: 09:30
problem-unknown_institution = المؤسسة غير موجودة في القائمة – اكتب الاسم تمامًا كما هو في القائمة.
problem-course_mismatch = بيانات هذا السطر عن مسار الدعم لا تتطابق مع السطر الأول لهذا المسار.
problem-csv_format = لا يمكن قراءة الملف بصيغة CSV.
problem-missing_column = العمود غير موجود في السطر الأول.
problem-date_order = التاريخ قبل بداية مسار الدعم.
problem-out_of_range = يجب أن تكون القيمة من { $min } إلى { $max }.
problem-unknown_step = هذه الخطوة غير موجودة في سلّم التدخلات – استورد الخطوات أولًا.
problem-unknown_kind = لا يوجد نوع خطوة بهذا الاسم – استورد الأنواع أولًا، أو استخدم preventive أو placement.
problem-duplicate_line = هذا السطر يكرر سطرًا سابقًا.
problem-not_a_number = اكتب عددًا صحيحًا.
problem-whole_number_from = اكتب عددًا صحيحًا من { $min } إلى { $max }.
problem-too_many = الحد الأقصى: { $max }.
problem-web_address = اكتب عنوان ويب يبدأ بـ https://
problem-negative = لا يمكن أن يكون الرقم سالبًا.
problem-not_a_figure = اكتب رقمًا، مثل 7908 أو 54.6.
problem-no_year_in_column = يجب أن ينتهي اسم العمود بسنة، مثل march_2016.
problem-unknown_age = اكتب عمرًا واحدًا، مثل 7 år.
problem-unknown_period = اكتب سنة أو ربع سنة أو شهرًا، مثل 2024K1.
problem-other_area = السطر يخص منطقة غير منطقة السطر الأول في الملف.
