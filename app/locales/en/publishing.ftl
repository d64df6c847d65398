### Tidlig – what the municipality publishes: the administrator's form (English, en).
### Reviewed by a native speaker: no

publishing-title = The municipality's details
publishing-intro = What the portal tells citizens about the municipality: who the data controller is and how to reach them (in the privacy notices), the municipality's page for notifications, the accessibility statement and the languages parents may choose.
publishing-controller = Data controller
publishing-controller_hint = The municipality's name and address, e.g. “Eksempel Kommune, Torvet 1, 4000 Eksempelby”.
publishing-contact = Contact the municipality
publishing-contact_hint = An e-mail address or phone number citizens can use.
publishing-dpo = Data protection officer (DPO)
publishing-dpo_hint = How to reach the DPO, e.g. dpo@kommune.dk.
publishing-notification_url = The municipality's page for notifications
publishing-notification_url_hint = Where a professional notifies the municipality, e.g. https://kommune.dk/underret. Shown on the sparring page and in the team's replies.
publishing-accessibility_url = Accessibility statement
publishing-accessibility_url_hint = The address of the statement in the Agency for Digital Government's WAS tool. The link is at the foot of every page.
publishing-languages = Languages parents may choose
publishing-languages_hint = Danish is always offered. The translations have not been reviewed by a native speaker unless the Languages page says so.
publishing-save = Save the details
