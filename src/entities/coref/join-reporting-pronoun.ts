import { type CorefRule, type Draft, lastEnd, nearest } from './coref-draft.js';

// "The ministry denied it. It said …": "it" to the nearest organisation, "they" to the nearest group or
// organisation, named in the last 600 characters
export const joinReportingPronoun: CorefRule = (m, s) => {
  if (m.kind !== 'pronoun' || !(m.rule.endsWith('neuter') || m.rule.endsWith('plural'))) return null;
  const kinds: ReadonlyArray<Draft['kind']> = m.rule.endsWith('neuter')
    ? ['organization']
    : ['group', 'organization'];
  const candidates = s.drafts.filter(
    (d) =>
      kinds.includes(d.kind) && !d.canonical?.startsWith('country:') && lastEnd(d, m.start) > m.start - 600,
  );
  const draft = nearest(candidates, m.start);
  return draft ? { draft, rule: 'entities/pronoun-nearest-organization' } : null;
};
