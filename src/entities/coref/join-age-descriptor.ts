import { type CorefRule, pickSalientPerson } from './coref-draft.js';

// "Hicham El Guerrouj … the 30-year-old said": an age standing for the person the passage is about
export const joinAgeDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite || m.head !== 'year-old') return null;
  const pick = pickSalientPerson(s, m.start, m.end, null);
  return pick ? { draft: pick.draft, rule: 'entities/age-descriptor' } : null;
};
