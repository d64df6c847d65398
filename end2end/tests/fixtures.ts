import { test as base, expect, type Browser, type Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";

/** Statuses our pages answer on purpose (login required, no access, form refused, too many
 * attempts); the browser logs them as failed resources, but they are not script errors. */
const deliberate = /the server responded with a status of (401|403|422|429)/;

/** Fails the test if the page logged an error (a CSP violation, a failed hydration …). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on("console", (msg) => {
      if (msg.type() === "error" && !deliberate.test(msg.text())) errors.push(msg.text());
    });
    page.on("pageerror", (err) => errors.push(String(err)));
    await use(errors);
    expect(errors, "errors in the browser console").toEqual([]);
  },
});
export { expect };

/** Time for a journey of many pages, each scanned by axe-core: a scan of a page with charts takes
 * seconds while the other core builds, so a journey gets three times a single page's 30 s. */
export const JOURNEY_TIMEOUT = 90_000;

/** axe-core with the WCAG 2.1 A/AA rules and best practices: no violations allowed. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"])
    .analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe-core violations").toEqual([]);
}

/** True when the page is wider than the viewport (a horizontal scroll bar on a phone). */
export async function scrollsSideways(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
}

/** Waits until the islands on the page are hydrated. */
export async function waitForEnhancement(page: Page) {
  await page.locator(".enhanced[data-enhanced]").first().waitFor({ state: "attached" });
}

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };

/** A team member issues `count` school codes on cards in `language` (the form's default,
 * Danish, when not given); returns the links in the cards' QR codes. */
export async function issueCards(page: Page, count: number, language?: string): Promise<string[]> {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("link", { name: "Udsted evalueringskoder" }).click();
  await page.getByLabel("Område").selectOption("skole");
  await page.getByLabel("Antal koder").fill(String(count));
  if (language) await page.getByLabel("Kortets sprog").selectOption(language);
  await page.getByRole("button", { name: "Udsted og vis kort" }).click();
  await expect(page.getByRole("heading", { name: "Evalueringskort" })).toBeVisible();
  return page.locator(".card-qr").evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
}

/** A parent's phone: a fresh browser context, nothing shared with the staff member. */
export async function phone(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled, locale: "da-DK" });
  return context.newPage();
}
