import { test, expect, expectAccessible, scrollsSideways, waitForEnhancement, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";

// The demo accounts `tidlig serve --demo` creates (see README).
const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };
const ADMIN = { email: "admin@demo.tidlig.dk", password: "demo-admin-2026" };

async function logIn(page: Page, who: { email: string; password: string }) {
  await page.getByLabel("E-mail").fill(who.email);
  await page.getByLabel("Adgangskode").fill(who.password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

test.describe("staff", () => {
  test("a team member logs in on a phone and sees their start page", async ({ page, consoleErrors }) => {
    await page.goto("/login");
    await expectAccessible(page);
    await logIn(page, TEAM);
    await expect(page).toHaveURL(/\/start$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Hej Sofie Socialrådgiver");
    await expect(page.getByText("FI-team · Socialrådgiver")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Medarbejdermenu" })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    // The team may not enter the administration.
    const response = await page.goto("/admin");
    expect(response?.status()).toBe(403);
    await expect(page.getByRole("heading", { name: "Du har ikke adgang til siden" })).toBeVisible();
    // The parents' comments: sealed, by area and months, readable on a phone.
    await page.goto("/start");
    await page.getByRole("link", { name: "Forældrenes kommentarer" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forældrenes kommentarer");
    await expect(page.getByText("Kommentarerne slettes 12 måneder efter forseglingen", { exact: false })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.goto("/start");
    await page.getByRole("button", { name: "Log ud" }).click();
    await expect(page).toHaveURL(/\/login\?ude=1$/);
    await expect(page.getByText("Du er logget ud.")).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });

  test("a wrong password is refused with one message and an error summary", async ({ page }) => {
    await page.goto("/login");
    await logIn(page, { email: TEAM.email, password: "forkert-adgangskode" });
    const summary = page.getByRole("alert").filter({ hasText: "Der er et problem" });
    await expect(summary).toBeVisible();
    await summary.getByRole("link", { name: "E-mail eller adgangskode er forkert." }).click();
    await expect(page.getByLabel("E-mail")).toBeFocused();
    await expect(page.getByLabel("E-mail")).toHaveValue(TEAM.email);
    await expect(page.getByLabel("Adgangskode")).toHaveValue("");
    await expectAccessible(page);
  });

  test("a staff page asked for without a login shows the login and then the page", async ({ page }) => {
    const response = await page.goto("/admin/institutioner");
    expect(response?.status()).toBe(401);
    await expect(page.getByText("Du skal logge ind for at se siden.")).toBeVisible();
    await logIn(page, ADMIN);
    await expect(page).toHaveURL(/\/admin\/institutioner$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Institutioner");
  });

  test("the administration pages pass axe, with and without errors", async ({ page, consoleErrors }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    await page.goto("/login");
    await logIn(page, ADMIN);
    for (const path of ["/admin", "/admin/medarbejdere", "/admin/institutioner", "/admin/log", "/admin/sprog", "/admin/sprog/ar", "/admin/sprog/ur", "/privatliv/medarbejdere", "/privatliv/fagpersoner", "/tilgaengelighed"]) {
      await page.goto(path);
      expect(await scrollsSideways(page), path).toBe(false);
      await expectAccessible(page);
    }
    // How long the parents' comments are kept is a setting; a month count out of range is
    // refused at the field and nothing is saved.
    await page.goto("/admin/indstillinger");
    const months = page.getByLabel("Måneder forældrenes kommentarer gemmes efter forseglingen");
    await expect(months).toHaveValue("12");
    await months.fill("0");
    await months.press("Enter");
    await expect(page.locator("#error-summary")).toContainText("Måneder forældrenes kommentarer gemmes efter forseglingen");
    await expectAccessible(page);
    await page.goto("/admin/indstillinger");
    await expect(months).toHaveValue("12");
    // The smallest group shown is a setting too, and never below 3.
    const smallest = page.getByLabel("Mindste gruppe, der vises i tal");
    await expect(smallest).toHaveValue("5");
    await smallest.fill("2");
    await smallest.press("Enter");
    await expect(page.locator("#error-summary")).toContainText("Mindste gruppe, der vises i tal");
    await page.goto("/admin/indstillinger");
    await expect(smallest).toHaveValue("5");
    // What the municipality publishes: a notification page that is no https address is refused.
    const notification = page.getByLabel("Kommunens side om underretninger");
    await notification.fill("kommune.dk/underret");
    await notification.press("Enter");
    await expect(page.locator("#error-summary")).toContainText("Kommunens side om underretninger");
    await expect(page.locator("#error-summary")).toContainText("https://");
    await expectAccessible(page);
    await page.goto("/admin/indstillinger");
    await expect(notification).toHaveValue("");
    await page.goto("/admin/medarbejdere");
    const form = page.locator("form", { has: page.getByRole("button", { name: "Opret" }) });
    await form.getByLabel("Navn").fill("Karin Kontrol");
    await form.getByLabel("E-mail").fill("karin");
    await form.getByLabel("Engangsadgangskode").fill("kort");
    await form.getByRole("button", { name: "Opret" }).click();
    await expect(page.getByText("Der er et problem")).toBeVisible();
    await expect(form.getByLabel("Navn")).toHaveValue("Karin Kontrol");
    await expectAccessible(page);
    await form.getByLabel("E-mail").fill(`karin-${Date.now()}@demo.tidlig.dk`);
    await form.getByLabel("Engangsadgangskode").fill("karins-engangskode");
    await form.getByRole("button", { name: "Opret" }).click();
    await expect(page.getByText("Karin Kontrol er oprettet som medarbejder.")).toBeVisible();
    await page.getByRole("link", { name: "Karin Kontrol" }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Karin Kontrol");
    await expectAccessible(page);
    await page.goto("/admin/institutioner");
    await page.getByRole("link", { name: "Bakkeskolen" }).click();
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
  });

  test("five minutes before the idle timeout the page warns, and staying logged in works", async ({ page, consoleErrors }) => {
    await page.clock.install();
    await page.goto("/login");
    await logIn(page, TEAM);
    await expect(page).toHaveURL(/\/start$/);
    await waitForEnhancement(page);
    const warning = page.getByText("Du bliver logget ud om 5 minutter", { exact: false });
    await expect(warning).toBeHidden();
    await page.clock.fastForward("25:01");
    await expect(warning).toBeVisible();
    const stay = page.getByRole("button", { name: "Forbliv logget ind" });
    await expect(stay).toBeFocused();
    const keepAlive = page.waitForResponse("**/api/session/keep-alive");
    await stay.click();
    expect((await keepAlive).status()).toBe(200);
    await expect(warning).toBeHidden();
    await page.clock.fastForward("30:01");
    await expect(page.getByText("Du er logget ud på grund af inaktivitet.", { exact: false })).toBeVisible();
    expect(consoleErrors).toEqual([]);
  });
});
