import { defaultClientConditions, defineConfig } from 'vite'
import { answerHtmlPlugin } from './build/answerHtmlPlugin.ts'

export default defineConfig({
  // Relative asset URLs and hash routing: the built folder works from any
  // static host and any sub-path, with no server rewrites.
  base: './',
  // The workspace packages' TypeScript sources (their exports map's
  // `@quizbank/source` condition), as the repo's tests use them: the app then
  // needs no prior `npm run build` of the packages, and still imports only
  // their public entry points.
  resolve: { conditions: ['@quizbank/source', ...defaultClientConditions] },
  plugins: [answerHtmlPlugin()],
  build: {
    target: 'es2022',
    // The main chunk is ~814 KB because it holds the corpus's text (the list
    // needs the prompts, search the answers); the rendered answers are split
    // off already. Warn only past that known size.
    chunkSizeWarningLimit: 1000,
  },
})
