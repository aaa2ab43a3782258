// Debian's chromium driven by playwright-core: no browser download. The
// background-networking flags keep Chromium from calling out of a closed
// network at every start (see /usr/share/doc or the README's e2e section).
import { chromium, type Browser } from 'playwright-core'

/** Where Debian's `chromium` package installs the browser; override with CHROMIUM_PATH. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/**
 * Start headless Chromium.
 *
 * @example
 *   const browser = await launchChromium()
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: FLAGS })
}
