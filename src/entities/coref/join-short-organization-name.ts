import {
  type CorefRule,
  type CorefState,
  type Draft,
  nearest,
  type OrganizationWordIndex,
  organizationsByWord,
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

const INDEXES = new WeakMap<CorefState, OrganizationWordIndex>();

// the first word of a longer name ("Lycos" of "Lycos Europe")
function openingWord(text: string): string | null {
  const space = text.indexOf(' ');
  return space < 0 ? null : text.slice(0, space);
}

/** The organisation drafts, in draft order, with a mention "word …" (the word, a space, more). */
const organizationsOpenedBy = (s: CorefState, word: string): Draft[] =>
  organizationsByWord(INDEXES, s, openingWord, word);
