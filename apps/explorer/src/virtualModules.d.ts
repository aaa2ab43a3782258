// Provided by build/answerHtmlPlugin.ts: question id → answer as sanitised HTML.
declare module 'virtual:quizbank-answer-html' {
  const html: Readonly<Record<string, string>>
  export default html
}
