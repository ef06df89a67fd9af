// Transcripts: a speaker label in capitals opening a paragraph ("PENCE: Well, look, …", "MR. SMITH: …").

import { parsePersonName } from './match-capitalized-names.js';
import { type FoundMention, foundMention, type MentionContext } from './mention-context.js';

const LABEL = /(?:^|\n)[ \t]*["“]?((?:[A-Z][A-Z'’.-]*\.?)(?: [A-Z][A-Z'’.-]*\.?){0,3}):[ \t]/g;
const NOT_SPEAKERS = new Set([
  'Q',
  'A',
  'NOTE',
  'UPDATE',
  'EDITOR',
  'CORRECTION',
  'WATCH',
  'READ',
  'VIDEO',
  'PHOTO',
  'RELATED',
]);

const titleCase = (w: string) => w.charAt(0) + w.slice(1).toLowerCase();

/** Capitalized speaker labels; the name is read in title case ("PENCE" → Pence) so it joins the named person. */
export function matchTranscriptLabels(ctx: MentionContext): FoundMention[] {
  const found: FoundMention[] = [];
  for (const m of ctx.text.matchAll(LABEL)) {
    const label = m[1] ?? '';
    if (NOT_SPEAKERS.has(label) || label.length < 2) continue;
    const start = (m.index ?? 0) + m[0].indexOf(label);
    const words = label
      .split(' ')
      .filter((w) => !/^(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?$/.test(w))
      .map((w) => titleCase(w.replace(/\.$/, '')));
    if (words.length === 0) continue;
    found.push(
      foundMention({
        start,
        end: start + label.length,
        text: label,
        kind: 'person',
        rule: 'entities/transcript-label',
        person: parsePersonName(words),
      }),
    );
  }
  return found;
}
