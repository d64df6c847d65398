//! The parents' languages, the cards in them, and the pages a municipality must publish: the
//! privacy notices written from the settings in force and the duty to notify on sparring.

use app::{
    domain::{Area, Lang, Role},
    i18n::catalogue::text,
};
use chrono::Utc;

use crate::{
    common::TestApp,
    evaluation::{form, ANSWERS},
};

async fn count(app: &TestApp, sql: &str) -> i64 {
    sqlx::query_scalar(sql)
        .fetch_one(app.db().pool())
        .await
        .expect("count")
}

/// The administrator's form of published details, with `changes` over sensible values (every
/// language offered unless `changes` names some).
fn publishing<'a>(changes: &[(&'a str, &'a str)]) -> Vec<(&'a str, &'a str)> {
    let mut fields = vec![
        ("languages", "en"),
        ("languages", "ar"),
        ("languages", "tr"),
        ("languages", "so"),
        ("languages", "uk"),
        ("languages", "pl"),
        ("languages", "ur"),
        ("controller", "Eksempel Kommune, Torvet 1, 4000 Eksempelby"),
        ("contact", "kommune@eksempel.dk"),
        ("dpo", "dpo@eksempel.dk"),
        ("notification_url", "https://eksempel.dk/underret"),
        ("accessibility_url", "https://was.digst.dk/eksempel"),
    ];
    fields.retain(|(name, _)| !changes.iter().any(|(changed, _)| changed == name));
    fields.extend_from_slice(changes);
    fields
}

/// `n` as Fluent shows a number placed in Arabic or Urdu text: isolated, so that it keeps
/// its own direction.
fn isolated(n: impl std::fmt::Display) -> String {
    format!("\u{2068}{n}\u{2069}")
}

on_both_backends! {
    async fn an_arabic_parent_answers_right_to_left_and_the_answer_keeps_no_language(app: TestApp) {
        let code = app.issue_codes(Area::Skole, Utc::now().date_naive(), 60, 1).await.remove(0);
        let (status, html) = app.get_text(&format!("/evaluering?kode={}&lang=ar", code.as_str())).await;
        assert_eq!(status, 200);
        assert!(html.contains("<html lang=\"ar\" dir=\"rtl\">"), "{html}");
        assert!(html.contains(&text(Lang::Ar, "questionnaire-title", &[])));
        // The page's own texts only: no other language's questionnaire rides along.
        assert!(!html.contains(&text(Lang::Ur, "questionnaire-title", &[])));
        // The switch offers every other language, each marked with its own language.
        assert!(html.contains("value=\"ur\" formnovalidate lang=\"ur\" dir=\"rtl\""));

        let response = app.post_form("/evaluering", &form(&code.grouped(), &ANSWERS)).await;
        let (status, receipt) = app.get_text(&TestApp::location(&response)).await;
        assert_eq!(status, 200);
        assert!(receipt.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(receipt.contains(&text(Lang::Ar, "questionnaire-receipt_title", &[])));
        let row: (String, i64, String, Option<String>) = sqlx::query_as(
            "SELECT area, COUNT(*), MIN(overall), MIN(comment) FROM evaluations_pending GROUP BY area",
        )
        .fetch_one(app.db().pool())
        .await
        .expect("the answer");
        assert_eq!(row, ("skole".into(), 1, "very_satisfied".into(), Some("Tak for hjælpen.".into())));
    }

    async fn a_third_language_falls_back_to_english_where_a_page_is_danish_and_english(app: TestApp) {
        let (_, html) = app.get_text("/login?lang=ar").await;
        assert!(html.contains("<html lang=\"en\" dir=\"ltr\">"), "{html}");
        assert!(!html.contains("العربية"), "the staff pages offer Danish and English only");
        // The front page, a parents' page, is in Arabic for the same reader.
        let (_, front) = app.get_text("/").await;
        assert!(front.contains("<html lang=\"ar\" dir=\"rtl\">"));
    }

    async fn the_administrator_chooses_the_parents_languages_and_a_bad_address_changes_nothing(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let refused = app
            .post_from(&client, "/admin/indstillinger/kommune", &publishing(&[("notification_url", "eksempel.dk/underret"), ("languages", "ar")]))
            .await;
        assert_eq!(refused.status(), 422);
        let page = refused.text().await.expect("page");
        assert!(page.contains(&text(Lang::Da, "problem-web_address", &[])), "{page}");
        assert_eq!(count(&app, "SELECT COUNT(*) FROM settings WHERE key LIKE 'publishing_%'").await, 0);

        let languages: Vec<(&str, &str)> = ["en", "ar", "tr", "so", "uk", "pl"].map(|l| ("languages", l)).to_vec();
        let saved = app.post_from(&client, "/admin/indstillinger/kommune", &publishing(&languages)).await;
        assert_eq!(saved.status(), 303);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM audit_log WHERE action = 'setting_changed'").await, 1);
        // Urdu is no longer offered: a reader who asks for it gets English, and no switch shows it.
        let (_, front) = app.get_text("/?lang=ur").await;
        assert!(front.contains("<html lang=\"en\""), "{front}");
        assert!(!front.contains("اردو"));
        let (_, front) = app.get_text("/?lang=pl").await;
        assert!(front.contains("<html lang=\"pl\""));
    }

    async fn the_privacy_notices_say_what_the_settings_say(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let settings = [("retention_days", "90"), ("stale_days", "120"), ("answer_days", "2"), ("comment_months", "7"), ("threshold", "6")];
        assert_eq!(app.post_from(&client, "/admin/indstillinger", &settings).await.status(), 303);
        assert_eq!(app.post_from(&client, "/admin/indstillinger/kommune", &publishing(&[])).await.status(), 303);

        let (status, parents) = app.get_text("/privatliv").await;
        assert_eq!(status, 200);
        assert!(parents.contains("Eksempel Kommune, Torvet 1, 4000 Eksempelby"));
        assert!(parents.contains("dpo@eksempel.dk"));
        assert!(parents.contains(&"7 måneder".to_owned()), "{parents}");
        assert!(parents.contains(&"mindst 6 svar".to_owned()));
        let days = app.state.settings.code_valid_days;
        assert!(parents.contains(&format!("{days} dage")));
        let (_, arabic) = app.get_text("/privatliv?lang=ar").await;
        assert!(arabic.contains("<html lang=\"ar\" dir=\"rtl\">"));
        assert!(arabic.contains(&isolated(7)) && arabic.contains("Eksempel Kommune, Torvet 1"));

        let (_, askers) = app.get_text("/privatliv/fagpersoner?lang=da").await;
        assert!(askers.contains(&"90 dage efter".to_owned()), "{askers}");
        assert!(askers.contains(&"120 dage".to_owned()));
        let (_, staff) = app.get_text("/privatliv/medarbejdere").await;
        assert!(staff.contains(&format!("{} minutter", app::domain::access::IDLE_MINUTES)));
        // Every page links the parents' notice and the statement the administrator gave.
        let (_, login) = app.get_text("/login").await;
        assert!(login.contains("href=\"/privatliv\"") && login.contains("href=\"https://was.digst.dk/eksempel\""));
    }

    async fn the_sparring_page_says_it_is_no_notification_and_links_the_municipalitys_page(app: TestApp) {
        let (_, before) = app.get_text("/sparring").await;
        assert!(before.contains(&text(Lang::Da, "duty_to_notify-title", &[])));
        assert!(before.contains(&text(Lang::Da, "duty_to_notify-no_link", &[])));
        let notice = before.find("duty-to-notify").expect("the notice");
        let form = before.find("action=\"/sparring\"").expect("the form");
        assert!(notice < form, "said before anything is typed");

        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        app.post_from(&client, "/admin/indstillinger/kommune", &publishing(&[])).await;
        let (_, after) = app.get_text("/sparring").await;
        assert!(after.contains("<a href=\"https://eksempel.dk/underret\">"));
    }

    async fn a_card_in_arabic_links_to_the_arabic_form_and_a_language_we_lack_issues_nothing(app: TestApp) {
        let team = app.add_staff(Role::Team, false).await;
        let client = app.client_for(&team).await;
        let refused = app.post_from(&client, "/team/koder", &[("area", "skole"), ("count", "2"), ("language", "xx")]).await;
        assert_eq!(refused.status(), 422);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM evaluation_codes").await, 0);

        let issued = app.post_from(&client, "/team/koder", &[("area", "skole"), ("count", "2"), ("language", "ar")]).await;
        let (status, sheet) = app.follow(&client, issued).await;
        assert_eq!(status, 200);
        assert_eq!(count(&app, "SELECT COUNT(*) FROM evaluation_codes").await, 2);
        assert_eq!(sheet.matches("&amp;lang=ar\"").count(), 2, "each card's link opens Arabic");
        let face: String = sheet.find("card-face").map_or_else(String::new, |at| sheet[at..].chars().take(200).collect());
        assert!(
            sheet.contains(&format!("<div lang=\"ar\" dir=\"rtl\" class=\"card-face\"><h2>{}</h2>", text(Lang::Ar, "card-heading", &[]))),
            "{face}"
        );
        assert!(sheet.contains(&format!("<div lang=\"da\" dir=\"ltr\" class=\"card-face\"><h2>{}</h2>", text(Lang::Da, "card-heading", &[]))));
        assert!(!sheet.contains("lang=\"en\" dir=\"ltr\" class=\"card-face\""), "an Arabic card is Arabic and Danish");
    }

    async fn the_administrator_reviews_a_translation_beside_the_danish_and_downloads_it(app: TestApp) {
        let admin = app.add_staff(Role::Admin, false).await;
        let client = app.client_for(&admin).await;
        let (status, list) = app.get_from(&client, "/admin/sprog").await;
        assert_eq!(status, 200);
        assert!(list.contains("<span lang=\"ar\" dir=\"rtl\">العربية</span>"), "{list}");
        let (status, arabic) = app.get_from(&client, "/admin/sprog/ar").await;
        assert_eq!(status, 200);
        assert!(arabic.contains("<code>questionnaire-title</code>"));
        assert!(arabic.contains(&text(Lang::Da, "questionnaire-title", &[])));
        assert!(arabic.contains(&text(Lang::Ar, "questionnaire-title", &[])));

        let file = client.get(app.url("/admin/sprog/ar/evaluation.ftl")).send().await.expect("GET");
        assert_eq!(file.status(), 200);
        assert_eq!(file.headers()["content-type"], "text/plain; charset=utf-8");
        let shipped = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../app/locales/ar/evaluation.ftl"))
            .expect("the shipped file");
        assert_eq!(file.text().await.expect("body"), shipped);
        let missing = client.get(app.url("/admin/sprog/ar/admin.ftl")).send().await.expect("GET");
        assert_eq!(missing.status(), 404);

        let team = app.add_staff(Role::Team, false).await;
        let team = app.client_for(&team).await;
        let refused = team.get(app.url("/admin/sprog/ar/evaluation.ftl")).send().await.expect("GET");
        assert_eq!(refused.status(), 403);
    }
}
