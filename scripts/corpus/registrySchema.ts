import * as z from 'zod'

/**
 * The shape of `registry/<set-id>.json` (see {@link IdRegistry}), checked
 * before matching so a hand-edited registry fails with the field at fault
 * instead of a TypeError deep in the matcher.
 */
export const IdRegistrySchema = z.strictObject({
  set: z.string().min(1),
  ids: z.array(
    z.strictObject({
      id: z.string().regex(/^[a-z0-9-]+\/[a-z0-9-]+$/, 'a question id such as "acme/what-is-django"'),
      status: z.enum(['active', 'retired']),
      prompt: z.string(),
      number: z.string().optional(),
      retired: z.string().optional(),
    }),
  ),
})
