import { type CorefRule, type CorefState, type Draft, visitNewMentions } from './coref-draft.js';

// "Saint Petersburg" … "Saint Petersburg", "Time Warner Inc" twice: same written name
export const joinSameName: CorefRule = (m, s) => {
  if (m.kind === 'pronoun' || m.kind === 'descriptor' || m.kind === 'group') return null;
  const draft = firstDraftNamed(s, m.kind, m.text);
  return draft ? { draft, rule: 'entities/same-name' } : { create: true, rule: m.rule };
};

interface NameIndex {
  cursor: number[];
  /** The first draft (in draft order) of each kind with a mention written so, by kind and text. */
  first: Map<string, Draft>;
}

const INDEXES = new WeakMap<CorefState, NameIndex>();

/** `s.drafts.find((d) => d.kind === kind && d.found.some((f) => f.text === text))`, from an index kept up to date
 * (a scan of every mention per mention was quadratic in a long article). */
function firstDraftNamed(s: CorefState, kind: Draft['kind'], text: string): Draft | undefined {
  let index = INDEXES.get(s);
  if (!index) {
    index = { cursor: [], first: new Map() };
    INDEXES.set(s, index);
  }
  const { first } = index;
  visitNewMentions(s, index.cursor, (d, f) => {
    const key = `${d.kind}\u0000${f.text}`;
    const known = first.get(key);
    if (!known || known.index > d.index) first.set(key, d);
  });
  return first.get(`${kind}\u0000${text}`);
}
