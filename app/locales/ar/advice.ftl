### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = اسأل فريق FI دون ذكر اسمك
advice-intro = هل أنت قلق على طفلك، أو على طفل في عائلتك، أو على نفسك؟ يمكنك أن تسأل فريق FI التابع للبلدية – أخصائي اجتماعي وأخصائي نفسي وممرضة صحة الأطفال – دون أن تكتب اسمك. ستحصل على رمز إيصال، وبه تقرأ الرد هنا.
advice-warning = لا تكتب أسماء أو أرقام CPR أو عناوين أو أرقام هواتف. صِف ما يقلقك بطريقة لا تسمح لأحد بأن يتعرّف على الطفل أو العائلة.
advice-role = من أنت؟
advice-age_band = كم عمر الطفل؟
advice-themes = بماذا يتعلق الأمر؟
advice-themes_hint = اختر كل ما ينطبق.
advice-concern = سؤالك
advice-concern_hint = 20 حرفًا على الأقل و4000 حرف على الأكثر. دون أسماء أو أرقام CPR أو عناوين.
advice-send = أرسل السؤال
advice-urgent = إذا كان طفل في خطر الآن، فاتصل بالرقم 112. يمكنك أيضًا الاتصال دون ذكر اسمك بخط مساعدة الأطفال BørneTelefonen على الرقم 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = لقد راجعتُ النص: لا يدل على الطفل أو العائلة
advice-sent_title = تم إرسال سؤالك
advice-sent_body = هذا هو رمز الإيصال الخاص بك. به يمكنك قراءة رد فريق FI والكتابة إليه:
advice-sent_advice = اكتب الرمز الآن. لا يظهر إلا هنا، لمدة ربع ساعة، ولا يمكننا أن نجده لك مرة أخرى.
advice-receipt_title = اقرأ الرد على سؤالك
advice-receipt_intro = اكتب رمز الإيصال الذي حصلت عليه عندما أرسلت سؤالك.
advice-receipt = رمز الإيصال
advice-receipt_hint = 16 رقمًا، مثل 1234 5678 9012 3456.
advice-open = افتح السؤال
advice-request_title = سؤالك
advice-status = الحالة
advice-meeting = اقتراح لمحادثة
advice-your_concern = ما كتبتَه
advice-conversation = الرسائل
advice-you = أنت
advice-team = فريق FI
advice-reply = اكتب إلى فريق FI
advice-reply_send = أرسل الرسالة
advice-reply_sent = تم إرسال رسالتك.
advice-awaiting_answer = لم يردّ فريق FI بعد. عادةً يمكنك أن تتوقع ردًا خلال { $days } من أيام العمل – وسيظهر الرد هنا، حيث تفتح سؤالك برمز الإيصال.
advice-sent_gone = تم استلام سؤالك. لا يظهر رمز الإيصال إلا لمدة ربع ساعة بعد الإرسال، ولا يمكن عرضه مرة أخرى.
advice-opened_gone = حفاظًا على سرية هويتك، لا يُعرض سؤالك إلا لمدة ربع ساعة في كل مرة. اكتب رمز الإيصال مرة أخرى لفتحه.
advice-deletion_open = تُحذف النصوص تلقائيًا بعد إغلاق السؤال ومرور فترة من الوقت. لا يبقى إلا أرقام للإحصاءات – دون نص ودون أسماء.
advice-deletion_closed = تم إغلاق السؤال. ستُحذف النصوص تلقائيًا في { $date }.
advice-closed_no_reply = تم إغلاق السؤال، لذلك لا يمكنك الكتابة هنا بعد الآن. أرسل سؤالًا جديدًا إذا كنت تحتاج إلى مزيد من المساعدة.

## The rating, once the question is closed
advice_rating-title = هل ساعدتك النصيحة؟
advice_rating-intro = ثلاث عبارات قصيرة. تُحفظ إجابتك منفصلة عن سؤالك – دون رمز الإيصال أو الاسم أو الوقت، فقط الشهر – ولا يمكن إعطاؤها إلا مرة واحدة.
advice_rating-statements-1 = ساعدتني النصيحة.
advice_rating-statements-2 = أعرف ما يجب عليّ فعله الآن.
advice_rating-statements-3 = سأسأل فريق FI مرة أخرى إذا احتجت إلى ذلك.
advice_rating-submit = أرسل التقييم
advice_rating-thanks = شكرًا على تقييمك. يُحتسب في تقرير البلدية مع تقييمات الآخرين، ولا يمكن إعطاؤه إلا مرة واحدة.

## Who asks
advice_role-parent = وليّ أمر
advice_role-young = شاب أو شابة (أسأل عن نفسي أو عن أخ أو أخت)
advice_role-citizen = شخص بالغ آخر (مثل جدّ أو جدّة، أو جار، أو صديق للعائلة)

## The child's age
advice_age_band-0-2 = 0–2 سنوات
advice_age_band-3-5 = 3–5 سنوات
advice_age_band-6-9 = 6–9 سنوات
advice_age_band-10-13 = 10–13 سنة
advice_age_band-14-16 = 14–16 سنة

## What it is about
advice_theme-trivsel = الراحة النفسية والسعادة
advice_theme-adfaerd = السلوك
advice_theme-sprog = اللغة والنمو
advice_theme-fravaer = الغياب عن المدرسة أو الرعاية النهارية
advice_theme-familie = العائلة
advice_theme-motorik = الحركة والحواس
advice_theme-andet = شيء آخر

## Where the question stands
advice_sparring_status-received = تم الاستلام
advice_sparring_status-assigned = قيد المعالجة
advice_sparring_status-meeting_proposed = تم اقتراح محادثة
advice_sparring_status-answered = تم الرد
advice_sparring_status-closed = مغلق
