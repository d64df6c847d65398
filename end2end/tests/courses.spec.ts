import { test, expect, expectAccessible, scrollsSideways, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };

async function logIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

async function addMeeting(page: Page, day: string, form: string, people: string[]) {
  await page.getByLabel("Dato for mødet").fill(day);
  await page.getByRole("group", { name: "Mødeform" }).getByLabel(form).check();
  const who = page.getByRole("group", { name: "Deltagere" });
  for (const person of people) await who.getByLabel(person, { exact: true }).check();
  await page.getByRole("button", { name: "Registrér møde" }).click();
  await expect(page.getByText("er gemt", { exact: false })).toBeVisible();
}

test("the team registers a course with three meetings, closes it and prints the parents' card, which a parent uses", async ({ page, browser, consoleErrors }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  await logIn(page);
  await page.getByRole("link", { name: "Forløb", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forløb");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Nyt forløb" }).click();
  await expectAccessible(page);

  // A note with a CPR number is refused with a message at the field, and nothing is kept back.
  await page.getByLabel("Institution").selectOption({ label: "Bakkeskolen" });
  await page.getByRole("group", { name: "Barnets alder" }).getByLabel("6–9 år").check();
  await page.getByLabel("Startdato").fill("2026-09-01");
  await page.getByRole("group", { name: "Temaer" }).getByLabel("Trivsel").check();
  await page.getByRole("group", { name: "Deltager forældrene?" }).getByLabel("Ja").check();
  await page.getByLabel("Note (frivilligt)").fill("Barnet har CPR 010203-1234");
  await page.getByRole("button", { name: "Opret forløb" }).click();
  await expect(page.locator("#error-summary")).toContainText("CPR");
  await expectAccessible(page);
  await expect(page.getByLabel("Startdato")).toHaveValue("2026-09-01");
  await page.getByLabel("Note (frivilligt)").fill("Aftalt opfølgning efter jul.");
  await page.getByRole("button", { name: "Opret forløb" }).click();

  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toHaveText(/^FI-2026-\d{4}$/);
  const reference = (await heading.textContent()) ?? "";
  await addMeeting(page, "2026-09-08", "Anonym drøftelse", ["Lærer", "Socialrådgiver"]);
  await addMeeting(page, "2026-09-22", "Med forældrene", ["Lærer", "Forælder", "Socialrådgiver"]);
  await addMeeting(page, "2026-10-06", "Med forældrene", ["Lærer", "Forælder", "Psykolog"]);
  await expect(page.getByRole("heading", { name: "Møder (3/5)" })).toBeVisible();
  const held = page.locator("main ul li", { hasText: /^\d{1,2}\. [a-zæøå]+ 2026 – / });
  await expect(held).toHaveCount(3);
  await expect(held.filter({ hasText: "Anonym drøftelse" })).toHaveCount(1);
  await expectAccessible(page);

  // A meeting registered with the wrong day is corrected in place.
  await page.getByRole("link", { name: "Ret mødet: 22. september 2026" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ret et møde");
  await expect(page.getByLabel("Dato for mødet")).toHaveValue("2026-09-22");
  await expect(page.getByRole("group", { name: "Mødeform" }).getByLabel("Med forældrene")).toBeChecked();
  await expectAccessible(page);
  await page.getByLabel("Dato for mødet").fill("2026-09-23");
  await page.getByRole("button", { name: "Gem rettelsen" }).click();
  await expect(held.filter({ hasText: "23. september 2026" })).toHaveCount(1);
  await expect(held).toHaveCount(3);

  // A refused meeting: Enter sends the form, and the language switch keeps what is typed.
  await page.getByLabel("Dato for mødet").fill("2099-01-01");
  await page.getByLabel("Dato for mødet").press("Enter");
  await expect(page.locator("#error-summary")).toContainText("Dato for mødet: Datoen ligger i fremtiden.");
  await page.getByLabel("Dato for mødet").fill("2098-02-02");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByLabel("Date of the meeting")).toHaveValue("2098-02-02");
  await page.getByRole("button", { name: "Dansk" }).click();
  await expect(page.getByLabel("Dato for mødet")).toHaveValue("2098-02-02");
  await expect(held).toHaveCount(3);

  await page.getByLabel("Slutdato").fill("2026-10-20");
  await page.getByLabel("Udfald").selectOption({ label: "Løst i FI" });
  await page.getByRole("button", { name: "Afslut forløbet" }).click();
  await expect(page.getByText("Afsluttet – Løst i FI")).toBeVisible();

  // The card: one code for the course's area and month, printed on A4.
  await page.getByRole("button", { name: "Udsted kode og print kort" }).click();
  await expect(page.getByRole("heading", { name: "Evalueringskort" })).toBeVisible();
  const links = await page.locator(".card-qr").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
  expect(links).toHaveLength(1);
  const pdf = await page.pdf({ format: "A4", printBackground: true });
  expect(pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1);

  // Back on the course the offer is gone: one card per course.
  await page.goto("/team/forloeb?q=" + encodeURIComponent(reference));
  await page.getByRole("link", { name: reference }).click();
  await expect(page.getByText("Forældrenes evalueringskort er udskrevet.")).toBeVisible();
  await expect(page.getByRole("button", { name: "Udsted kode og print kort" })).toHaveCount(0);

  // A parent opens the card's link on a phone and evaluates.
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: "da-DK" });
  const parent = await context.newPage();
  await parent.goto(links[0]);
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Evaluering af forløbet");
  expect(await scrollsSideways(parent)).toBe(false);
  await parent.getByRole("group", { name: "Hvor tilfreds er du alt i alt med forløbet?" }).getByLabel("Meget tilfreds").check();
  await parent.getByRole("group", { name: "Hvor tilfreds er du med samarbejdet" }).getByLabel("Meget tilfreds").check();
  await parent.getByRole("group", { name: "Forløbet har gjort en positiv forskel for mit barn." }).getByLabel("Helt enig").check();
  await parent.getByRole("group", { name: "Jeg følte mig lyttet til og inddraget." }).getByLabel("Helt enig").check();
  await parent.getByRole("button", { name: "Send svar" }).click();
  await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Tak for dine svar");
  await context.close();
  expect(consoleErrors).toEqual([]);
});

test("the course list works on a phone without JavaScript, and a closed course offers no more meetings", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled: false, locale: "da-DK" });
  const page = await context.newPage();
  await logIn(page);
  await page.goto("/team/forloeb");
  expect(await scrollsSideways(page)).toBe(false);
  await page.getByLabel("Status").selectOption({ label: "Åbent" });
  await page.getByRole("button", { name: "Vis" }).click();
  await expect(page).toHaveURL(/status=open/);
  await page.getByLabel("Status").selectOption({ label: "Afsluttet" });
  await page.getByRole("button", { name: "Vis" }).click();
  // The demo year has a closed course with five meetings: no form for a sixth.
  const full = page.locator("tr", { has: page.locator("td", { hasText: /^5$/ }) }).first();
  await full.getByRole("link").click();
  await expect(page.getByRole("heading", { name: "Møder (5/5)" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Registrér møde" })).toHaveCount(0);
  await context.close();
});
