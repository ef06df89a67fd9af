import { type CorefRule, nearest } from './coref-draft.js';

// "Marsh & McLennan … Marsh said", "Lycos Europe … Lycos": a single word that opens an organisation's name
export const joinShortOrganizationName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first || p.words.length !== 1) return null;
  const word = p.words[0];
  if (word === undefined) return null;
  const draft = nearest(
    s.drafts.filter(
      (d) =>
        d.kind === 'organization' && d.found.some((f) => f.text !== word && opensWith(f.text, word)),
    ),
    m.start,
  );
  return draft ? { draft, rule: 'entities/short-organization-name' } : null;
};

/** `text.split(' ')[0] === word`, without splitting: "Lycos Europe" opens with "Lycos". */
const opensWith = (text: string, word: string) =>
  !word.includes(' ') &&
  text.startsWith(word) && (text.length === word.length || text.charCodeAt(word.length) === 32);
