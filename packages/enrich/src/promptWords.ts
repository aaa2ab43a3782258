import { stemTerm } from '@quizbank/core/search'

/**
 * Words that frame a question rather than say what it is about ("What is",
 * "Explain the role of", "Tell me briefly about", "a short note on"; the
 * subject's own words, "in Django", are the vocabulary's `subjectWords`).
 * Dropped before prompts are compared, so "What are Middlewares?" and
 * "Explain middleware." both reduce to `middleware`. Compared after stemming.
 */
export const SCAFFOLD_WORDS: ReadonlySet<string> = stemAll(
  `a an the is are was were be been being am of in on at to for and or nor with by from as into onto via than then
  that this these those it its they them their there here what whats which who whom whose how why when where
  does do did done doing can could would should will shall may might must you your yours we our us i me my
  explain explaining describe describing define defining discuss discussing outline list give provide share
  elaborate illustrate compare comparing contrast differentiate distinguish distinguishes difference differences
  differ between versus vs eg e.g ie i.e etc role roles purpose significance importance relevance
  meaning concept understanding understand deep dive introduction example examples mean means use used uses using
  usage utilize utilizing leverage leveraged work works working handle handles handling manage managing help
  helps play plays key main primary common commonly typical typically various some any all both each other more
  most also just only about like such including basic simple overall specific particular certain good well
  really exactly actually effectively properly within inside across through during without up out over
  respective special way ways kind kinds type types many much exist exists happen happens get gets
  what's whats have has had tell briefly brief short note detail detailed depth overview summarize summarise
  mention know`.split(/\s+/),
)

/**
 * Words that describe rather than distinguish: a prompt that adds "in
 * processing requests and responses" to "Define middleware" still asks the
 * same thing. They weigh least (`CLUSTER_SETTINGS.termKindWeight.generic`).
 */
export const GENERIC_WORDS: ReadonlySet<string> = stemAll(
  `request response process processing application applications data code feature features capability capabilities
  system framework mechanism mechanisms tool tools approach approaches strategy strategies technique techniques
  practice practices best benefit benefits advantage advantages consideration considerations scenario scenarios case
  cases issue issues problem problems implement implementation implementing create creating build building built
  builtin support supports provide enable configure configuration setup set web http object objects class file
  structure component components layer modern traditional large complex dynamic dynamically efficient efficiently
  effective improve enhance ensure important critical essential powerful real world function functionality method
  methods development developer developers represent action actions task tasks step steps option options
  facilitate facilitates simplify simplifies streamline operation operations setting make makes high level rapid
  rapidly emphasize emphasizing render rendering content environment environments optimize accelerate aid aids
  field fields potential advanced`.split(/\s+/),
)

function stemAll(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.filter((w) => w !== '').map((w) => stemTerm(w.toLowerCase())))
}
