import { type CorefRule, type Draft, nearest, persons } from './coref-draft.js';

/** "King Hussein", "Queen Noor", "Crown Prince Abdullah": a title and one name, which is a given name, not a surname. */
const REGNAL =
  /\b(?:King|Queen|Prince|Princess|Crown Prince|Emperor|Empress|Sultan|Emir|Sheikh|Pope)\s+[\p{Lu}][\p{L}'’-]*(?:\s+(?:[IVX]+|the\s+\p{Lu}\p{L}*))?$/u;

export const isRegnalMention = (text: string) => REGNAL.test(text);

/** True when one of the draft's mentions is a regnal title and name ("King Hussein"). */
export const isRegnalDraft = (d: Draft) =>
  d.found.some((f) => f.kind === 'person' && isRegnalMention(f.text));

// "Saddam Hussein … King Hussein of Jordan": a king's one name is no one else's surname, so it joins only a draft
// that was itself named with a title ("King Hussein" … "the late King Hussein"), else it starts its own
export const joinRegnalName: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first || m.kind !== 'person' || !isRegnalMention(m.text)) return null;
  const regnal = persons(s).filter((d) => d.last === p.last && isRegnalDraft(d));
  const draft = nearest(regnal, m.start);
  return draft ? { draft, rule: 'entities/regnal-name' } : { create: true, rule: m.rule, kind: 'person' };
};
