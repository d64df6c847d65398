### Tidlig – the duty to notify, said before a professional asks for sparring (English, en).
### Reviewed by a native speaker: no

duty_to_notify-title = Sparring is not a notification
duty_to_notify-body = Anonymous sparring is advice from the FI team about a child you do not name. It is not a notification. If you have reason to believe that a child or young person may need special support, your heightened duty to notify under the Danish Children's Act (skærpet underretningspligt, Barnets Lov) still applies – whatever you write here.
duty_to_notify-link = Notify the municipality
duty_to_notify-no_link = Ask your manager how to notify the municipality.
