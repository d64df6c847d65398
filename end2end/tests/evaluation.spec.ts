import { test, expect, expectAccessible, issueCards, phone, scrollsSideways, waitForEnhancement, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";

async function answerAll(page: Page) {
  await page.getByRole("group", { name: "Hvor tilfreds er du alt i alt med forløbet?" }).getByLabel("Meget tilfreds").check();
  await page.getByRole("group", { name: "Hvor tilfreds er du med samarbejdet" }).getByLabel("Tilfreds", { exact: true }).check();
  await page.getByRole("group", { name: "Forløbet har gjort en positiv forskel for mit barn." }).getByLabel("Enig", { exact: true }).check();
  await page.getByRole("group", { name: "Jeg følte mig lyttet til og inddraget." }).getByLabel("Ved ikke").check();
}

test("a card is printed, its QR link opened on a phone, answered once and refused the second time", async ({ page, browser, consoleErrors }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  const links = await issueCards(page, 8);
  expect(links).toHaveLength(8);
  expect(links[0]).toMatch(/\/evaluering\?kode=[34679ACDEFGHJKMNPQRTUVWXY]{10}$/);
  await expectAccessible(page);
  // Chromium's print to PDF: the eight cards fill exactly one A4 page.
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

  const parent = await phone(browser);
  const errors: string[] = [];
  parent.on("pageerror", (e) => errors.push(String(e)));
  await parent.goto(links[0]);
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Evaluering af forløbet");
  expect(await scrollsSideways(parent)).toBe(false);
  await expectAccessible(parent);
  await waitForEnhancement(parent);

  // Checked in the browser: no reload, the summary gets focus and links to the questions.
  await parent.getByRole("button", { name: "Send svar" }).click();
  const summary = parent.locator("#error-summary");
  await expect(summary).toBeVisible();
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(4);
  await expect(parent).toHaveURL(links[0]);
  await expectAccessible(parent);
  await summary.getByRole("link").first().click();
  await expect(parent.getByLabel("Meget tilfreds").first()).toBeFocused();

  await answerAll(parent);
  await parent.getByLabel("Har du en kommentar? (frivilligt)").fill("Godt samarbejde.");
  await parent.getByRole("button", { name: "Send svar" }).click();
  await expect(parent).toHaveURL(/\/evaluering\/kvittering\?vis=/);
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Tak for dine svar");
  await expectAccessible(parent);

  await parent.goto(links[0]);
  await expect(parent.getByText("Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem")).toBeVisible();
  await expectAccessible(parent);
  // Whoever else opens the card's link (the one who printed it) cannot tell that it was used.
  const other = await phone(browser);
  await other.goto(links[0]);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Evaluering af forløbet");
  await expect(other.getByText("Koden er brugt")).toHaveCount(0);
  expect(errors).toEqual([]);
  expect(consoleErrors).toEqual([]);
});

test("switching to English keeps the answers already given", async ({ page, browser }) => {
  const [link] = await issueCards(page, 1);
  const parent = await phone(browser);
  await parent.goto(link);
  await parent.getByLabel("Meget tilfreds").first().check();
  await parent.getByLabel("Har du en kommentar? (frivilligt)").fill("Tak");
  await parent.getByRole("button", { name: "English" }).click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Evaluation of the course");
  await expect(parent.getByLabel("Very satisfied").first()).toBeChecked();
  await expect(parent.getByLabel("Any comment? (optional)")).toHaveValue("Tak");
  await expect(parent.locator("#error-summary")).toBeHidden();
  await expectAccessible(parent);
});

test.describe("without JavaScript", () => {
  test("the whole journey works as plain HTML forms", async ({ page, browser }) => {
    const [link] = await issueCards(page, 1);
    const parent = await phone(browser, false);
    await parent.goto(link);
    await parent.getByLabel("Meget tilfreds").first().check();
    await parent.getByLabel("Har du en kommentar? (frivilligt)").fill("Barnet har cpr 010203-1234");
    await parent.getByRole("button", { name: "Send svar" }).click();
    await expect(parent.getByText("Der er et problem")).toBeVisible();
    await expect(parent.getByText("ser ud til at indeholde et CPR-nummer", { exact: false }).first()).toBeVisible();
    await expect(parent.getByLabel("Meget tilfreds").first()).toBeChecked();
    // (axe-core needs JavaScript in the page; the same pages are checked in the tests above.)
    await answerAll(parent);
    await parent.getByLabel("Har du en kommentar? (frivilligt)").fill("");
    await parent.getByRole("button", { name: "Send svar" }).click();
    await expect(parent).toHaveURL(/\/evaluering\/kvittering\?vis=/);
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Tak for dine svar");
    await parent.goto(link);
    await expect(parent.getByText("Koden er brugt. Har du selv sendt dine svar med den, er de kommet frem")).toBeVisible();
  });
});

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`Enter on an answer sends the form, and reload, language and Back after it lose nothing (${how})`, async ({ page, browser }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const [link] = await issueCards(page, 1);
    // The sheet survives a reload (the codes are not issued again) and shows the same cards.
    // With JavaScript the sheet offers a print button (the server renders it hidden).
    await expect(page.getByRole("button", { name: "Udskriv" })).toBeVisible();
    const cards = await page.locator(".card-code").allTextContents();
    await page.reload();
    expect(await page.locator(".card-code").allTextContents()).toEqual(cards);

    const parent = await phone(browser, javaScriptEnabled);
    await parent.goto(link);
    if (javaScriptEnabled) await waitForEnhancement(parent);
    await answerAll(parent);
    // The phone keyboard's "Go" on the last answer: the answers go, not the header's "English".
    await parent.getByRole("group", { name: "Jeg følte mig lyttet til og inddraget." }).getByLabel("Ved ikke").press("Enter");
    await expect(parent).toHaveURL(/\/evaluering\/kvittering\?vis=/);
    const heading = parent.getByRole("heading", { level: 1 });
    await expect(heading).toHaveText("Tak for dine svar");
    await parent.reload();
    await expect(heading).toHaveText("Tak for dine svar");
    await parent.getByRole("link", { name: "English" }).click();
    await expect(heading).toHaveText("Thank you for your answers");
    // Back to the form: the code is spent, said as news, not as an error.
    await parent.goto(link);
    await expect(parent.getByText("This code has been used. If you sent your answers with it, they have arrived")).toBeVisible();
    await expect(parent.locator(".field-invalid")).toHaveCount(0);
  });
}

test("an empty code is asked for in the page's words, with and without JavaScript", async ({ browser }) => {
  for (const javaScriptEnabled of [true, false]) {
    const parent = await phone(browser, javaScriptEnabled);
    await parent.goto("/evaluering?lang=da");
    if (javaScriptEnabled) await waitForEnhancement(parent);
    await parent.getByLabel("Koden fra dit kort").press("Enter");
    await expect(parent.locator("#code-error")).toHaveText("Skriv koden fra dit kort.");
  }
});
