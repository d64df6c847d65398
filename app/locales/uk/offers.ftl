### Tidlig – the catalogue of offers: the public page (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

offers-title = Пропозиції для дітей, молоді та сімей
offers-intro = Тут зібрано пропозиції муніципалітету для дітей, молоді та сімей, упорядковані за сходами підтримки — від пропозицій, якими може скористатися кожен, до тих, що найбільше втручаються в життя родини. Виберіть вік дитини, тему або сходинку, щоб побачити пропозиції, які вам підходять.
offers-language_note = Муніципалітет описує свої пропозиції данською мовою.
offers-filters = Знайти пропозиції
offers-age_band = Вік дитини
offers-theme = Тема
offers-step = Сходинка на сходах підтримки
offers-all = Усі
offers-show = Показати пропозиції
offers-shown = Показано пропозицій: { $shown } з { $all }.
offers-none = Жодна пропозиція не відповідає вибраному. Спробуйте прибрати один із варіантів вибору.
offers-open_to_all = Пропозиції, якими може скористатися кожен
offers-staircase_title = Сходи підтримки
offers-staircase_hint = Сходинки йдуть від тих, що найменше втручаються в життя родини, до тих, що втручаються найбільше. Число біля кожної сходинки — це кількість показаних пропозицій на ній.
offers-purpose = Мета
offers-for_whom = Для кого
offers-provider = Хто її проводить
offers-access = Як розпочати
offers-duration = Тривалість
offers-contact = Контакти
offers-experience = Досвід
offers-effect = Відомий ефект
offers-more = Більше про пропозицію
offers-count = { $n ->
    [one] { $n } пропозиція
    [few] { $n } пропозиції
    [many] { $n } пропозицій
   *[other] { $n } пропозиції
}
offers-pointed = Пропозиції, які ми радимо

## How a family gets into an offer
offer_access-direct = Напряму — зверніться за пропозицією самостійно
offer_access-referral = За направленням — муніципалітет направляє вас
