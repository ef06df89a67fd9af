import type { SpeakerRule } from './speaker-rule.js';

// "Roe's animal foundation", "the Vell family's trust": an owner's name, then lower-case words
const OWNER_THEN_WORDS =
  /^(?:the\s+)?(\p{Lu}[\p{L}\p{M}'’-]*(?:\s+\p{Lu}[\p{L}\p{M}'’-]*)*)['’]s?\s+((?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+)$/u;

const titleCase = (w: string) => `${w[0]?.toUpperCase() ?? ''}${w.slice(1)}`;

// "the Ada Roe Animal Foundation said … ¶ Roe's animal foundation said …" → the Ada Roe Animal Foundation: an
// owner's descriptor that the article's organisation name spells out, the owner in it and the words ending it.
export const speakerOwnerOrganisation: SpeakerRule = ({ quote, names }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  const parts = OWNER_THEN_WORDS.exec(m);
  if (!parts?.[1] || !parts[2]) return null;
  const owner = parts[1].split(/\s+/).at(-1) ?? '';
  const tail = parts[2].split(/\s+/).map(titleCase).join(' ');
  let best: string | null = null;
  for (const run of names.runs) {
    if (!run.endsWith(` ${tail}`) || !run.split(/\s+/).includes(owner)) continue;
    if (!best || run.length > best.length) best = run;
  }
  return best ? { speaker: best, rule: 'speaker/owner-organisation' } : null;
};
