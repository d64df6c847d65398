### Tidlig – the privacy notice for parents (GDPR article 13) (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

privacy-title = كيف نتعامل مع المعلومات عندما تقيّم مسار الدعم
privacy-intro = هنا يمكنك أن تقرأ ما تحفظه البوابة عندما تجيب عن التقييم، ولماذا لا يمكن لأحد أن يعرف من أجاب.
privacy-controller_heading = من المسؤول
privacy-controller = الجهة المسؤولة عن البيانات هي { $controller }.
privacy-contact = يمكنك التواصل مع البلدية هنا: { $contact }.
privacy-dpo = يمكن التواصل مع مسؤول حماية البيانات في البلدية هنا: { $dpo }.
privacy-stored_heading = ما الذي نحفظه
privacy-stored = نحفظ إجاباتك عن الأسئلة، وتعليقك إذا كتبت تعليقًا. لا نحفظ اسمك أو رمزك أو عنوان IP الخاص بك أو متصفحك أو الوقت – نحفظ فقط الشهر، وهل كان مسار الدعم في الرعاية النهارية أو لدى مربية أطفال منزلية أو في المدرسة.
privacy-anonymous_heading = إجاباتك مجهولة الهوية
privacy-anonymous = لا يمكن لأحد – ولا حتى البلدية – أن يعرف من أجاب. تُعرض الأرقام المستخلصة من التقييمات فقط للمجموعات التي تضم { $threshold ->
        [zero] { $threshold } إجابة
        [one] { $threshold } إجابة
        [two] { $threshold } إجابتين
        [few] { $threshold } إجابات
        [many] { $threshold } إجابة
       *[other] { $threshold } إجابة
    } على الأقل. ولا تُحفظ الإجابات إلا بعد إغلاق الشهر وخلطها بإجابات الآخرين.
privacy-kept_heading = إلى متى
privacy-kept = يمكن استخدام الرمز المكتوب على بطاقتك لمدة { $code_days ->
        [zero] { $code_days } يوم
        [one] { $code_days } يوم
        [two] { $code_days } يومين
        [few] { $code_days } أيام
        [many] { $code_days } يومًا
       *[other] { $code_days } يوم
    }. تُحفظ إجاباتك كأرقام مجهولة الهوية. يُحذف التعليق بعد { $comment_months ->
        [zero] { $comment_months } شهر
        [one] { $comment_months } شهر
        [two] { $comment_months } شهرين
        [few] { $comment_months } أشهر
        [many] { $comment_months } شهرًا
       *[other] { $comment_months } شهر
    } من إغلاق الشهر الذي كُتب فيه.
privacy-language = يُحفظ اختيارك للغة في ملف تعريف ارتباط (cookie) على هاتفك، ولا يُحفظ أبدًا مع إجاباتك.
privacy-advice_heading = عندما تسأل فريق FI دون ذكر اسمك
privacy-advice = نحفظ من أنت (وليّ أمر أو شاب أو شابة أو شخص بالغ آخر)، والفئة العمرية للطفل، والمواضيع، وما تكتبه أنت وفريق FI. لا نحفظ اسمك أو عنوان IP الخاص بك أو متصفحك أو الساعة – نحفظ اليوم فقط. لا يُحفظ رمز الإيصال إلا كقيمة تجزئة بمفتاح (keyed hash)، لذلك لا يمكن لأحد أن يجده مرة أخرى. تُحذف النصوص بعد { $after_closing } يومًا من إغلاق السؤال، والسؤال الذي لا يشهد أي نشاط لمدة { $without_activity } يومًا يُغلق ويُحذف. لا يبقى إلا أرقام دون نص.
privacy-rights_heading = حقوقك
privacy-rights = لأن الإجابات مجهولة الهوية، لا يمكننا العثور على إجاباتك أنت تحديدًا أو تصحيحها أو حذفها – وهذا جزء من حمايتك، وفقًا للمادة 11 من اللائحة العامة لحماية البيانات (GDPR). يمكنك دائمًا تقديم شكوى إلى Datatilsynet (هيئة حماية البيانات الدنماركية)، datatilsynet.dk.
privacy-others = هل أنت من المختصين وتطلب استشارة، أو تعمل في البلدية؟ اقرأ عن ذلك هنا:
privacy-askers_link = المختصون: الاستشارة والتقييم
privacy-staff_link = موظفو البوابة
