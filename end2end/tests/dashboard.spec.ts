import { test, expect, expectAccessible, scrollsSideways, JOURNEY_TIMEOUT } from "./fixtures";
import type { Page } from "@playwright/test";
import * as fs from "node:fs";
import * as path from "node:path";
// pdf-parse's own index runs a self-test on import; the library file does not.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pdfParse: (data: Buffer, options?: { max?: number }) => Promise<{ text: string; numpages: number }> =
  require("pdf-parse/lib/pdf-parse.js");

const LEAD = { email: "projektleder@demo.tidlig.dk", password: "demo-projektleder-2026" };
const FIXTURES = path.join(__dirname, "..", "fixtures");

async function logIn(page: Page) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(LEAD.email);
  await page.getByLabel("Adgangskode").fill(LEAD.password);
  await page.getByRole("button", { name: "Log ind" }).click();
}

async function importFile(page: Page, input: string, file: string) {
  await page.locator(`#${input}`).setInputFiles(path.join(FIXTURES, file));
  await page.locator(`form:has(#${input})`).getByRole("button", { name: "Importér" }).click();
  await expect(page.getByRole("status")).toContainText("er importeret");
  await expectAccessible(page);
}

// One lead's journey, in steps that each fit their own time: an axe-core scan of a goal page
// with its charts takes seconds on a busy 2-core machine. The steps run in order (the imports
// come first), and a failed step skips the rest.
test.describe.serial("a lead's journey through the result goals", () => {
  test.describe.configure({ timeout: JOURNEY_TIMEOUT });

  test("a lead imports the three registry files", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.getByRole("link", { name: "Importér registertal" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Importér registertal");
    await expectAccessible(page);
    await importFile(page, "file-steps", "rebild_indsatstrappe_steps.csv");
    await importFile(page, "file-staircase", "rebild_indsatstrappe_2015_2020.csv");
    await importFile(page, "file-notifications", "rebild_notifications_synthetic.csv");
    await importFile(page, "file-population", "population_folk1a_synthetic.csv");
    // Rebild's key figures name no year: it is typed beside the file.
    await page.locator("form:has(#file-comparison)").getByLabel("År").fill("2020");
    await importFile(page, "file-comparison", "rebild_key_figures_2020.csv");
    await expect(page.getByRole("status")).toContainText("20 tal for 1 år er importeret");
    expect(consoleErrors).toEqual([]);
  });

  test("goal 2 compares 2015 with 2020 and downloads as XLSX", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.getByRole("link", { name: "Resultatmål", exact: true }).click();
    await expectAccessible(page);
    await expect(page.getByText("64 % meget tilfredse")).toBeVisible();
    await page.getByRole("link", { name: /Resultatmål 2/ }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Resultatmål 2");
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.getByLabel("Basisår").selectOption("2015");
    await page.getByLabel("Sammenlign med år").selectOption("2020");
    await page.getByRole("button", { name: "Vis" }).click();
    // Measures per 1,000 children, and kroner per 0–22-year-old, from the population.
    await expect(page.locator("#goal2-per-1000 table")).toContainText("61,9");
    await expect(page.locator("#goal2-per-0-22 table")).toContainText("5.772");
    const growth = page.locator("#goal2-growth");
    await expect(growth.locator("svg.chart")).toBeVisible();
    for (const figure of ["277", "412", "37,6 mio. kr.", "47,1 mio. kr.", "+57 %", "+42 %"]) {
      await expect(growth.locator("table")).toContainText(figure);
    }
    // Rebild's spending per 0–22-year-old beside its comparison group, the region, the country.
    const comparison = page.locator("#goal2-comparison-2020");
    await expect(comparison.locator("svg.chart")).toBeVisible();
    for (const figure of ["7.908", "9.192", "11.735", "10.062"]) {
      await expect(comparison.locator("table")).toContainText(figure);
    }
    // The 2015 row hides the four kinship foster placements and one more cell.
    await expect(page.locator("#goal2-measures tr", { hasText: "2015" }).getByText("skjult", { exact: true })).toHaveCount(2);

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#goal2-growth").getByRole("link", { name: "Hent Excel (XLSX)" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tidlig-goal2-growth.xlsx");
    const file = fs.readFileSync(await download.path());
    expect(file.subarray(0, 2).toString()).toBe("PK");
    expect(consoleErrors).toEqual([]);
  });

  test("goals 1 and 3 fit a phone and pass axe-core", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.setViewportSize({ width: 320, height: 800 });
    for (const goal of ["1", "2", "3"]) {
      await page.goto(`/ledelse/maal/${goal}`);
      expect(await scrollsSideways(page)).toBe(false);
      // Every word of every chart is readable on the narrowest phone, and whole.
      const texts = await page.locator("svg.chart").evaluateAll((charts) =>
        charts.flatMap((chart) => {
          const svg = chart as SVGSVGElement;
          const box = svg.getBoundingClientRect();
          const scale = box.width / svg.viewBox.baseVal.width;
          return [...svg.querySelectorAll("text")].map((text) => {
            const drawn = text.getBoundingClientRect();
            return {
              text: text.textContent,
              px: Number(text.getAttribute("font-size")) * scale,
              whole: drawn.left >= box.left - 0.5 && drawn.right <= box.right + 0.5,
            };
          });
        }),
      );
      expect(texts.length, `goal ${goal} has charts`).toBeGreaterThan(0);
      expect(texts.filter((t) => t.px < 11), `goal ${goal}: text under 11 px`).toEqual([]);
      expect(texts.filter((t) => !t.whole), `goal ${goal}: text cut off`).toEqual([]);
      if (goal !== "2") await expectAccessible(page);
    }
    // The CSV for Danish Excel: a byte-order mark, semicolons between fields, decimal commas.
    await page.goto("/ledelse/maal/1");
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.locator("#goal1-young").getByRole("link", { name: "Hent CSV til Excel" }).click(),
    ]);
    const csv = fs.readFileSync(await download.path());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = csv.toString("utf8").slice(1).trim().split("\n").map((line) => line.split(";"));
    expect(rows.every((row) => row.length === rows[0].length && row.length > 1)).toBe(true);
    expect(rows.slice(1).some((row) => row.slice(1).some((cell) => /^\d+,\d$/.test(cell)))).toBe(true);
    expect(consoleErrors).toEqual([]);
  });

  test("the lead sets a target and sees its line on the chart", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.goto("/ledelse/maal/1?baseline=2015&year=2020");
    const targets = page.locator("#targets");
    await targets.getByLabel("Tal", { exact: true }).selectOption("under_eight");
    await targets.getByLabel("Retning").selectOption("at_least");
    await targets.getByLabel("Skal nås i år").fill("2025");
    // A phone keyboard's "Go" in the last field typed sends the form.
    await targets.getByLabel("Mål i procent").fill("50");
    await targets.getByLabel("Mål i procent").press("Enter");
    await expect(page.getByRole("status")).toContainText("Målet er gemt.");
    const table = page.locator("#goal1-target-under_eight");
    await expect(table.locator("svg.chart line.target-line")).toBeAttached();
    await table.locator(".chart-box").screenshot({ path: test.info().outputPath("target-chart.png") });
    await expect(table.locator("table")).toContainText("på vej");
    await expect(page.getByText("I 2020 var den 47,0 % – på vej.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Sådan vurderes status" })).toBeVisible();
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    // Reloading the page after the post sends nothing again.
    await page.reload();
    await expect(page.locator("#targets .targets-set li")).toHaveCount(1);
    expect(consoleErrors).toEqual([]);
  });

  test("the status report prints to A4 with every goal's figures", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.goto("/ledelse/rapport?year=2020");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Status på Fælles Indsats 2020");
    await expectAccessible(page);
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    const { text } = await pdfParse(pdf);
    // Page 1 holds the title and the summary, not an empty sheet or the title alone.
    const first = await pdfParse(pdf, { max: 1 });
    expect(first.text).toContain("Status på Fælles Indsats 2020");
    expect(first.text).toContain("resultatmål");
    for (const figure of ["277", "412", "37,6 mio. kr.", "47,1 mio. kr.", "+57 %", "+42 %", "Resultatmål 3", "7.908", "11.735", "på vej"]) {
      expect(text).toContain(figure);
    }
    expect(text).not.toContain("Hent CSV");
    // This status against the last, and the figures per 1,000, are in the report too.
    expect(text).toContain("Denne status mod den forrige");
    expect(text).toContain("pr. 1.000 0–17-årige");
    // The whole report as one workbook: a sheet with its text, then one per table.
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /Hent hele rapporten i Excel/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("tidlig-report.xlsx");
    const xlsx = fs.readFileSync(await download.path());
    expect([...xlsx.subarray(0, 2)]).toEqual([0x50, 0x4b]);
    expect(consoleErrors).toEqual([]);
  });

  test("the lead chooses which kinds of step count as preventive", async ({ page, consoleErrors }) => {
    await logIn(page);
    await page.goto("/ledelse/import#kinds");
    const kinds = page.locator("#kinds");
    const placements = kinds.getByRole("checkbox", { name: "Anbringelser" });
    await expect(kinds.getByRole("checkbox", { name: "Forebyggende" })).toBeChecked();
    await expect(placements).not.toBeChecked();
    await expect(kinds).toContainText("Plejefamilie");
    await expectAccessible(page);
    expect(await scrollsSideways(page)).toBe(false);
    // Counting placements as preventive too makes every measure preventive.
    await placements.check();
    await kinds.getByRole("button", { name: "Gem valget" }).press("Enter");
    await expect(page.getByRole("status")).toContainText("Det er gemt, hvilke arter af trin");
    await page.reload();
    await expect(page.locator("#kinds").getByRole("checkbox", { name: "Anbringelser" })).toBeChecked();
    await page.goto("/ledelse/maal/2?baseline=2015&year=2020");
    await expect(page.locator("#goal2-measures")).toContainText("100,0 %");
    await expect(page.getByText("disse arter: Forebyggende, Anbringelser.")).toBeVisible();
    await expect(page.locator("#goal2-previous")).toContainText("2019");
    // As it was: only the preventive kind counts.
    await page.goto("/ledelse/import#kinds");
    await page.locator("#kinds").getByRole("checkbox", { name: "Anbringelser" }).uncheck();
    await page.locator("#kinds").getByRole("button", { name: "Gem valget" }).click();
    await expect(page.getByRole("status")).toContainText("Det er gemt");
    await page.goto("/ledelse/maal/2?baseline=2015&year=2020");
    await expect(page.locator("#goal2-measures")).toContainText("86,2 %");
    expect(consoleErrors).toEqual([]);
  });
});

test("the report shows the evaluation split of its year, in English too", async ({ page }) => {
  await logIn(page);
  await page.goto("/ledelse/maal/3?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Result goal 3");
  await expect(page.locator("#goal3-split")).toContainText("Very satisfied");
  await expectAccessible(page);
  await page.goto("/ledelse/rapport?lang=da");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Status på Fælles Indsats");
});
