### Tidlig – the front page (Urdu, ur).
### Reviewed by a native speaker: no
### Machine translation from the Danish and English; have it reviewed before a municipality relies on it.

landing-title = Tidlig – Fælles Indsats
landing-heading = بچوں اور خاندانوں کے لیے بروقت مدد
landing-intro = Fælles Indsats والدین، ڈے کیئر، گھریلو ڈے کیئر، اسکول اور بلدیہ کی FI ٹیم کو ایک بچے کے لیے اکٹھا کرتا ہے، اس سے پہلے کہ فکر بڑھ جائے۔
landing-parents_heading = معاونت کا جائزہ دیں
landing-parents_body = والدین کے لیے: کیا معاونت ختم ہونے کے بعد آپ کو کوڈ والا کارڈ ملا ہے؟ کوڈ لکھیں، اور چار مختصر سوالوں کے جواب دیں۔ آپ کے جوابات گمنام ہیں۔
landing-advice_heading = اپنے بچے کے بارے میں گمنام طور پر پوچھیں
landing-advice_body = والدین، نوجوانوں اور دوسرے بالغوں کے لیے: جس بچے کے بارے میں آپ فکرمند ہیں، اس کے بارے میں FI ٹیم سے سوال پوچھیں – اپنا نام لکھے بغیر۔
landing-advice_link = سوال پوچھیں
landing-advice_receipt_link = کیا آپ کے پاس رسید کوڈ ہے؟ جواب پڑھیں
landing-sparring_heading = گمنام مشاورت
landing-sparring_body = پیڈاگوگز، گھریلو ڈے کیئر والوں اور اساتذہ کے لیے: جس بچے کے بارے میں آپ فکرمند ہیں، اس کے بارے میں FI ٹیم سے مشورہ لیں – بچے کا نام لیے بغیر۔
landing-sparring_link = مشاورت کی درخواست کریں
landing-sparring_receipt_link = کیا آپ کے پاس رسید کوڈ ہے؟ جواب پڑھیں
landing-offers_link = بچوں، نوجوانوں اور خاندانوں کے لیے بلدیہ کی پیشکشیں دیکھیں
landing-staff_heading = لاگ ان
landing-staff_body = FI ٹیم، پروجیکٹ منیجرز اور منتظمین کے لیے۔
landing-staff_link = عملے کا لاگ ان
