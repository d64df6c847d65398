### Tidlig – texts around every page: header, footer, error pages (English, en).
### Reviewed by a native speaker: no

common-skip_to_content = Skip to content
common-programme = Joint Effort (Fælles Indsats)
common-language_nav = Language
common-footer_anonymity = Parents' evaluations and anonymous consultations cannot be traced back to the child or the family.
common-not_found_title = Page not found
common-not_found_body = We cannot find the page you are looking for. Check the address, or go to the front page.
common-back_to_front = Go to the front page
common-error_summary_title = There is a problem
common-try_again = Something went wrong on our side. Please try again shortly.
common-send = Send
common-error_title = Error
common-print = Print
common-current_language = Current language
common-privacy_link = How we handle information
common-accessibility_link = Accessibility statement
