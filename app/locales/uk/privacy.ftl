### Tidlig – the privacy notice for parents (GDPR article 13) (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

privacy-title = Як ми обробляємо інформацію, коли ви оцінюєте курс підтримки
privacy-intro = Тут ви можете прочитати, що зберігає портал, коли ви відповідаєте на запитання оцінювання, і чому ніхто не може побачити, хто відповідав.
privacy-controller_heading = Хто відповідає за дані
privacy-controller = Контролер даних (відповідальний за обробку даних): { $controller }.
privacy-contact = Зв’язатися з муніципалітетом можна тут: { $contact }.
privacy-dpo = Зв’язатися з уповноваженим із захисту даних муніципалітету можна тут: { $dpo }.
privacy-stored_heading = Що ми зберігаємо
privacy-stored = Ми зберігаємо ваші відповіді на запитання і ваш коментар, якщо ви його напишете. Ми не зберігаємо ваше ім’я, ваш код, вашу IP-адресу, ваш браузер чи час — лише місяць і те, де проходив курс підтримки: у дитячому садку, у денної няні чи в школі.
privacy-anonymous_heading = Ваші відповіді анонімні
privacy-anonymous = Ніхто — навіть муніципалітет — не може побачити, хто відповідав. Результати оцінювань показуються лише для груп щонайменше з { $threshold ->
        [one] { $threshold } відповіді
        [few] { $threshold } відповідей
        [many] { $threshold } відповідей
       *[other] { $threshold } відповіді
    }. Відповіді зберігаються лише тоді, коли місяць закрито і їх змішано з відповідями інших.
privacy-kept_heading = Як довго
privacy-kept = Код із вашої картки можна використати протягом { $code_days ->
        [one] { $code_days } дня
        [few] { $code_days } днів
        [many] { $code_days } днів
       *[other] { $code_days } дня
    }. Ваші відповіді зберігаються як анонімні числові дані. Коментар видаляється через { $comment_months ->
        [one] { $comment_months } місяць
        [few] { $comment_months } місяці
        [many] { $comment_months } місяців
       *[other] { $comment_months } місяця
    } після закриття місяця, у якому його написали.
privacy-language = Вибрана вами мова зберігається у файлі cookie на вашому телефоні й ніколи не зберігається разом із вашими відповідями.
privacy-rights_heading = Ваші права
privacy-rights = Оскільки відповіді анонімні, ми не можемо знайти, виправити чи видалити саме ваші відповіді — це частина вашого захисту, як передбачає стаття 11 Загального регламенту захисту даних (GDPR). Ви завжди можете подати скаргу до Datatilsynet (данського органу із захисту даних), datatilsynet.dk.
privacy-others = Ви фахівець і просите консультацію або працюєте в муніципалітеті? Прочитайте про це тут:
privacy-askers_link = Фахівцям: консультація та оцінювання
privacy-staff_link = Працівникам порталу
