### Tidlig – why a field was refused, as people read it beside the field (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

problem-required = Заповніть це поле.
problem-too_long = Введіть щонайбільше { $max ->
        [one] { $max } символ
        [few] { $max } символи
        [many] { $max } символів
       *[other] { $max } символу
    }.
problem-too_short = Введіть щонайменше { $min ->
        [one] { $min } символ
        [few] { $min } символи
        [many] { $min } символів
       *[other] { $min } символу
    }.
problem-code_length = Код має 10 символів. Ви ввели { $found ->
        [one] { $found } символ
        [few] { $found } символи
        [many] { $found } символів
       *[other] { $found } символу
    }.
problem-code_character = Коди не містять символу «{ $found }». Перевірте картку: у кодах ніколи не використовуються 0, O, 1, I, L, 2, Z, 5, S, 8 і B.
problem-code_unknown = Ми не можемо знайти цей код. Перевірте, чи ви ввели його так, як на картці.
problem-day_in_future = Ця дата ще не настала. Зазначайте лише те, що вже відбулося.
problem-day_before_start = Ця дата раніша за початок курсу.
problem-code_missing = Введіть код із вашої картки.
problem-code_used = Цей код уже використано. Якщо ви самі надіслали з ним свої відповіді, вони надійшли — дякуємо. Кожен код можна використати лише один раз.
problem-code_expired = Термін дії коду минув. Зверніться до команди FI, якщо ви все ж хочете оцінити курс підтримки.
problem-code_for_parents = Цей код призначений для оцінювання батьками. Введіть його на головній сторінці в розділі «Оцініть курс підтримки».
problem-code_for_professionals = Цей код призначений для оцінювання фахівцями. Скористайтеся ним за адресою з картки: /evaluering/fagperson.
problem-email = Введіть адресу електронної пошти, наприклад navn@kommune.dk.
problem-not_a_choice = Виберіть один із варіантів.
problem-login_failed = Неправильна електронна пошта або пароль.
problem-throttled = Забагато спроб. Спробуйте ще раз через { $minutes ->
        [one] { $minutes } хвилину
        [few] { $minutes } хвилини
        [many] { $minutes } хвилин
       *[other] { $minutes } хвилини
    }.
problem-wait = Забагато невдалих спроб поспіль. Зачекайте { $seconds ->
        [one] { $seconds } секунду
        [few] { $seconds } секунди
        [many] { $seconds } секунд
       *[other] { $seconds } секунди
    } і спробуйте ще раз.
problem-busy = Сервер зараз перевантажений. Спробуйте ще раз за мить — нічого не збережено.
problem-common_password = Цей пароль — один із найпоширеніших, його легко вгадати. Виберіть інший, наприклад три-чотири випадкові слова.
problem-password_wrong = Поточний пароль неправильний.
problem-password_mismatch = Два нові паролі не збігаються.
problem-email_taken = Працівник із цією електронною поштою вже існує.
problem-name_taken = Заклад із такою назвою вже існує.
problem-last_admin = Має бути щонайменше один активний адміністратор.
problem-unanswered = Виберіть відповідь.
problem-contains_cpr = Схоже, текст містить номер CPR. Видаліть його — ніколи не пишіть номерів CPR чи імен.
problem-receipt_format = Код підтвердження має 16 цифр, наприклад 1234 5678 9012 3456.
problem-receipt_unknown = Ми не можемо знайти звернення з цим кодом. Перевірте код — або, можливо, текст уже видалено.
problem-phone = Введіть номер телефону з 8 цифр.
problem-looks_like_contact = Схоже, текст містить адресу електронної пошти або номер телефону. Видаліть її, якщо за нею можна впізнати родину, — або підтвердьте нижче, що все гаразд.
problem-date = Введіть дату у форматі 2026-12-01.
problem-time = Введіть час у форматі 09:30.
problem-unknown_institution = Цього закладу немає в списку — напишіть назву точно так, як у списку.
problem-course_mismatch = Дані про курс у цьому рядку не збігаються з першим рядком цього курсу.
problem-csv_format = Файл не вдається прочитати як CSV.
problem-missing_column = У першому рядку бракує цього стовпця.
problem-date_order = Ця дата раніша за початок курсу.
problem-out_of_range = Має бути від { $min } до { $max }.
problem-unknown_step = Цього кроку немає на драбині заходів — спершу імпортуйте кроки.
problem-unknown_kind = Такого виду кроку немає — спершу імпортуйте види або використайте preventive чи placement.
problem-duplicate_line = Цей рядок повторює один із попередніх.
problem-not_a_number = Введіть ціле число.
problem-whole_number_from = Введіть ціле число від { $min } до { $max }.
problem-too_many = Щонайбільше { $max }.
problem-web_address = Введіть вебадресу, що починається з https://
problem-negative = Число не може бути від’ємним.
problem-not_a_figure = Введіть число, наприклад 7908 або 54,6.
problem-no_year_in_column = Назва стовпця має закінчуватися роком, наприклад march_2016.
problem-unknown_age = Введіть один вік, наприклад 7 år.
problem-unknown_period = Введіть рік, квартал або місяць, наприклад 2024K1.
problem-other_area = Рядок стосується іншої території, ніж перший рядок файлу.
