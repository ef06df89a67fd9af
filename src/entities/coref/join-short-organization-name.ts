import { type CorefRule, nearest } from './coref-draft.js';

// "Marsh & McLennan … Marsh said", "Lycos Europe … Lycos": a single word that opens an organisation's name
export const joinShortOrganizationName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first || p.words.length !== 1) return null;
  const word = p.words[0];
  const draft = nearest(
    s.drafts.filter(
      (d) =>
        d.kind === 'organization' && d.found.some((f) => f.text !== word && f.text.split(' ')[0] === word),
    ),
    m.start,
  );
  return draft ? { draft, rule: 'entities/short-organization-name' } : null;
};
