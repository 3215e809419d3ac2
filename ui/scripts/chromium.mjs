// Which Chromium the UI tests and the render benchmark drive, and with which
// flags. CHROMIUM_PATH names a browser already on the machine; otherwise the
// one that `npm install` brought (@sparticuz/chromium ships a Chromium build
// inside the package and unpacks it to the temp folder on first use), so no
// test depends on a browser installed by hand.
import { existsSync } from 'node:fs';
import Sparticuz from '@sparticuz/chromium';

// Headless on a machine whose only network is a package registry: no calls
// home, no component updates, no QUIC probes (each refused connection is noise).
const QUIET_FLAGS = ['--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const SYSTEM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', ...QUIET_FLAGS];

/** @returns {Promise<{ executablePath: string, args: string[] }>} */
export async function chromiumLaunchOptions() {
  const named = process.env.CHROMIUM_PATH;
  if (named) {
    if (!existsSync(named)) throw new Error(`CHROMIUM_PATH=${named}: no such file`);
    return { executablePath: named, args: SYSTEM_FLAGS };
  }
  try {
    return { executablePath: await Sparticuz.executablePath(), args: [...Sparticuz.args, ...QUIET_FLAGS] };
  } catch (error) {
    throw new Error(
      `no Chromium for the UI tests: @sparticuz/chromium could not unpack its browser (${error instanceof Error ? error.message : String(error)}). ` +
        'Run npm install again, or set CHROMIUM_PATH to a Chromium binary.',
      { cause: error },
    );
  }
}
