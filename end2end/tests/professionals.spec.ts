import { test, expect, expectAccessible, scrollsSideways, waitForEnhancement, JOURNEY_TIMEOUT } from "./fixtures";
import type { Browser, Page } from "@playwright/test";

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };

async function addMeeting(page: Page, day: string, people: string[]) {
  await page.getByLabel("Dato for mødet").fill(day);
  await page.getByRole("group", { name: "Mødeform" }).getByLabel("Med forældrene").check();
  const who = page.getByRole("group", { name: "Deltagere" });
  for (const person of people) await who.getByLabel(person, { exact: true }).check();
  await page.getByRole("button", { name: "Registrér møde" }).click();
  await expect(page.getByText("er gemt", { exact: false })).toBeVisible();
}

/** A professional's phone: a fresh browser context, nothing shared with the team member. */
async function phone(browser: Browser, javaScriptEnabled: boolean) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled, locale: "da-DK" });
  return context.newPage();
}

async function answer(page: Page, group: string | null) {
  await page.getByRole("group", { name: "Forløbet har gjort en positiv forskel for barnet." }).getByLabel("Helt enig").check();
  await page.getByRole("group", { name: "Hvor tilfreds er du med samarbejdet med FI-teamet?" }).getByLabel("Meget tilfreds").check();
  await page.getByRole("group", { name: "Jeg er blevet bedre til at opdage" }).getByLabel("Enig", { exact: true }).check();
  if (group) await page.getByRole("group", { name: "Din faggruppe" }).getByLabel(group).check();
}

test("the team closes a course and issues the professionals' codes, which they answer with and without JavaScript", async ({ page, browser, consoleErrors }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.goto("/team/forloeb/nyt");
  await page.getByLabel("Institution").selectOption({ label: "Bakkeskolen" });
  await page.getByRole("group", { name: "Barnets alder" }).getByLabel("6–9 år").check();
  await page.getByLabel("Startdato").fill("2026-09-01");
  await page.getByRole("group", { name: "Temaer" }).getByLabel("Trivsel").check();
  await page.getByRole("group", { name: "Deltager forældrene?" }).getByLabel("Ja").check();
  await page.getByRole("button", { name: "Opret forløb" }).click();
  await addMeeting(page, "2026-09-08", ["Lærer", "Leder", "Forælder", "Socialrådgiver"]);
  await addMeeting(page, "2026-09-22", ["Lærer", "Forælder", "Psykolog"]);
  await page.getByLabel("Slutdato").fill("2026-10-20");
  await page.getByLabel("Udfald").selectOption({ label: "Løst i FI" });
  await page.getByRole("button", { name: "Afslut forløbet" }).click();

  // The teacher and the manager took part: two codes, no more.
  const section = page.getByRole("heading", { name: "Evaluering for fagpersonerne" });
  await expect(section).toBeVisible();
  await expect(page.getByText("2 af 2 endnu")).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Antal koder").fill("3");
  await page.getByLabel("Antal koder").press("Enter");
  await expect(page.locator("#error-summary")).toContainText("Højst 2.");
  await page.getByLabel("Antal koder").fill("2");
  await page.getByRole("button", { name: "Udsted koder til fagpersoner" }).click();
  await expect(page.getByRole("heading", { name: "Evalueringskort" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Links til e-mail" })).toBeVisible();
  const links = await page.locator(".code-links code").allTextContents();
  expect(links).toHaveLength(2);
  expect(links[0]).toMatch(/\/evaluering\/fagperson\?kode=[34679ACDEFGHJKMNPQRTUVWXY]{10}$/);
  await expectAccessible(page);

  // With JavaScript: checked on the phone before it is sent.
  const teacher = await phone(browser, true);
  await teacher.goto(links[0]);
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Fagpersoners evaluering af forløbet");
  expect(await scrollsSideways(teacher)).toBe(false);
  await expectAccessible(teacher);
  await waitForEnhancement(teacher);
  await teacher.getByRole("button", { name: "Send svar" }).click();
  const summary = teacher.locator("#error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("link")).toHaveCount(4);
  await expect(teacher).toHaveURL(links[0]);
  await answer(teacher, "Skole");
  await teacher.getByRole("button", { name: "Send svar" }).click();
  await expect(teacher.getByRole("heading", { level: 1 })).toHaveText("Tak for dine svar");
  await expect(teacher.getByText("andre fagpersoners")).toBeVisible();
  await expectAccessible(teacher);

  // Without JavaScript: the server points out the missing group, and keeps the answers.
  const manager = await phone(browser, false);
  const code = links[1].split("kode=")[1];
  await manager.goto(`/evaluering?kode=${code}`);
  await expect(manager.getByText("Koden er til fagpersoners evaluering")).toBeVisible();
  await manager.goto(links[1]);
  await answer(manager, null);
  await manager.getByRole("button", { name: "Send svar" }).click();
  await expect(manager.locator("#error-summary")).toContainText("Faggruppe");
  await expect(manager.getByRole("group", { name: "Forløbet har gjort en positiv forskel for barnet." }).getByLabel("Helt enig")).toBeChecked();
  // (axe needs JavaScript in the page: the same markup was checked on the first phone.)
  expect(await scrollsSideways(manager)).toBe(false);
  await manager.getByRole("group", { name: "Din faggruppe" }).getByLabel("Andet").check();
  await manager.getByRole("button", { name: "Send svar" }).click();
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Tak for dine svar");
  // The link again on the same phone says the code is spent and the answers arrived.
  await manager.goto(links[1]);
  await expect(manager.getByText("Koden er brugt")).toBeVisible();
  expect(consoleErrors).toEqual([]);
});
