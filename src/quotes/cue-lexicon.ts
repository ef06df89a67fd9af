// Verbs and phrases that mark a report. Each list holds base forms; `inflect` gives the written forms.

const IRREGULAR: Record<string, string[]> = {
  say: ['say', 'says', 'said', 'saying'],
  tell: ['tell', 'tells', 'told', 'telling'],
  write: ['write', 'writes', 'wrote', 'written', 'writing'],
  think: ['think', 'thinks', 'thought', 'thinking'],
  feel: ['feel', 'feels', 'felt', 'feeling'],
  find: ['find', 'finds', 'found', 'finding'],
  admit: ['admit', 'admits', 'admitted', 'admitting'],
  quip: ['quip', 'quips', 'quipped', 'quipping'],
  know: ['know', 'knows', 'knew', 'known', 'knowing'],
  swear: ['swear', 'swears', 'swore', 'sworn', 'swearing'],
  forecast: ['forecast', 'forecasts', 'forecasting'],
  rule: ['rule', 'rules', 'ruled'],
};

/** Written forms of a regular English verb: base, -s, -ed, -ing. */
export function inflect(base: string): string[] {
  const irregular = IRREGULAR[base];
  if (irregular) return irregular;
  const s = /(?:s|sh|ch|x|z)$/.test(base)
    ? `${base}es`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ies`
      : `${base}s`;
  const ed = base.endsWith('e')
    ? `${base}d`
    : /[^aeiou]y$/.test(base)
      ? `${base.slice(0, -1)}ied`
      : `${base}ed`;
  const ing = /[^e]e$/.test(base) ? `${base.slice(0, -1)}ing` : `${base}ing`;
  return [base, s, ed, ing];
}

/** Verbs that report a statement and can take a reported clause (indirect speech). */
export const SPEECH_VERBS = [
  'say',
  'tell',
  'add',
  'insist',
  'note',
  'conclude',
  'warn',
  'claim',
  'deny',
  'point',
  'announce',
  'argue',
  'state',
  'explain',
  'suggest',
  'admit',
  'confirm',
  'reply',
  'acknowledge',
  'assert',
  'maintain',
  'predict',
  'promise',
  'pledge',
  'complain',
  'remark',
  'comment',
  'stress',
  'emphasise',
  'emphasize',
  'report',
  'declare',
  'allege',
  'reveal',
  'disclose',
  'recall',
  'write',
  'concede',
  'contend',
  'observe',
  'caution',
  'counter',
  'retort',
  'boast',
  'vow',
  'threaten',
  'testify',
  'rule',
  'find',
  'agree',
  'respond',
  'answer',
  'indicate',
  'signal',
  'hint',
  'urge',
  'swear',
  'assure',
  'inform',
  'advise',
  'reiterate',
  'repeat',
  'tweet',
  'announce',
  'affirm',
  'accept',
  'charge',
  'accuse',
  'protest',
  'object',
  'propose',
  'recommend',
  'demand',
  // statement verbs among PolNeAR train cues (scripts/train/learn-polnear-cues.ts)
  'mention',
  'speculate',
  'clarify',
  'proclaim',
  'reaffirm',
  'opine',
  'lament',
  'brag',
  'theorize',
  'surmise',
  'specify',
  // "Norland Oil estimates that the project will …": an organisation's figure is its statement
  'estimate',
];

/** Verbs that attribute quoted words only (`"…," she joked.`), never an indirect clause. */
export const DIRECT_ONLY_VERBS = [
  'ask',
  'continue',
  'joke',
  'quip',
  'smile',
  'laugh',
  'shout',
  'scream',
  'exclaim',
  'sigh',
  'muse',
  'cry',
  'whisper',
  'mutter',
  'snap',
  'grin',
  'chuckle',
  'enthuse',
  'gush',
  'plead',
  'beg',
  'wonder',
  'post',
  'read',
  'begin',
  'conclude',
  'summarise',
  'summarize',
  'recount',
  'insist',
  'criticise',
  'criticize',
  'describe',
  // manner-of-speaking verbs after a closing mark (`"…," Toomey fumed.`)
  'fume',
  'bark',
  'growl',
  'yell',
  'grumble',
  'scoff',
  'snort',
  'gasp',
  'murmur',
  'sneer',
  'hiss',
  'interject',
  // `"…?" Tull questioned.`
  'question',
];

/** Verbs of belief and thought, reported only under kinds: 'all' (type `belief`). */
export const BELIEF_VERBS = [
  'think',
  'believe',
  'hope',
  'expect',
  'fear',
  'feel',
  'doubt',
  'suspect',
  'worry',
  'reckon',
  'know',
  'want',
];

const toMap = (bases: string[]) => {
  const m = new Map<string, string>();
  for (const b of bases) for (const f of inflect(b)) if (!m.has(f)) m.set(f, b);
  return m;
};

export const SPEECH_FORMS = toMap(SPEECH_VERBS);
export const DIRECT_FORMS = toMap([...SPEECH_VERBS, ...DIRECT_ONLY_VERBS]);
export const BELIEF_FORMS = toMap(BELIEF_VERBS);

/** Kinds of cue a word can be. */
export type CueKind = 'speech' | 'belief';

export function cueKindOf(word: string, withBeliefs: boolean): CueKind | null {
  const w = word.toLowerCase();
  if (SPEECH_FORMS.has(w)) return 'speech';
  if (withBeliefs && BELIEF_FORMS.has(w)) return 'belief';
  return null;
}

/** Auxiliaries and adverbs that may stand between a speaker and the cue ("has since said", "also noted"). */
export const CUE_MODIFIERS = new Set([
  'has',
  'have',
  'had',
  'will',
  'would',
  "'ll",
  '’ll',
  'could',
  'may',
  'might',
  'should',
  'must',
  'is',
  'was',
  'were',
  'are',
  'am',
  'been',
  'be',
  'also',
  'further',
  'later',
  'then',
  'again',
  'since',
  'previously',
  'reportedly',
  'allegedly',
  'recently',
  'once',
  'already',
  'repeatedly',
  'publicly',
  'privately',
  'now',
  'just',
  'still',
  'even',
  'all',
  'both',
  'earlier',
  'yesterday',
  'today',
  'did',
  'does',
  'do',
  'not',
  "n't",
  'n’t',
  'never',
  'always',
  'often',
  'quickly',
  'simply',
  'openly',
  'flatly',
  'firmly',
  'strongly',
  'clearly',
  'angrily',
  'immediately',
  'subsequently',
  'separately',
  'jointly',
  'initially',
  'originally',
  'finally',
  'only',
  'apparently',
  'emphatically',
  'confidently',
  'bluntly',
  'frankly',
  'candidly',
  'quietly',
  'insistently',
  'categorically',
  'vehemently',
  'tonight',
  'himself',
  'herself',
  'themselves',
  'itself',
  'too',
  'however',
  // "a UN report eventually concluded …", "Pentagon sources meanwhile said …"
  'eventually',
  'ultimately',
  'meanwhile',
  'formally',
  'officially',
  'explicitly',
  'specifically',
  // "Some traders here said …", "Residents there told …"
  'here',
  'there',
]);
