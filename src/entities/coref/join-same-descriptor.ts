import { type CorefRule, firstDraftIndex, nearest } from './coref-draft.js';

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
    const draft = firstDraftWritten(s, m.text.toLowerCase());
    if (draft) return { draft, rule: 'entities/same-group' };
  }
  return { create: true, rule: m.rule };
};

/** The first draft (in draft order) with a mention written so, by lower-cased text. */
const firstDraftWritten = firstDraftIndex((_d, f) => f.text.toLowerCase());
