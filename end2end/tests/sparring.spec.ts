import { test, expect, expectAccessible, scrollsSideways, JOURNEY_TIMEOUT } from "./fixtures";
import type { Browser, Page } from "@playwright/test";

const TEAM = { email: "fi-team@demo.tidlig.dk", password: "demo-fi-team-2026" };

async function phone(browser: Browser, javaScriptEnabled = true) {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 }, javaScriptEnabled, locale: "da-DK" });
  return context.newPage();
}

const clickSend = (page: Page) => page.getByRole("button", { name: "Send henvendelsen" }).click();

/** A pedagogue fills in and sends the request form (by default with its button); returns the
 * receipt shown. */
async function sendRequest(page: Page, concern: string, checkAxe: boolean, send = clickSend): Promise<string> {
  await page.goto("/");
  await page.getByRole("link", { name: "Bed om sparring" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Anonym sparring");
  if (checkAxe) {
    expect(await scrollsSideways(page)).toBe(false);
    await expectAccessible(page);
  }
  await page.getByRole("group", { name: "Din rolle" }).getByLabel("Pædagog").check();
  await page.getByLabel("Din arbejdsplads").selectOption({ label: "Børnehuset Solsikken" });
  await page.getByRole("group", { name: "Barnets alder" }).getByLabel("3–5 år").check();
  await page.getByLabel("Trivsel").check();
  await page.getByLabel("Familieforhold").check();
  await page.getByLabel("Beskriv bekymringen").fill(concern);
  await page.getByRole("group", { name: "Kender forældrene til bekymringen?" }).getByLabel("Nej, ikke endnu").check();
  await page.getByRole("group", { name: "Hvordan vil du helst tale med FI-teamet?" }).getByLabel("Telefon").check();
  await send(page);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Din henvendelse er sendt");
  if (checkAxe) await expectAccessible(page);
  const receipt = (await page.locator(".receipt-code").textContent())?.trim() ?? "";
  expect(receipt).toMatch(/^\d{4} \d{4} \d{4} \d{4}$/);
  return receipt;
}

/** A team member assigns the newest request to herself, proposes a meeting and answers. */
async function answer(page: Page, reply: string, checkAxe: boolean) {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(TEAM.email);
  await page.getByLabel("Adgangskode").fill(TEAM.password);
  await page.getByRole("button", { name: "Log ind" }).click();
  await page.getByRole("link", { name: "Anonym sparring og rådgivning – indbakke" }).click();
  if (checkAxe) await expectAccessible(page);
  // Citizens' questions are listed apart; the professionals' alone, newest first.
  await page.getByLabel("Hvem spørger").selectOption({ label: "Fagpersoner – anonym sparring" });
  await page.getByRole("button", { name: "Filtrér" }).click();
  await expect(page.getByRole("heading", { name: "Borgere – anonym rådgivning" })).toHaveCount(0);
  await page.locator("table a").first().click();
  if (checkAxe) await expectAccessible(page);
  await page.getByLabel("Medarbejder", { exact: true }).selectOption({ label: "Sofie Socialrådgiver" });
  await page.getByRole("button", { name: "Tildel" }).click();
  await expect(page.getByText("er tildelt Sofie Socialrådgiver", { exact: false })).toBeVisible();
  await page.getByLabel("Dato").fill("2026-12-03");
  await page.getByLabel("Klokkeslæt").fill("09:30");
  await page.getByLabel("Sted eller link").fill("Telefonmøde – vi ringer til institutionen");
  await page.getByRole("button", { name: "Foreslå møde" }).click();
  await page.getByRole("textbox", { name: "Skriv til spørgeren" }).fill(reply);
  // The reply points to an offer of the demo catalogue.
  await page.getByRole("group", { name: "Peg på tilbud fra kataloget" }).getByLabel("Cool Kids").check();
  await page.getByRole("button", { name: "Send besked" }).click();
  await expect(page.getByText(reply)).toBeVisible();
}

/** The pedagogue opens the request with the receipt and reads the answer. */
async function readAnswer(page: Page, receipt: string, reply: string, checkAxe: boolean) {
  await page.goto("/sparring/kvittering");
  if (checkAxe) await expectAccessible(page);
  await page.getByLabel("Kvitteringskode").fill(receipt);
  await page.getByRole("button", { name: "Åbn henvendelsen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Din henvendelse");
  await expect(page.getByText(reply)).toBeVisible();
  await expect(page.getByText("3. december 2026 kl. 09.30", { exact: false })).toBeVisible();
  await expect(page.getByRole("link", { name: "Cool Kids" })).toBeVisible();
  if (checkAxe) await expectAccessible(page);
}

test("a pedagogue asks, the team answers, and the pedagogue reads the answer with the receipt", async ({ page, browser, consoleErrors }) => {
  test.setTimeout(JOURNEY_TIMEOUT);
  const pedagogue = await phone(browser);
  const receipt = await sendRequest(pedagogue, "En dreng på fire år slår de andre børn, især om morgenen.", true);
  await answer(page, "Tak for din henvendelse. Vi ringer torsdag kl. 9.30.", true);
  await readAnswer(pedagogue, receipt, "Tak for din henvendelse. Vi ringer torsdag kl. 9.30.", true);
  await pedagogue.getByLabel("Skriv til FI-teamet").fill("Det passer fint, tak.");
  await pedagogue.getByRole("button", { name: "Send besked" }).click();
  await expect(pedagogue.getByText("Din besked er sendt.")).toBeVisible();
  await expectAccessible(pedagogue);
  // The offer the team pointed to opens in the public catalogue.
  await pedagogue.getByRole("link", { name: "Cool Kids" }).click();
  await expect(pedagogue).toHaveURL(/\/tilbud#tilbud-\d+$/);
  await expect(pedagogue.getByRole("heading", { name: "Cool Kids" })).toBeVisible();
  expect(consoleErrors).toEqual([]);
});

test("a wrong receipt is refused without showing anything", async ({ browser }) => {
  const pedagogue = await phone(browser);
  await pedagogue.goto("/sparring/kvittering");
  await pedagogue.getByLabel("Kvitteringskode").fill("1234 5678 9012 3456");
  await pedagogue.getByRole("button", { name: "Åbn henvendelsen" }).click();
  await expect(pedagogue.getByText("Vi kan ikke finde en henvendelse med den kode.").first()).toBeVisible();
  await expectAccessible(pedagogue);
});

test.describe("without JavaScript", () => {
  test("the same journey works as plain HTML forms", async ({ page, browser }) => {
    const pedagogue = await phone(browser, false);
    const receipt = await sendRequest(pedagogue, "En pige på fem år taler næsten ikke, heller ikke med de voksne.", false);
    await answer(page, "Vi foreslår en snak med jer i næste uge.", false);
    await readAnswer(pedagogue, receipt, "Vi foreslår en snak med jer i næste uge.", false);
  });
});

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`Enter in a contact field sends the request; reload, language and a second reply file nothing twice (${how})`, async ({ browser }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const pedagogue = await phone(browser, javaScriptEnabled);
    const enterInName = async (page: Page) => {
      await page.getByLabel("Navn", { exact: true }).fill("Pia");
      await page.getByLabel("Navn", { exact: true }).press("Enter");
    };
    const receipt = await sendRequest(pedagogue, "En dreng på seks år græder hver morgen ved lågen.", false, enterInName);
    await expect(pedagogue).toHaveURL(/\/sparring\/sendt\?vis=/);
    await pedagogue.reload();
    await expect(pedagogue.locator(".receipt-code")).toHaveText(receipt);
    await pedagogue.getByRole("link", { name: "English" }).click();
    await expect(pedagogue.getByRole("heading", { level: 1 })).toHaveText("Your request has been sent");
    await expect(pedagogue.locator(".receipt-code")).toHaveText(receipt);

    await pedagogue.goto("/sparring/kvittering?lang=da");
    await pedagogue.getByLabel("Kvitteringskode").fill(receipt);
    await pedagogue.getByLabel("Kvitteringskode").press("Enter");
    await expect(pedagogue.getByRole("heading", { level: 1 })).toHaveText("Din henvendelse");
    const reply = "Han har det bedre om fredagen.";
    await pedagogue.getByLabel("Skriv til FI-teamet").fill(reply);
    await pedagogue.getByRole("button", { name: "Send besked" }).click();
    await expect(pedagogue.getByText("Din besked er sendt.")).toBeVisible();
    await pedagogue.reload();
    await expect(pedagogue.getByText(reply)).toHaveCount(1);
    // Half a message typed, then "English": the text stays and nothing is sent.
    await pedagogue.getByLabel("Skriv til FI-teamet").fill("Halvt skrevet");
    await pedagogue.getByRole("button", { name: "English" }).click();
    await expect(pedagogue.getByRole("heading", { level: 1 })).toHaveText("Your request");
    await expect(pedagogue.getByLabel("Write to the FI team")).toHaveValue("Halvt skrevet");
    await expect(pedagogue.getByText(reply)).toHaveCount(1);
  });
}

for (const javaScriptEnabled of [true, false]) {
  const how = javaScriptEnabled ? "with JavaScript" : "without JavaScript";
  test(`once the request is closed, the asker rates the sparring with the receipt, once (${how})`, async ({ page, browser }) => {
    test.setTimeout(JOURNEY_TIMEOUT);
    const pedagogue = await phone(browser, javaScriptEnabled);
    const receipt = await sendRequest(pedagogue, "En pige på tre år bider de andre børn, når hun bliver frustreret.", false);
    await page.goto("/login");
    await page.getByLabel("E-mail").fill(TEAM.email);
    await page.getByLabel("Adgangskode").fill(TEAM.password);
    await page.getByRole("button", { name: "Log ind" }).click();
    await page.goto("/team/sparring?spoerger=professional");
    await page.locator("table a").first().click();
    await page.getByLabel("Udfald").selectOption({ label: "Råd givet" });
    await page.getByRole("button", { name: "Afslut henvendelsen" }).click();
    await expect(page.getByText("Afsluttet").first()).toBeVisible();

    await pedagogue.goto("/sparring/kvittering");
    await pedagogue.getByLabel("Kvitteringskode").fill(receipt);
    await pedagogue.getByRole("button", { name: "Åbn henvendelsen" }).click();
    await expect(pedagogue.getByRole("heading", { name: "Hvordan var sparringen?" })).toBeVisible();
    expect(await scrollsSideways(pedagogue)).toBe(false);
    if (javaScriptEnabled) await expectAccessible(pedagogue);
    const helped = pedagogue.getByRole("group", { name: "Jeg fik den hjælp, jeg havde brug for." });
    await helped.getByLabel("Helt enig").check();
    // One statement left out: refused at the field, the answer given kept.
    await pedagogue.getByRole("group", { name: "Jeg ved, hvad jeg skal gøre nu." }).getByLabel("Enig", { exact: true }).check();
    await pedagogue.getByRole("button", { name: "Send vurdering" }).click();
    await expect(pedagogue.locator("#error-summary")).toContainText("Jeg vil bede om sparring igen");
    await expect(helped.getByLabel("Helt enig")).toBeChecked();
    // Switching language keeps what is chosen, and sends nothing.
    await pedagogue.getByRole("button", { name: "English" }).click();
    await expect(pedagogue.getByRole("heading", { name: "How was the sparring?" })).toBeVisible();
    await expect(pedagogue.getByRole("group", { name: "I got the help I needed." }).getByLabel("Strongly agree")).toBeChecked();
    await pedagogue.getByRole("button", { name: "Dansk" }).click();
    await pedagogue.getByRole("group", { name: "Jeg vil bede om sparring igen, hvis jeg får brug for det." }).getByLabel("Helt enig").check();
    await pedagogue.getByRole("button", { name: "Send vurdering" }).click();
    await expect(pedagogue.getByText("Tak for din vurdering af sparringen")).toBeVisible();
    await expect(pedagogue.getByRole("button", { name: "Send vurdering" })).toHaveCount(0);
    if (javaScriptEnabled) await expectAccessible(pedagogue);
    await pedagogue.reload();
    await expect(pedagogue.getByText("Tak for din vurdering af sparringen")).toBeVisible();
  });
}
