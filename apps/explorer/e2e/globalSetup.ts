import { existsSync } from 'node:fs'
import { buildSite } from './buildSite.ts'
import { CHROMIUM_PATH } from './launchChromium.ts'

// Build once for all e2e tests; fail at once, with the fix, when the browser is missing.
export default async function setup(): Promise<void> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`e2e: no Chromium at ${CHROMIUM_PATH}. Install Debian's package (sudo apt-get install chromium), or set CHROMIUM_PATH.`)
  }
  await buildSite()
}
