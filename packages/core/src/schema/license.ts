import * as z from 'zod'

// SPDX ids are letters, digits, dots, dashes and pluses ("CC-BY-4.0", "MIT").
const SPDX = /^[A-Za-z\d][A-Za-z\d.+-]*$/

/** An SPDX license id, or `"unknown"` where the source does not say. */
export const LicenseSchema = z
  .string()
  .max(100)
  .regex(SPDX, 'expected an SPDX id or "unknown"')
  .meta({ description: 'An SPDX license id, or "unknown" when the source does not say.' })
