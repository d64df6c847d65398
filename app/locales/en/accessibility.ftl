### Tidlig – accessibility: what the portal is checked against (English, en).
### Reviewed by a native speaker: no

accessibility-title = Accessibility in Tidlig
accessibility-intro = The municipality's accessibility statement for the portal is in the Agency for Digital Government's WAS tool. Here you can see which requirements of WCAG 2.1 level AA the portal's automatic tests check every time the portal changes.
accessibility-statement_link = Read the municipality's accessibility statement
accessibility-no_statement = The municipality has not yet given its accessibility statement. Contact the municipality if you need it.
accessibility-checks_heading = What the tests check
accessibility-check-1 = Every WCAG 2.0 and 2.1 rule for levels A and AA that axe-core can decide, on every page tested in a browser – with no violations.
accessibility-check-2 = The pages can be used on a phone 360 pixels wide without scrolling sideways.
accessibility-check-3 = The forms work without JavaScript. An error is shown at its field and in a summary at the top, which takes the focus.
accessibility-check-4 = The forms can be filled in and sent with the keyboard alone; Enter and the phone's “Go” send them.
accessibility-check-5 = Every page says which language it is in; Arabic and Urdu run right to left, while codes and numbers still read left to right.
accessibility-check-6 = Switching language in the middle of a form keeps what was typed.
accessibility-check-7 = Every page has a link that skips to the content, and regions for header, navigation, content and footer.
accessibility-check-8 = Staff are told five minutes before they are logged out and can stay logged in.
accessibility-contact = If you meet problems with accessibility, write to the municipality: { $contact }
