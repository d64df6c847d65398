### Tidlig – the catalogue of offers: the public page (Arabic, ar).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = عروض للأطفال والشباب والعائلات
offers-intro = هذه هي عروض البلدية للأطفال والشباب والعائلات، مرتّبة حسب سلّم التدخّلات – من العروض التي يمكن للجميع استخدامها إلى العروض الأكثر تدخّلًا. اختر عمر الطفل أو موضوعًا أو درجة لترى العروض المناسبة.
offers-language_note = تصف البلدية عروضها باللغة الدنماركية.
offers-filters = ابحث عن عروض
offers-age_band = عمر الطفل
offers-theme = الموضوع
offers-step = الدرجة على سلّم التدخّلات
offers-all = الكل
offers-show = اعرض العروض
offers-shown = يُعرض { $shown } من أصل { $all } من العروض.
offers-none = لا يوجد عرض يناسب ما اخترته. جرّب أن تزيل أحد اختياراتك.
offers-open_to_all = عروض يمكن للجميع استخدامها
offers-staircase_title = سلّم التدخّلات
offers-staircase_hint = تتدرّج الدرجات من الأقل تدخّلًا إلى الأكثر تدخّلًا. الرقم عند كل درجة هو عدد العروض المعروضة على تلك الدرجة.
offers-purpose = الهدف
offers-for_whom = لمن؟
offers-provider = مَن يقدّمه
offers-access = كيف تبدأ
offers-duration = المدة
offers-contact = التواصل
offers-experience = التجارب
offers-effect = الأثر المعروف
offers-more = المزيد عن العرض
offers-count = { $n ->
    [zero] { $n } عرض
    [one] عرض واحد
    [two] عرضان
    [few] { $n } عروض
    [many] { $n } عرضًا
   *[other] { $n } عرض
}
offers-pointed = عروض نقترحها عليك

## How a family gets into an offer
offer_access-direct = مباشرةً – تواصل بنفسك مع القائمين على العرض
offer_access-referral = عن طريق الإحالة – البلدية تحيلك إليه
