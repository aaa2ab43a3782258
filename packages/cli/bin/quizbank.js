#!/usr/bin/env node
// The installed `quizbank` command. A committed launcher rather than
// dist/bin.js itself, so that npm links the command on a fresh clone (the
// dist does not exist yet at `npm ci`) and it works once `npm run build` ran.
import('../dist/bin.js').catch((error) => {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes('dist/bin.js')) {
    process.stderr.write('quizbank: not built yet; run `npm run build` in the quizbank repository first.\n')
    process.exitCode = 70
  } else throw error
})
