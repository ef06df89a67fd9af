import { type CorefRule, nearest } from './coref-draft.js';

// "an official" is a new referent every time; "the official" … "the official" the same one
export const joinSameDescriptor: CorefRule = (m, s) => {
  if (m.kind !== 'descriptor' && m.kind !== 'group') return null;
  if (m.definite) {
    const draft = nearest(
      s.drafts.filter(
        (d) => (d.kind === 'descriptor' || d.kind === 'group') && d.found.some((f) => f.head === m.head),
      ),
      m.start,
    );
    if (draft) return { draft, rule: 'entities/same-descriptor' };
  }
  if (m.rule === 'entities/bare-group') {
    const text = m.text.toLowerCase();
    const draft = s.drafts.find((d) => d.found.some((f) => f.text.toLowerCase() === text));
    if (draft) return { draft, rule: 'entities/same-group' };
  }
  return { create: true, rule: m.rule };
};

