import { test, expect, expectAccessible, scrollsSideways, waitForEnhancement } from "./fixtures";

test.describe("the landing page", () => {
  test("renders in Danish with the three doors, fits a 360-pixel phone and passes axe", async ({ page, consoleErrors }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "da");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tidlig hjælp til børn og familier");
    await expect(page.getByRole("heading", { name: "Evaluér et forløb" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Bed om sparring" })).toHaveAttribute("href", "/sparring");
    await expect(page.getByRole("link", { name: "Log ind som medarbejder" })).toHaveAttribute("href", "/login");
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
  });

  test("hydrates: the code field groups the code as on the card", async ({ page, consoleErrors }) => {
    await page.goto("/");
    await waitForEnhancement(page);
    const field = page.getByLabel("Koden fra dit kort");
    await field.pressSequentially("k7qm4xprtw");
    await expect(field).toHaveValue("K7QM-4XPR-TW");
    expect(consoleErrors).toEqual([]);
  });

  test("refuses a short code in place, with the message beside the field and focus in it", async ({ page, consoleErrors }) => {
    await page.goto("/");
    await waitForEnhancement(page);
    const field = page.getByLabel("Koden fra dit kort");
    await field.fill("K7QM");
    await page.getByRole("button", { name: "Start evalueringen" }).click();
    await expect(page.getByText("Koden har 10 tegn. Du har skrevet 4.")).toBeVisible();
    await expect(field).toBeFocused();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(page).toHaveURL(/\/$/);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
  });

  test("sends a well-formed code to the server, which says it does not know it", async ({ page, consoleErrors }) => {
    await page.goto("/");
    await waitForEnhancement(page);
    await page.getByLabel("Koden fra dit kort").fill("K7QM-4XPR-TW");
    await page.getByRole("button", { name: "Start evalueringen" }).click();
    await expect(page).toHaveURL(/\/evaluering\?/);
    await expect(page.getByText("Vi kan ikke finde koden.", { exact: false })).toBeVisible();
    await expect(page.getByLabel("Koden fra dit kort")).toHaveValue("K7QM-4XPR-TW");
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
  });

  test("round-trips the code check server function from the page", async ({ page, consoleErrors }) => {
    await page.goto("/");
    const answer = await page.evaluate(async () => {
      const response = await fetch("/api/evaluation/check-code", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ code: "k7qm 4xpr tw" }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(answer).toEqual({ status: 422, body: { Invalid: [{ field: "code", problem: "CodeUnknown" }] } });
    const refused = await page.evaluate(async () => {
      const response = await fetch("/api/evaluation/check-code", {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded" },
        body: new URLSearchParams({ code: "K7QM" }),
      });
      return { status: response.status, body: await response.json() };
    });
    expect(refused).toEqual({
      status: 422,
      body: { Invalid: [{ field: "code", problem: { CodeLength: { found: 4 } } }] },
    });
    expect(consoleErrors).toEqual([]);
  });

  test("switches to English and stays English on the next page", async ({ page, consoleErrors }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Early help for children and families");
    await page.goto("/evaluering");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Evaluate a course");
    await expect(page.getByRole("link", { name: "Dansk" })).toBeVisible();
    await expectAccessible(page);
    expect(consoleErrors).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the code form still works: the server answers on the page", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Koden fra dit kort").fill("K7QM-4XP");
    await page.getByRole("button", { name: "Start evalueringen" }).click();
    await expect(page.getByText("Koden har 10 tegn. Du har skrevet 7.")).toBeVisible();
    await page.getByLabel("Koden fra dit kort").fill("K7QM-4XPR-T0");
    await page.getByRole("button", { name: "Start evalueringen" }).click();
    await expect(page.getByText("Koden indeholder ikke tegnet »0«", { exact: false })).toBeVisible();
  });
});
