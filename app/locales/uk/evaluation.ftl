### Tidlig – the parents' evaluation: code entry, questionnaire, receipt and the printed card (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

## Entering the code from the card

code_entry-label = Код із вашої картки
code_entry-hint = 10 символів, наприклад K7QM-4XPR-TW. Великі чи малі літери — неважливо.
code_entry-submit = Почати оцінювання
code_entry-page_title = Оцініть курс підтримки
code_entry-page_intro = Введіть код із картки, яку ви отримали після завершення курсу підтримки. Код можна використати один раз, і ваші відповіді неможливо пов’язати з вами.

## The questionnaire and the receipt

questionnaire-title = Оцінювання курсу підтримки
questionnaire-intro = Чотири короткі запитання та поле для коментаря, якщо бажаєте. Ваші відповіді зберігаються без імені, коду й часу — лише місяць і те, де проходив курс: у дитячому садку, у денної няні чи в школі.
questionnaire-overall = Наскільки ви загалом задоволені курсом підтримки?
questionnaire-collaboration = Наскільки ви задоволені співпрацею та діалогом під час курсу?
questionnaire-difference = Курс підтримки позитивно вплинув на мою дитину.
questionnaire-involved = Мене вислуховували й залучали.
questionnaire-comment = Маєте коментар? (необов’язково)
questionnaire-comment_hint = Не пишіть імен чи номерів CPR (данський персональний ідентифікаційний номер). Щонайбільше 2000 символів.
questionnaire-short-1 = Задоволеність курсом
questionnaire-short-2 = Співпраця та діалог
questionnaire-short-3 = Позитивний вплив на дитину
questionnaire-short-4 = Вислуховування й залучення
questionnaire-short-5 = Коментар
questionnaire-satisfaction-1 = Дуже задоволений(-а)
questionnaire-satisfaction-2 = Задоволений(-а)
questionnaire-satisfaction-3 = Частково задоволений(-а)
questionnaire-satisfaction-4 = Незадоволений(-а)
questionnaire-satisfaction-5 = Дуже незадоволений(-а)
questionnaire-agreement-1 = Повністю погоджуюся
questionnaire-agreement-2 = Погоджуюся
questionnaire-agreement-3 = Ні погоджуюся, ні не погоджуюся
questionnaire-agreement-4 = Не погоджуюся
questionnaire-agreement-5 = Зовсім не погоджуюся
questionnaire-agreement-6 = Не знаю
questionnaire-submit = Надіслати відповіді
questionnaire-receipt_title = Дякуємо за ваші відповіді
questionnaire-receipt_body = Ваші відповіді збережено. Код більше не можна використати.
questionnaire-receipt_after = Відповіді враховуються у звіті муніципалітету про Fælles Indsats разом із відповідями інших батьків. Ніхто не може побачити, хто відповідав. Тепер можна закрити сторінку.
questionnaire-receipt_unknown = Ця сторінка показує підтвердження лише одразу після того, як ви надіслали відповіді. Якщо у вас є картка з кодом, введіть код тут.

## The printed card (the side in the family's language; the Danish side is always printed too)

card-heading = Як пройшов ваш курс підтримки?
card-how = Відскануйте QR-код або перейдіть за адресою та введіть код:
card-anonymity = Код не пов’язаний з вашим ім’ям — ніхто не може побачити, хто відповідав.
card-valid_until = Дійсний до
card-qr_label = QR-код із посиланням на оцінювання
