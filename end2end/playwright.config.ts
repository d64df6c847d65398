import { defineConfig } from "@playwright/test";

// The release server is started by Playwright with a fresh data folder (set by `make e2e`).
const port = process.env.E2E_PORT ?? "3199";
const bin = process.env.TIDLIG_BIN ?? "../target/release/tidlig";
const dataDir = process.env.E2E_DATA_DIR ?? "../target/e2e-data";

export default defineConfig({
  testDir: "./tests",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  // One browser at a time: two Chromiums and the server starve each other on 2 cores.
  workers: 1,
  retries: 0,
  reporter: [["list"]],
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
  webServer: {
    command: `${bin} serve --demo`,
    url: `http://127.0.0.1:${port}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    stdout: "ignore",
    stderr: "pipe",
    env: {
      TIDLIG_ADDR: `127.0.0.1:${port}`,
      TIDLIG_DATA_DIR: dataDir,
      TIDLIG_SITE_ROOT: process.env.TIDLIG_SITE_ROOT ?? "../target/site",
      TIDLIG_MUNICIPALITY: "Demo Kommune",
      TIDLIG_COOKIE_SECURE: "false",
    },
  },
});
