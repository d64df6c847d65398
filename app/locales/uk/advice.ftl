### Tidlig – anonymous advice for parents, young people and other citizens: the form, the receipt, the page opened with it, the rating (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## The form
advice-title = Запитайте команду FI анонімно
advice-intro = Ви хвилюєтеся за свою дитину, за дитину в родині чи за себе? Ви можете поставити запитання команді FI муніципалітету — соціальному працівнику, психологу та патронажній медсестрі — не називаючи свого імені. Ви отримаєте код підтвердження і з ним прочитаєте відповідь тут.
advice-warning = Не пишіть імен, номерів CPR (данський персональний ідентифікаційний номер), адрес чи номерів телефонів. Опишіть, що вас турбує, так, щоб ніхто не міг упізнати дитину чи родину.
advice-role = Хто ви?
advice-age_band = Скільки років дитині?
advice-themes = Про що йдеться?
advice-themes_hint = Виберіть усе, що підходить.
advice-concern = Ваше запитання
advice-concern_hint = Щонайменше 20 і щонайбільше 4000 символів. Без імен, номерів CPR та адрес.
advice-send = Надіслати запитання
advice-urgent = Якщо дитина в небезпеці просто зараз, телефонуйте 112. Ви також можете анонімно зателефонувати на данську дитячу лінію довіри BørneTelefonen за номером 116 111.

## After the form: the receipt, the page opened with it, the reply
advice-confirm = Я перевірив(-ла) текст: він не вказує на дитину чи родину
advice-sent_title = Ваше запитання надіслано
advice-sent_body = Ось ваш код підтвердження. З ним ви можете прочитати відповідь команди FI і написати їй у відповідь:
advice-sent_advice = Запишіть код зараз. Його показано лише тут, протягом 15 хвилин, і ми не зможемо знайти його для вас знову.
advice-receipt_title = Прочитайте відповідь на ваше запитання
advice-receipt_intro = Введіть код підтвердження, який ви отримали, коли надіслали запитання.
advice-receipt = Код підтвердження
advice-receipt_hint = 16 цифр, наприклад 1234 5678 9012 3456.
advice-open = Відкрити запитання
advice-request_title = Ваше запитання
advice-status = Статус
advice-meeting = Пропозиція розмови
advice-your_concern = Що ви написали
advice-conversation = Повідомлення
advice-you = Ви
advice-team = Команда FI
advice-reply = Написати команді FI
advice-reply_send = Надіслати повідомлення
advice-reply_sent = Ваше повідомлення надіслано.
advice-awaiting_answer = Команда FI ще не відповіла. Зазвичай відповідь надходить протягом { $days } робочих днів — вона з’явиться тут, де ви відкриваєте своє запитання за кодом підтвердження.
advice-sent_gone = Ваше запитання отримано. Код підтвердження показується лише протягом 15 хвилин після надсилання, і його не можна показати знову.
advice-opened_gone = Щоб захистити вашу анонімність, запитання щоразу показується лише протягом 15 хвилин. Щоб відкрити його, введіть код підтвердження ще раз.
advice-deletion_open = Тексти видаляються автоматично, коли запитання завершено і минув певний час. Залишаються лише цифри для статистики — без тексту та без імен.
advice-deletion_closed = Запитання завершено. Тексти буде автоматично видалено { $date }.
advice-closed_no_reply = Запитання завершено, тому ви більше не можете тут писати. Надішліть нове запитання, якщо вам потрібна додаткова допомога.

## The rating, once the question is closed
advice_rating-title = Чи допомогла вам порада?
advice_rating-intro = Три короткі твердження. Ваша відповідь зберігається окремо від запитання — без коду підтвердження, імені й часу, лише місяць — і її можна дати лише один раз.
advice_rating-statements-1 = Порада мені допомогла.
advice_rating-statements-2 = Я знаю, що мені робити далі.
advice_rating-statements-3 = Я знову звернуся до команди FI, якщо мені це знадобиться.
advice_rating-submit = Надіслати оцінку
advice_rating-thanks = Дякуємо за вашу оцінку. Вона враховується у звіті муніципалітету разом з оцінками інших людей, і її можна дати лише один раз.

## Who asks
advice_role-parent = Батько або мати
advice_role-young = Молода людина (я питаю про себе або про брата чи сестру)
advice_role-citizen = Інший дорослий (наприклад, бабуся чи дідусь, сусід або друг родини)

## The child's age
advice_age_band-0-2 = 0–2 роки
advice_age_band-3-5 = 3–5 років
advice_age_band-6-9 = 6–9 років
advice_age_band-10-13 = 10–13 років
advice_age_band-14-16 = 14–16 років

## What it is about
advice_theme-trivsel = Самопочуття
advice_theme-adfaerd = Поведінка
advice_theme-sprog = Мова та розвиток
advice_theme-fravaer = Пропуски школи чи дитячого садка
advice_theme-familie = Родина
advice_theme-motorik = Моторика та органи чуття
advice_theme-andet = Інше

## Where the question stands
advice_sparring_status-received = Отримано
advice_sparring_status-assigned = Розглядається
advice_sparring_status-meeting_proposed = Запропоновано розмову
advice_sparring_status-answered = Відповідь надано
advice_sparring_status-closed = Завершено
