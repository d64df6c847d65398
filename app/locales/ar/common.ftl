### Tidlig – texts around every page: header, footer, error pages (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = انتقل إلى المحتوى
common-programme = Fælles Indsats (الجهد المشترك)
common-language_nav = اللغة
common-footer_anonymity = لا يمكن ربط تقييمات أولياء الأمور والاستشارات المجهولة الهوية بالطفل أو بالعائلة.
common-not_found_title = الصفحة غير موجودة
common-not_found_body = لم نتمكن من العثور على الصفحة التي تبحث عنها. تحقّق من العنوان، أو انتقل إلى الصفحة الرئيسية.
common-back_to_front = إلى الصفحة الرئيسية
common-error_summary_title = هناك مشكلة
common-try_again = حدث خطأ من جهتنا. يُرجى المحاولة مرة أخرى بعد قليل.
common-send = إرسال
common-error_title = خطأ
common-print = طباعة
common-current_language = اللغة الحالية
common-privacy_link = كيف نتعامل مع المعلومات
common-accessibility_link = بيان إمكانية الوصول
