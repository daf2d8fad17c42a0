import { existsSync } from 'node:fs';

/** The Chromium the browser tests drive: CHROME_PATH when set, else Debian's /usr/bin/chromium. */
export function chromiumPath(): string {
  const path = process.env.CHROME_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`No Chromium at ${path}. Run scripts/ensure-browsers.sh (Debian), or set CHROME_PATH to a Chromium or Chrome binary.`);
  }
  return path;
}

/** The switches every Afterview browser run starts Chromium with: only our extension, and no traffic of its own. */
export function extensionSwitches(dist: string): string[] {
  return [
    `--disable-extensions-except=${dist}`,
    `--load-extension=${dist}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
