import { type CorefRule, type Draft, lastEnd, nearest, persons } from './coref-draft.js';

// (the article's protagonist), the nearest on a tie
export const joinPronoun: CorefRule = (m, s) => {
  if (m.kind !== 'pronoun') return null;
  const gender = m.rule.endsWith('female') ? 'female' : 'male';
  const candidates = persons(s).filter(
    (d) => (d.gender === null || d.gender === gender) && lastEnd(d, m.start) > m.start - 600,
  );
  const count = (d: Draft) => d.found.filter((f) => f.start < m.start && f.kind !== 'pronoun').length;
  const top = Math.max(0, ...candidates.map(count));
  const draft = nearest(
    candidates.filter((d) => count(d) === top),
    m.start,
  );
  return draft ? { draft, rule: 'entities/pronoun-salient-person' } : null;
};
