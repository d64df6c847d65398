### Tidlig – texts around every page: header, footer, error pages (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

common-skip_to_content = Перейти до вмісту
common-programme = Fælles Indsats (Спільні зусилля)
common-language_nav = Мова
common-footer_anonymity = Оцінки батьків і анонімні консультації неможливо пов’язати з дитиною чи родиною.
common-not_found_title = Сторінку не знайдено
common-not_found_body = Ми не можемо знайти сторінку, яку ви шукаєте. Перевірте адресу або перейдіть на головну сторінку.
common-back_to_front = На головну сторінку
common-error_summary_title = Виникла проблема
common-try_again = На нашому боці сталася помилка. Спробуйте ще раз трохи згодом.
common-send = Надіслати
common-error_title = Помилка
common-print = Друкувати
common-current_language = Поточна мова
common-privacy_link = Як ми обробляємо інформацію
common-accessibility_link = Заява про доступність
