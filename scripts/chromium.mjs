// The Chromium the tests and scripts drive through playwright-core: Debian's /usr/bin/chromium unless
// CHROMIUM_PATH names another, started with the same flags everywhere.

/** The Chromium executable. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Launch flags: no sandbox (containers), no GPU, and no background traffic or first-run setup. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic'];
