### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = الرمز المكتوب على بطاقتك
code_entry-hint = 10 خانات، مثل K7QM-4XPR-TW. لا فرق بين الأحرف الكبيرة والصغيرة.
code_entry-submit = ابدأ التقييم
code_entry-page_title = قيّم مسار الدعم
code_entry-page_intro = اكتب الرمز المكتوب على البطاقة التي حصلت عليها عند انتهاء مسار الدعم. يمكن استخدام الرمز مرة واحدة فقط، ولا يمكن ربط إجاباتك بك.

## The questionnaire and the receipt

questionnaire-title = تقييم مسار الدعم
questionnaire-intro = أربعة أسئلة قصيرة، وحقل للتعليق إذا أردت. تُحفظ إجاباتك دون الاسم أو الرمز أو الوقت – يُحفظ فقط الشهر، وهل كان مسار الدعم في الرعاية النهارية أو لدى مربية أطفال منزلية أو في المدرسة.
questionnaire-overall = بشكل عام، ما مدى رضاك عن مسار الدعم؟
questionnaire-collaboration = ما مدى رضاك عن التعاون والحوار خلال مسار الدعم؟
questionnaire-difference = أحدث مسار الدعم فرقًا إيجابيًا لطفلي.
questionnaire-involved = شعرتُ بأنه تم الاستماع إليّ وإشراكي.
questionnaire-comment = هل لديك تعليق؟ (اختياري)
questionnaire-comment_hint = لا تكتب أسماء أو أرقام CPR (رقم الهوية الشخصي الدنماركي). بحد أقصى 2000 حرف.
questionnaire-short-1 = الرضا عن مسار الدعم
questionnaire-short-2 = التعاون والحوار
questionnaire-short-3 = فرق إيجابي للطفل
questionnaire-short-4 = الاستماع والإشراك
questionnaire-short-5 = تعليق
questionnaire-satisfaction-1 = راضٍ جدًا
questionnaire-satisfaction-2 = راضٍ
questionnaire-satisfaction-3 = محايد
questionnaire-satisfaction-4 = غير راضٍ
questionnaire-satisfaction-5 = غير راضٍ على الإطلاق
questionnaire-agreement-1 = أوافق بشدة
questionnaire-agreement-2 = أوافق
questionnaire-agreement-3 = محايد
questionnaire-agreement-4 = أعارض
questionnaire-agreement-5 = أعارض بشدة
questionnaire-agreement-6 = لا أعرف
questionnaire-submit = أرسل الإجابات
questionnaire-receipt_title = شكرًا على إجاباتك
questionnaire-receipt_body = تم حفظ إجاباتك. لا يمكن استخدام الرمز مرة أخرى.
questionnaire-receipt_after = تُحتسب الإجابات في تقرير البلدية عن Fælles Indsats، مع إجابات أولياء الأمور الآخرين. لا يمكن لأحد أن يعرف من أجاب. يمكنك إغلاق الصفحة الآن.
questionnaire-receipt_unknown = تعرض هذه الصفحة الإيصال فقط مباشرةً بعد إرسال إجاباتك. إذا كانت لديك بطاقة عليها رمز، فاكتب الرمز هنا.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = كيف كان مسار الدعم الخاص بكم؟
card-how = امسحوا رمز QR، أو افتحوا العنوان واكتبوا الرمز:
card-anonymity = الرمز غير مرتبط باسمكم – لا يمكن لأحد أن يعرف من أجاب.
card-valid_until = صالح حتى
card-qr_label = رمز QR يفتح التقييم
