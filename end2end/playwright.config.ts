import { mkdirSync, writeFileSync } from "node:fs";
import { defineConfig } from "@playwright/test";

// The release server is started by Playwright with fresh data folders (under the one `make e2e`
// sets). The lead's journey gets a server of its own: it checks the demo's exact figures
// (64 % / 36 % of 42 evaluations), which the other journeys change by answering evaluations.
const port = process.env.E2E_PORT ?? "3199";
const leadPort = process.env.E2E_LEAD_PORT ?? "3198";
const bin = process.env.TIDLIG_BIN ?? "../target/release/tidlig";
const dataDir = process.env.E2E_DATA_DIR ?? "../target/e2e-data";

// A municipality rewords one message from its data folder, without rebuilding: the journeys'
// server starts with it (languages.spec.ts checks the front page shows it).
mkdirSync(`${dataDir}/journeys/locales/tr`, { recursive: true });
writeFileSync(
  `${dataDir}/journeys/locales/tr/landing.ftl`,
  "landing-heading = Demo Kommune'de çocuklar ve aileler için erken yardım\n",
);

const server = (name: string, serverPort: string) => ({
  command: `${bin} serve --demo`,
  url: `http://127.0.0.1:${serverPort}/healthz`,
  reuseExistingServer: false,
  timeout: 60_000,
  stdout: "ignore" as const,
  stderr: "pipe" as const,
  env: {
    TIDLIG_ADDR: `127.0.0.1:${serverPort}`,
    TIDLIG_DATA_DIR: `${dataDir}/${name}`,
    TIDLIG_SITE_ROOT: process.env.TIDLIG_SITE_ROOT ?? "../target/site",
    TIDLIG_MUNICIPALITY: "Demo Kommune",
    TIDLIG_COOKIE_SECURE: "false",
  },
});

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One browser at a time: two Chromiums and the server starve each other on 2 cores.
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  projects: [
    { name: "journeys", testIgnore: /dashboard\.spec\.ts/ },
    { name: "lead", testMatch: /dashboard\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${leadPort}` } },
  ],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    viewport: { width: 360, height: 800 },
    locale: "da-DK",
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      // Without the background-networking flags Chromium floods this closed network.
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  webServer: [server("journeys", port), server("lead", leadPort)],
});
