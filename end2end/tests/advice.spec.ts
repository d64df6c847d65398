import { test, expect, expectAccessible, scrollsSideways, phone, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";

// Citizens' anonymous advice (issue 19): a parent asks on a phone without a name, switches
// language mid-way, reads the team's reply with the receipt and rates it once it is closed.

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };

async function logIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

/** The team opens the newest citizen's question from the inbox, listed apart. */
async function openNewestQuestion(page: Page) {
  await page.goto("/team/sparring");
  await page.getByLabel("Hvem spørger").selectOption({ label: "Borgere – anonym rådgivning" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page.getByRole("heading", { name: "Fagpersoner – anonym sparring" })).toHaveCount(0);
  await page.locator("table a").first().click();
}

async function openWithReceipt(parent: Page, receipt: string) {
  await parent.goto("/raad/kvittering?lang=da");
  await parent.getByLabel("Kvitteringskode").fill(receipt);
  await parent.getByRole("button", { name: "Åbn spørgsmålet" }).click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Dit spørgsmål");
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`a parent asks anonymously, reads the reply with the receipt and rates it (${how})`, async ({ page, browser }) => {
    test.setTimeout(JOURNEY_TIMEOUT * 2);
    const parent = await phone(browser, javaScriptEnabled);
    const question = javaScriptEnabled
      ? "Vores søn på fire år vil ikke i børnehave og græder hver morgen ved døren."
      : "Vores datter på fire år slår sin lillebror, når hun bliver vred, hvad gør vi?";
    await parent.goto("/");
    await parent.getByRole("link", { name: "Stil et spørgsmål" }).click();
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Spørg FI-teamet anonymt");
    expect(await scrollsSideways(parent)).toBe(false);
    if (javaScriptEnabled) await expectAccessible(parent);
    await expect(parent.getByLabel("Arbejdstelefon")).toHaveCount(0);
    await parent.getByRole("group", { name: "Hvem er du?" }).getByLabel("Forælder", { exact: true }).check();
    await parent.getByRole("group", { name: "Hvor gammelt er barnet?" }).getByLabel("3–5 år").check();
    await parent.getByLabel("Adfærd").check();
    await parent.getByLabel("Dit spørgsmål").fill(question);
    // Switching language mid-way keeps what was typed and sends nothing.
    await parent.getByRole("button", { name: "English" }).click();
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Ask the FI team anonymously");
    await expect(parent.getByLabel("Your question")).toHaveValue(question);
    await expect(parent.getByRole("group", { name: "Who are you?" }).getByLabel("Parent", { exact: true })).toBeChecked();
    await parent.getByRole("button", { name: "Dansk" }).click();
    await parent.getByRole("button", { name: "Send spørgsmålet" }).click();
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Dit spørgsmål er sendt");
    const receipt = (await parent.locator(".receipt-code").textContent())?.trim() ?? "";
    expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
    if (javaScriptEnabled) await expectAccessible(parent);
    await parent.reload();
    await expect(parent.locator(".receipt-code")).toHaveText(receipt);
    await parent.goBack();
    await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Spørg FI-teamet anonymt");

    // The team answers and points to an offer of the catalogue.
    await logIn(page);
    await openNewestQuestion(page);
    await expect(page.getByText(question)).toBeVisible();
    await expect(page.getByText("Forælder").first()).toBeVisible();
    const reply = "Tak for dit spørgsmål. Prøv en fast og kort afskedsrutine om morgenen.";
    await page.getByRole("textbox", { name: "Skriv til spørgeren" }).fill(reply);
    await page.getByRole("group", { name: "Peg på tilbud fra kataloget" }).getByLabel("Stepping Stones").check();
    await page.getByRole("button", { name: "Send besked" }).click();
    await expect(page.getByText(reply)).toBeVisible();

    await openWithReceipt(parent, receipt);
    await expect(parent.getByText(reply)).toBeVisible();
    await expect(parent.getByRole("link", { name: "Stepping Stones" })).toBeVisible();
    expect(await scrollsSideways(parent)).toBe(false);
    if (javaScriptEnabled) await expectAccessible(parent);
    await parent.getByLabel("Skriv til FI-teamet").fill("Tak, det prøver vi.");
    await parent.getByRole("button", { name: "Send besked" }).click();
    await expect(parent.getByText("Din besked er sendt.")).toBeVisible();
    await parent.reload();
    await expect(parent.getByText("Tak, det prøver vi.")).toHaveCount(1);

    // Closed, the parent rates the advice once.
    await page.getByLabel("Udfald").selectOption({ label: "Råd givet" });
    await page.getByRole("button", { name: "Afslut henvendelsen" }).click();
    await expect(page.getByText("Afsluttet").first()).toBeVisible();
    await openWithReceipt(parent, receipt);
    await expect(parent.getByRole("heading", { name: "Hjalp rådet dig?" })).toBeVisible();
    if (javaScriptEnabled) await expectAccessible(parent);
    await parent.getByRole("group", { name: "Rådet hjalp mig." }).getByLabel("Helt enig").check();
    await parent.getByRole("group", { name: "Jeg ved, hvad jeg skal gøre nu." }).getByLabel("Enig", { exact: true }).check();
    await parent.getByRole("group", { name: "Jeg vil spørge FI-teamet igen, hvis jeg får brug for det." }).getByLabel("Helt enig").check();
    await parent.getByRole("button", { name: "Send vurdering" }).click();
    await expect(parent.getByText("Tak for din vurdering.")).toBeVisible();
    await parent.reload();
    await expect(parent.getByRole("button", { name: "Send vurdering" })).toHaveCount(0);
  });
}

test("an Arabic-speaking parent asks right to left on a 360-pixel phone", async ({ browser, consoleErrors }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  const parent = await phone(browser);
  await parent.goto("/raad?lang=ar");
  await expect(parent.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(parent.locator("html")).toHaveAttribute("lang", "ar");
  expect(await scrollsSideways(parent)).toBe(false);
  await expectAccessible(parent);
  await parent.locator('input[name="role"][value="parent"]').check();
  await parent.locator('input[name="age_band"][value="6-9"]').check();
  await parent.locator('input[name="themes"][value="fravaer"]').check();
  await parent.locator('textarea[name="concern"]').fill("ابني لا يريد الذهاب إلى المدرسة ويبكي كل صباح.");
  await parent.locator('#advice-form button.button[type="submit"]').click();
  await expect(parent).toHaveURL(/\/raad\/sendt\?vis=/);
  await expect(parent.locator("html")).toHaveAttribute("dir", "rtl");
  await expect(parent.locator(".receipt-code")).toHaveText(/^\d{4} \d{4} \d{4} \d{4}$/);
  await expectAccessible(parent);
  expect(consoleErrors).toEqual([]);
});
