import { type CorefRule, pickSalientPerson } from './coref-draft.js';

// "…, said Ann Lee. She added …": the last person reported speaking nearby, else the most mentioned
export const joinPronoun: CorefRule = (m, s) => {
  if (m.kind !== 'pronoun' || !(m.rule.endsWith('-male') || m.rule.endsWith('-female'))) return null;
  const pick = pickSalientPerson(s, m.start, m.end, m.rule.endsWith('female') ? 'female' : 'male');
  return pick ? { draft: pick.draft, rule: `entities/pronoun-${pick.why}` } : null;
};
