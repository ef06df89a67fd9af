import type { CorefRule } from './coref-draft.js';

// "NATO" … "North Atlantic Treaty Organisation" … "the Kremlin": one entity per gazetteer canonical
export const joinSameCanonical: CorefRule = (m, s) => {
  if (!m.canonical) return null;
  const draft = s.drafts.find((d) => d.canonical === m.canonical);
  return draft ? { draft, rule: 'entities/same-canonical' } : { create: true, rule: m.rule };
};
