import { test, expect, expectAccessible, scrollsSideways, phone, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";
import path from "node:path";

// The catalogue of offers (issue 19): the demo data holds a catalogue shaped like Kalundborg's
// (end2end/fixtures/offers_kalundborg_like.csv, 14 offers) on the demo staircase.

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };
const CATALOGUE = path.join(__dirname, "..", "fixtures", "offers_kalundborg_like.csv");

async function logIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await expect(page).toHaveURL(/\/start$/);
}

/** Filters the public page by the child's age and a theme, as a parent does on a phone. */
async function filter(page: Page, age: string, theme: string) {
  await page.getByLabel("Barnets alder").selectOption({ label: age });
  await page.getByLabel("Tema").selectOption({ label: theme });
  await page.getByRole("button", { name: "Vis tilbud" }).click();
}

test.describe("the catalogue of offers", () => {
  for (const javaScriptEnabled of [true, false]) {
    test(`a parent filters the offers on a 360-pixel phone (JavaScript ${javaScriptEnabled ? "on" : "off"})`, async ({ browser }) => {
      const parent = await phone(browser, javaScriptEnabled);
      await parent.goto("/");
      await parent.getByRole("link", { name: "Se kommunens tilbud til børn, unge og familier" }).click();
      await expect(parent).toHaveURL(/\/tilbud$/);
      await expect(parent.getByRole("heading", { level: 1 })).toHaveText("Tilbud til børn, unge og familier");
      await expect(parent.getByRole("status")).toHaveText("14 af 14 tilbud vises.");
      await expect(parent.getByRole("navigation", { name: "Indsatstrappen" })).toBeVisible();
      expect(await scrollsSideways(parent)).toBe(false);
      if (javaScriptEnabled) await expectAccessible(parent);

      await filter(parent, "6–9 år", "Fravær fra skole eller dagtilbud");
      await expect(parent).toHaveURL(/alder=6-9/);
      await expect(parent.getByRole("status")).toHaveText(/^\d+ af 14 tilbud vises\.$/);
      await expect(parent.getByRole("heading", { name: "Makkerpar i folkeskolerne" })).toBeVisible();
      await expect(parent.getByRole("heading", { name: "Cool Kids" })).toHaveCount(0);
      // The details open with a tap, JavaScript or not.
      await parent.getByText("Mere om tilbuddet").first().click();
      await expect(parent.getByText("Kendt effekt").first()).toBeVisible();
      expect(await scrollsSideways(parent)).toBe(false);
      if (javaScriptEnabled) await expectAccessible(parent);
      // Back returns to the whole catalogue.
      await parent.goBack();
      await expect(parent.getByRole("status")).toHaveText("14 af 14 tilbud vises.");
      await parent.context().close();
    });
  }

  test("an Arabic-speaking parent reads the catalogue right to left, told that the offers are described in Danish", async ({ browser, consoleErrors }) => {
    const parent = await phone(browser);
    await parent.goto("/?lang=ar");
    await parent.locator('a[href="/tilbud"]').click();
    await expect(parent.locator("html")).toHaveAttribute("dir", "rtl");
    await expect(parent.locator("html")).toHaveAttribute("lang", "ar");
    await expect(parent.locator("p.hint").first()).not.toBeEmpty();
    await parent.locator('select[name="alder"]').selectOption("0-2");
    await parent.locator("form.filters button").click();
    await expect(parent).toHaveURL(/alder=0-2/);
    await expect(parent.getByRole("heading", { name: "Cool Kids" })).toHaveCount(0);
    expect(await scrollsSideways(parent)).toBe(false);
    await expectAccessible(parent);
    expect(consoleErrors).toEqual([]);
    await parent.context().close();
  });

  test("the team adds an offer, parents see it, the team takes it off and imports the catalogue again", async ({ page, browser, consoleErrors }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    await logIn(page);
    await page.getByRole("link", { name: "Tilbudskataloget" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tilbudskataloget");
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tilføj et tilbud" }).click();

    // A form with a missing purpose is refused, and what was typed is kept.
    await page.getByLabel("Navn", { exact: true }).fill("Babymassage i sundhedsplejen");
    await page.getByLabel("0–2 år").check();
    await page.getByLabel("Familieforhold").check();
    await page.getByLabel("Hvem står for det").fill("Sundhedsplejen");
    await page.getByLabel("Direkte – kontakt tilbuddet selv").check();
    await page.getByRole("button", { name: "Gem tilbuddet" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "Formål" })).toBeVisible();
    await expect(page.getByLabel("Navn", { exact: true })).toHaveValue("Babymassage i sundhedsplejen");
    await expectAccessible(page);

    await page.getByLabel("Formål", { exact: true }).fill("Forældre og spædbørn mødes og lærer massage, der beroliger barnet.");
    await page.getByLabel("Varighed").fill("4 gange");
    await page.getByLabel("Kontakt", { exact: true }).fill("Sundhedsplejen, tlf. 59 53 47 00");
    await page.getByRole("button", { name: "Gem tilbuddet" }).click();
    // Saved: the offer's own page, where it can be changed or taken off the catalogue.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Ret tilbuddet");
    await expect(page.getByText("Tilbuddet »Babymassage i sundhedsplejen« er gemt.")).toBeVisible();
    // Reload after the post sends nothing twice.
    await page.reload();
    await page.getByRole("link", { name: "Tilbage til kataloget" }).click();
    await expect(page.getByRole("rowheader", { name: "Babymassage i sundhedsplejen" })).toHaveCount(1);

    const parent = await phone(browser, false);
    await parent.goto("/tilbud");
    await expect(parent.getByRole("status")).toHaveText("15 af 15 tilbud vises.");
    await expect(parent.getByRole("heading", { name: "Babymassage i sundhedsplejen" })).toBeVisible();

    // Taken off the catalogue: the team still has it, the parents no longer see it.
    await page.getByRole("link", { name: "Babymassage i sundhedsplejen" }).click();
    await page.getByRole("button", { name: "Tag af kataloget" }).click();
    await expect(page.getByText("Status: Taget af kataloget")).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("link", { name: "Tilbage til kataloget" }).click();
    await expect(page.getByRole("row", { name: /Babymassage i sundhedsplejen/ })).toContainText("Taget af kataloget");
    await parent.reload();
    await expect(parent.getByRole("status")).toHaveText("14 af 14 tilbud vises.");
    await expect(parent.getByRole("heading", { name: "Babymassage i sundhedsplejen" })).toHaveCount(0);
    await parent.context().close();

    // The same file again changes the offers it names and adds none.
    await page.getByLabel("CSV-fil").setInputFiles(CATALOGUE);
    await page.getByRole("button", { name: "Importér", exact: true }).click();
    await expect(page.getByText("14 tilbud er importeret.")).toBeVisible();
    await expect(page.getByRole("row")).toHaveCount(16);
    expect(await scrollsSideways(page)).toBe(false);
    expect(consoleErrors).toEqual([]);
  });
});
