// The one place that says how this project starts Chromium: Debian's build ($CHROME_PATH overrides),
// with the flags that let it run headless as root in a container and make no background requests
// (TOOLCHAIN.md). Used by the browser tests, the Storybook check, the packaging test and the benchmarks.

/** Chromium flags for headless runs as root, without background traffic. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

/** The Chromium binary: $CHROME_PATH, else Debian's /usr/bin/chromium. */
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
