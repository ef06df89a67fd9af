import { type CorefRule, type CorefState, type Draft, nearest, visitNewMentions } from './coref-draft.js';

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

interface LowerTextIndex {
  cursor: number[];
  /** The first draft (in draft order) with a mention written so, by lower-cased text. */
  first: Map<string, Draft>;
}

const INDEXES = new WeakMap<CorefState, LowerTextIndex>();

/** `s.drafts.find((d) => d.found.some((f) => f.text.toLowerCase() === lower))`, from an index kept up to date. */
function firstDraftWritten(s: CorefState, lower: string): Draft | undefined {
  let index = INDEXES.get(s);
  if (!index) {
    index = { cursor: [], first: new Map() };
    INDEXES.set(s, index);
  }
  const { first } = index;
  visitNewMentions(s, index.cursor, (d, f) => {
    const key = f.text.toLowerCase();
    const known = first.get(key);
    if (!known || known.index > d.index) first.set(key, d);
  });
  return first.get(lower);
}
