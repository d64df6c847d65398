import { readFileSync } from "node:fs";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { test, expect, expectAccessible, issueCards, phone, scrollsSideways, waitForEnhancement, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";

/** Every language the parents' journey ships, and the two written right to left. */
const LANGUAGES = ["da", "en", "ar", "tr", "so", "uk", "pl", "ur"];
const RIGHT_TO_LEFT = ["ar", "ur"];
/** The names the language switch shows. */
const NAMES: Record<string, string> = {
  da: "Dansk", en: "English", ar: "العربية", tr: "Türkçe", so: "Soomaali", uk: "Українська", pl: "Polski", ur: "اردو",
};

/** The one-line messages of a shipped catalogue file, read as a translator wrote them. */
function messages(lang: string, feature: string): Record<string, string> {
  const source = readFileSync(`${__dirname}/../../app/locales/${lang}/${feature}.ftl`, "utf8");
  const found: Record<string, string> = {};
  for (const line of source.split("\n")) {
    const m = /^([a-z_][a-z0-9_-]*) = (.+)$/.exec(line);
    if (m && !m[2].includes("{")) found[m[1]] = m[2];
  }
  return found;
}

/** What the QR code of the `index`th card on the sheet says, read from its pixels. */
async function decodeQr(page: Page, index: number): Promise<string> {
  const png = PNG.sync.read(await page.locator(".card-qr").nth(index).screenshot());
  const code = jsQR(Uint8ClampedArray.from(png.data), png.width, png.height);
  expect(code, "a readable QR code").not.toBeNull();
  return code!.data;
}

async function expectLanguage(page: Page, lang: string) {
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
  await expect(page.locator("html")).toHaveAttribute("dir", RIGHT_TO_LEFT.includes(lang) ? "rtl" : "ltr");
}

async function answerAll(page: Page) {
  for (const question of ["overall", "collaboration", "difference", "involved"]) {
    await page.locator(`input[name="${question}"]`).first().check();
  }
}

for (const lang of LANGUAGES) {
  test(`the parents' journey in ${lang}: card, QR code, form and receipt on a 360-pixel phone`, async ({ page, browser, consoleErrors }, testInfo) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const evaluation = messages(lang, "evaluation");
    const problems = messages(lang, "problems");

    // The card: printed in the language and in Danish (Danish and English for Danish), its
    // QR code holding a link that opens the form in that language.
    const hrefs = await issueCards(page, 2, lang);
    const links = [await decodeQr(page, 0), await decodeQr(page, 1)];
    expect(links).toEqual(hrefs);
    for (const link of links) {
      if (lang === "da") expect(link).not.toContain("lang=");
      else expect(new URL(link).searchParams.get("lang")).toBe(lang);
    }
    const card = page.locator(".card").first();
    await expect(card.locator(`.card-face[lang="${lang}"] h2`)).toHaveText(messages(lang, "evaluation")["card-heading"]);
    await expect(card.locator(`.card-face[lang="${lang === "da" ? "en" : "da"}"]`)).toBeVisible();
    if (RIGHT_TO_LEFT.includes(lang)) await expect(card.locator(`.card-face[lang="${lang}"]`)).toHaveAttribute("dir", "rtl");

    // With JavaScript: the browser's check speaks the language too.
    const parent = await phone(browser);
    await parent.goto(links[0]);
    await expectLanguage(parent, lang);
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText(evaluation["questionnaire-title"]);
    expect(await scrollsSideways(parent)).toBe(false);
    await expectAccessible(parent);
    await waitForEnhancement(parent);
    await parent.getByRole("button", { name: evaluation["questionnaire-submit"] }).click();
    const summary = parent.locator("#error-summary");
    await expect(summary).toBeFocused();
    await expect(summary.getByRole("link")).toHaveCount(4);
    await expect(summary.getByRole("link").first()).toContainText(problems["problem-unanswered"]);
    await answerAll(parent);
    await parent.locator('textarea[name="comment"]').fill("123 – ok");
    if (RIGHT_TO_LEFT.includes(lang)) {
      await parent.screenshot({ path: testInfo.outputPath(`${lang}-form.png`), fullPage: true });
    }

    // Switching language keeps what was typed, and switching back returns to the language.
    const other = lang === "en" ? "da" : "en";
    await parent.getByRole("button", { name: NAMES[other], exact: true }).click();
    await expectLanguage(parent, other);
    await expect(parent.locator('input[name="overall"]').first()).toBeChecked();
    await expect(parent.locator('textarea[name="comment"]')).toHaveValue("123 – ok");
    await parent.getByRole("button", { name: NAMES[lang], exact: true }).click();
    await expectLanguage(parent, lang);
    await expect(parent.locator('input[name="involved"]').first()).toBeChecked();

    await parent.getByRole("button", { name: evaluation["questionnaire-submit"] }).click();
    await expect(parent).toHaveURL(/\/evaluering\/kvittering\?vis=/);
    await expectLanguage(parent, lang);
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText(evaluation["questionnaire-receipt_title"]);
    expect(await scrollsSideways(parent)).toBe(false);
    await expectAccessible(parent);
    if (RIGHT_TO_LEFT.includes(lang)) {
      await parent.screenshot({ path: testInfo.outputPath(`${lang}-receipt.png`), fullPage: true });
    }

    // Without JavaScript: the server refuses in the language, then takes the answers.
    const plain = await phone(browser, false);
    await plain.goto(links[1]);
    await expectLanguage(plain, lang);
    expect(await scrollsSideways(plain)).toBe(false);
    await plain.getByRole("button", { name: evaluation["questionnaire-submit"] }).click();
    await expectLanguage(plain, lang);
    await expect(plain.locator("#error-summary")).toBeVisible();
    await expect(plain.locator("#error-summary").getByRole("link").first()).toContainText(problems["problem-unanswered"]);
    await answerAll(plain);
    await plain.getByRole("button", { name: evaluation["questionnaire-submit"] }).click();
    await expect(plain).toHaveURL(/\/evaluering\/kvittering\?vis=/);
    await expect(plain.getByRole("heading", { level: 1 })).toHaveText(evaluation["questionnaire-receipt_title"]);
    expect(await scrollsSideways(plain)).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
}

test("the front page and the privacy notice come in every language, right to left where the language is", async ({ page }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  for (const lang of LANGUAGES) {
    await page.goto(`/?lang=${lang}`);
    await expectLanguage(page, lang);
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByRole("link", { name: messages(lang, "common")["common-privacy_link"] }).click();
    await expectLanguage(page, lang);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(messages(lang, "privacy")["privacy-title"]);
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
  }
});

test("a municipality's override from its data folder shows without a rebuild", async ({ page }) => {
  // playwright.config.ts writes tr/landing.ftl into the journeys server's data folder.
  await page.goto("/?lang=tr");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Demo Kommune'de çocuklar ve aileler için erken yardım");
});
