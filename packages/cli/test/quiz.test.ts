import { questions as corpus } from '@quizbank/corpus'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

// Every draw below uses a fixed seed (printed in the test name where it matters).
describe('quizbank quiz', () => {
  test('prints a numbered quiz and the command that draws it again (seed 42)', async () => {
    const r = await runCli(['quiz', '--count', '3', '--seed', '42'])
    expect(r.code).toBe(0)
    expect(r.stderr).toBe('')
    expect(r.stdout).toMatchSnapshot()
  })

  test('the printed command reproduces exactly that quiz, every flag included', async () => {
    const args = ['quiz', '--topic', 'orm', '--topic', 'models', '--has-answer', '--count', '3', '--seed', "it's friday", '--stratify', 'difficulty=beginner:2,intermediate:1', '--distinct', '--answers']
    const first = await runCli(args)
    expect(first.code).toBe(0)
    const line = first.stdout.trimEnd().split('\n').at(-1)!
    expect(line).toBe(
      "Same quiz again: quizbank quiz --topic orm --topic models --has-answer --count 3 --seed 'it'\\''s friday' --stratify difficulty=beginner:2,intermediate:1 --distinct --answers",
    )
    // Flags in another order give the same canonical command and the same quiz.
    const shuffled = await runCli(['quiz', '--answers', '--distinct', '--seed', "it's friday", '--stratify', 'difficulty=beginner:2,intermediate:1', '--count', '3', '--has-answer', '--topic', 'orm,models'])
    expect(shuffled.stdout).toBe(first.stdout)
  })

  test('without --seed a fresh seed is drawn, printed, and reproduces the quiz', async () => {
    const first = await runCli(['quiz', '--count', '4', '--json'])
    const { seed, command } = JSON.parse(first.stdout) as { seed: string; command: string }
    expect(command).toBe(`quizbank quiz --count 4 --seed ${seed}`)
    const again = await runCli(['quiz', '--count', '4', '--seed', seed, '--json'])
    expect(JSON.parse(again.stdout)).toEqual(JSON.parse(first.stdout))
  })

  test('--json gives the full records, honouring every filter (seed "filters")', async () => {
    const r = await runCli(['quiz', '--json', '--count', '3', '--seed', 'filters', '--topic', 'orm,models', '--difficulty', 'advanced,unrated', '--has-answer', '--distinct'])
    expect(r.code).toBe(0)
    const out = JSON.parse(r.stdout) as { count: number; pool: number; questions: { id: string; topic: string; answer?: string; difficulty?: { level: string }; cluster?: string }[] }
    expect(out.count).toBe(3)
    expect(out.pool).toBe(corpus.filter((q) => ['orm', 'models'].includes(q.topic) && q.answer !== undefined && (q.difficulty === undefined || q.difficulty.level === 'advanced')).length)
    for (const q of out.questions) {
      expect(['orm', 'models']).toContain(q.topic)
      expect(q.answer).toBeDefined()
      expect(['advanced', undefined]).toContain(q.difficulty?.level)
      expect(corpus.some((c) => c.id === q.id)).toBe(true)
    }
    const clusters = out.questions.flatMap((q) => (q.cluster === undefined ? [] : [q.cluster]))
    expect(new Set(clusters).size).toBe(clusters.length)
  })

  test('--answers prints the answer text under each question (seed 7)', async () => {
    const r = await runCli(['quiz', '--count', '2', '--seed', '7', '--has-answer', '--answers', '--json'])
    const { questions } = JSON.parse(r.stdout) as { questions: { answer: string }[] }
    const human = await runCli(['quiz', '--count', '2', '--seed', '7', '--has-answer', '--answers'])
    for (const q of questions) expect(human.stdout).toContain(q.answer.split('\n')[0])
    const hidden = await runCli(['quiz', '--count', '2', '--seed', '7', '--has-answer'])
    for (const q of questions) expect(hidden.stdout).not.toContain(q.answer.split('\n')[0])
  })
})

describe('quizbank quiz: usage errors exit with 2 and say what to do', () => {
  test.each([
    [['--count', 'abc'], "option '--count <n>' argument 'abc' is invalid. Expected a whole number ≥ 0"],
    [['--count', '2.5'], 'Expected a whole number ≥ 0'],
    [['--count', '-1'], 'Expected a whole number ≥ 0'],
    [['--topic', 'orn'], 'quizbank quiz: --topic: unknown topic "orn". Did you mean "orm"?'],
    [['--cout', '3'], "unknown option '--cout'\n(Did you mean --count?)"],
    [['--difficulty', 'advance'], 'Did you mean "advanced"?'],
    [['--stratify', 'dificulty'], '--stratify: cannot stratify by "dificulty". Did you mean "difficulty"?'],
    [['--stratify', 'difficulty=beginner:x'], 'expected value:weight with a number as weight'],
    [['--topic', 'orm', '--count', '999'], `--count asks for 999 questions, but the filtered pool holds ${corpus.filter((q) => q.topic === 'orm').length} (filter: topics: orm). Lower --count or widen the filter.`],
  ])('quiz %j', async (args, message) => {
    const r = await runCli(['quiz', '--seed', '1', ...args])
    expect(r.code).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain(message)
    expect(r.stderr).not.toMatch(/NaN|\n {4}at /)
  })

  test('an unknown command suggests the closest one', async () => {
    const r = await runCli(['quizz'])
    expect(r.code).toBe(2)
    expect(r.stderr).toContain("unknown command 'quizz'\n(Did you mean quiz?)")
  })
})
