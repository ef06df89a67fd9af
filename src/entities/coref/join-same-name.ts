import type { CorefRule } from './coref-draft.js';

// "Saint Petersburg" … "Saint Petersburg", "Time Warner Inc" twice: same written name
export const joinSameName: CorefRule = (m, s) => {
  if (m.kind === 'pronoun' || m.kind === 'descriptor' || m.kind === 'group') return null;
  const draft = s.drafts.find((d) => d.kind === m.kind && d.found.some((f) => f.text === m.text));
  return draft ? { draft, rule: 'entities/same-name' } : { create: true, rule: m.rule };
};
