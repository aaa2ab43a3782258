import { fileURLToPath } from 'node:url'
import { build } from 'vite'

/** The app's folder. */
export const APP_DIR = fileURLToPath(new URL('..', import.meta.url))

/**
 * Build the site into `dist/` exactly as `npm run build` does.
 *
 * @example
 *   await buildSite()
 */
export async function buildSite(): Promise<string> {
  await build({ root: APP_DIR, configFile: `${APP_DIR}/vite.config.ts`, logLevel: 'error' })
  return `${APP_DIR}/dist`
}
