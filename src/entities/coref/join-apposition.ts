import type { CorefRule } from './coref-draft.js';

// "Putin – the former director of Russia’s domestic spy agency –": a descriptor set off right after a name
export const joinApposition: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' || !m.definite) return null;
  const gap = s.text.slice(Math.max(0, m.start - 4), m.start);
  if (!/[,\u2013\u2014-]\s*$/.test(gap)) return null;
  const draft = s.drafts.find((d) =>
    d.found.some(
      (f) =>
        f.end <= m.start &&
        m.start - f.end <= 4 &&
        /^\s*[,\u2013\u2014-]\s*$/.test(s.text.slice(f.end, m.start)),
    ),
  );
  return draft && draft.kind === 'person' ? { draft, rule: 'entities/apposition' } : null;
};
