### Tidlig – the front page (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = مساعدة مبكرة للأطفال والعائلات
landing-intro = يجمع برنامج Fælles Indsats أولياء الأمور ومؤسسات الرعاية النهارية ومربيات الأطفال المنزليات والمدرسة وفريق FI التابع للبلدية حول الطفل، قبل أن يتفاقم القلق.
landing-parents_heading = قيّم مسار الدعم
landing-parents_body = لأولياء الأمور: هل حصلت على بطاقة عليها رمز بعد انتهاء مسار الدعم؟ اكتب الرمز، وأجب عن أربعة أسئلة قصيرة. إجاباتك مجهولة الهوية.
landing-advice_heading = اسأل عن طفلك دون ذكر اسمك
landing-advice_body = لأولياء الأمور والشباب والبالغين الآخرين: اسأل فريق FI سؤالًا عن طفل تشعر بالقلق عليه – دون أن تكتب اسمك.
landing-advice_link = اطرح سؤالًا
landing-advice_receipt_link = هل لديك رمز إيصال؟ اقرأ الرد
landing-sparring_heading = استشارة مجهولة الهوية
landing-sparring_body = للمربّين ومربيات الأطفال المنزليات والمعلمين: احصل على نصيحة من فريق FI بشأن طفل تشعر بالقلق عليه – دون ذكر اسم الطفل.
landing-sparring_link = اطلب استشارة
landing-sparring_receipt_link = هل لديك رمز إيصال؟ اقرأ الرد
landing-offers_link = اطّلع على عروض البلدية للأطفال والشباب والعائلات
landing-staff_heading = تسجيل الدخول
landing-staff_body = لفريق FI ومديري المشاريع ومسؤولي النظام.
landing-staff_link = تسجيل دخول الموظفين
