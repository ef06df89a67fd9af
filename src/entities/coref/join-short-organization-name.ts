import {
  addInDraftOrder,
  type CorefRule,
  type CorefState,
  type Draft,
  nearest,
  visitNewMentions,
} from './coref-draft.js';

// "Marsh & McLennan … Marsh said", "Lycos Europe … Lycos": a single word that opens an organisation's name
export const joinShortOrganizationName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first || p.words.length !== 1) return null;
  const word = p.words[0];
  if (word === undefined) return null;
  const draft = nearest(organizationsOpenedBy(s, word), m.start);
  return draft ? { draft, rule: 'entities/short-organization-name' } : null;
};

interface OpeningIndex {
  cursor: number[];
  /** Organisation drafts by the first word of a longer name they were written as ("Lycos" of "Lycos Europe"). */
  byOpening: Map<string, Draft[]>;
}

const INDEXES = new WeakMap<CorefState, OpeningIndex>();

/** The organisation drafts, in draft order, with a mention "word …" (the word, a space, more). */
function organizationsOpenedBy(s: CorefState, word: string): Draft[] {
  let index = INDEXES.get(s);
  if (!index) {
    index = { cursor: [], byOpening: new Map() };
    INDEXES.set(s, index);
  }
  const { byOpening } = index;
  visitNewMentions(s, index.cursor, (d, f) => {
    const space = f.text.indexOf(' ');
    if (d.kind !== 'organization' || space < 0) return;
    const opening = f.text.slice(0, space);
    const list = byOpening.get(opening);
    if (list) addInDraftOrder(list, d);
    else byOpening.set(opening, [d]);
  });
  return byOpening.get(word) ?? [];
}
