### Tidlig – the front page (Ukrainian, uk).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = Рання допомога дітям і родинам
landing-intro = Fælles Indsats (Спільні зусилля) об’єднує батьків, дитячий садок, денну няню, школу та команду FI муніципалітету навколо дитини ще до того, як занепокоєння посилиться.
landing-parents_heading = Оцініть курс підтримки
landing-parents_body = Для батьків: ви отримали картку з кодом після курсу підтримки? Введіть код і дайте відповідь на чотири короткі запитання. Ваші відповіді анонімні.
landing-advice_heading = Запитайте анонімно про свою дитину
landing-advice_body = Для батьків, молоді та інших дорослих: поставте команді FI запитання про дитину, за яку ви хвилюєтеся, — не називаючи свого імені.
landing-advice_link = Поставити запитання
landing-advice_receipt_link = Маєте код підтвердження? Прочитайте відповідь
landing-sparring_heading = Анонімна консультація
landing-sparring_body = Для вихователів, денних нянь і вчителів: отримайте пораду від команди FI щодо дитини, за яку ви хвилюєтеся, — не називаючи дитину.
landing-sparring_link = Попросити консультацію
landing-sparring_receipt_link = Маєте код підтвердження? Прочитайте відповідь
landing-offers_link = Перегляньте пропозиції муніципалітету для дітей, молоді та сімей
landing-staff_heading = Увійти
landing-staff_body = Для команди FI, керівників проєктів та адміністраторів.
landing-staff_link = Вхід для працівників
