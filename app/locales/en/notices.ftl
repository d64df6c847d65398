### Tidlig – one-time notices after a staff member's action (English, en).
### Reviewed by a native speaker: no

notice-password_changed = Your password has been changed.
notice-staff_created = { $name } has been added as staff.
notice-staff_updated = The details of { $name } have been saved.
notice-staff_deactivated = { $name } has been deactivated and logged out everywhere.
notice-staff_reactivated = { $name } is active again.
notice-password_reset = { $name } has a one-time password and must choose a new one at the next login.
notice-institution_created = { $name } has been added.
notice-institution_updated = { $name } has been saved.
notice-sparring_assigned = Request #{ $id } is assigned to { $name }.
notice-sparring_meeting_proposed = The meeting has been proposed to the asker of request #{ $id }.
notice-sparring_message_sent = The message has been sent to the asker of request #{ $id }.
notice-sparring_closed = Request #{ $id } has been closed.
notice-settings_saved = The settings have been saved.
notice-course_saved = Course { $reference } has been saved.
notice-figures_corrected = The figures have been published again as version { $version }; earlier versions are kept.
notice-figures_unchanged = Nothing behind the figures has changed since { $day }; the page is unchanged.
notice-target_saved = The target has been saved. Its status is under the figures below.
notice-target_removed = The target has been removed.
notice-offer_saved = The offer “{ $name }” has been saved.
notice-preventive_kinds_saved = The kinds of step that count as preventive are saved. Goal 2 works out the preventive share by them.
