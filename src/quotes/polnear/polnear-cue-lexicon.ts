import { inflect } from '../cue-lexicon.js';

// Verbs PolNeAR counts as attribution cues beyond the GUIDE's report verbs, chosen from the cue lemmas of
// PolNeAR train (one annotator per article; e.g. called 125, shows/show/showed 170, found 59, described 54,
// accused 36, endorsed 35, criticized 35, wants/want 60, urged 30, cited 27, defended 27, praised 24).
// Used only with spans: 'polnear'; their reports are actions, findings, beliefs or intentions, not statements.

/** Acts of speech that take a noun-phrase object ("accused Ann Lee of lying", "praised the plan"). */
export const POLNEAR_ACT_VERBS = [
  'call',
  'describe',
  'accuse',
  'criticize',
  'criticise',
  'endorse',
  'urge',
  'cite',
  'defend',
  'praise',
  'propose',
  'question',
  'dismiss',
  'blame',
  'reject',
  'attack',
  'mock',
  'denounce',
  'blast',
  'slam',
  'express',
  'thank',
  'mention',
  'discuss',
  'condemn',
  'decry',
  'lament',
  'recount',
  'highlight',
  'applaud',
  'tout',
  'challenge',
  'request',
  'demand',
  'recommend',
  'dispute',
  'ridicule',
  'chide',
  'berate',
  'hail',
  'label',
  'brand',
  'characterize',
  'insult',
  'recall',
  'remind',
  'reveal',
];

/** Findings, wants, plans and stances ("the poll shows …", "Ann Lee wants …"): type `belief`. */
export const POLNEAR_STATE_VERBS = [
  'show',
  'find',
  'want',
  'plan',
  'support',
  'oppose',
  'seek',
  'back',
  'favor',
  'favour',
  'prefer',
  'see',
  'consider',
  'estimate',
  'view',
  'regard',
  'intend',
  'decide',
  'refuse',
  'need',
  'like',
  'love',
  'hate',
  'suggest',
  'think',
  'believe',
  'hope',
  'expect',
  'fear',
  'feel',
  'doubt',
  'suspect',
  'worry',
  'know',
  'understand',
  'realize',
  'assume',
  'imagine',
  'predict',
];

const IRREGULAR_EXTRA: Record<string, string[]> = {
  show: ['show', 'shows', 'showed', 'shown', 'showing'],
  see: ['see', 'sees', 'saw', 'seen', 'seeing'],
  seek: ['seek', 'seeks', 'sought', 'seeking'],
  understand: ['understand', 'understands', 'understood', 'understanding'],
  plan: ['plan', 'plans', 'planned', 'planning'],
  slam: ['slam', 'slams', 'slammed', 'slamming'],
  prefer: ['prefer', 'prefers', 'preferred', 'preferring'],
  label: ['label', 'labels', 'labeled', 'labelled', 'labeling'],
};

const formsOf = (bases: string[]) => {
  const m = new Map<string, string>();
  for (const b of bases) for (const f of IRREGULAR_EXTRA[b] ?? inflect(b)) if (!m.has(f)) m.set(f, b);
  return m;
};

export const POLNEAR_ACT_FORMS = formsOf(POLNEAR_ACT_VERBS);
export const POLNEAR_STATE_FORMS = formsOf(POLNEAR_STATE_VERBS);
