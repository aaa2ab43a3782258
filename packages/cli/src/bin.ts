#!/usr/bin/env node
import { run } from './run.js'

const { stdout, stderr, stdin, env } = process
run(process.argv.slice(2), { stdout, stderr, stdin, env, cwd: process.cwd() }).then(
  (code) => {
    process.exitCode = code
  },
  (error: unknown) => {
    // Only a bug gets here: user mistakes are reported by `run` with exit 1 or 2.
    process.stderr.write(`quizbank: internal error, please report it: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
    process.exitCode = 70
  },
)
