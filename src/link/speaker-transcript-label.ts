import { nameFromCapitals } from './speaker-capitals-name.js';
import type { MentionRule } from './speaker-rule.js';

// "PENCE: Well, look, …" / "MS. ROE: We will …" — a transcript quoted in marks: the capitalised label that opens
// the quoted paragraph names its speaker.
const LABEL = /^(?:(?:MR|MRS|MS|DR|SEN|REP|GOV)\.?\s+)?([\p{Lu}][\p{Lu}'’-]+)\s*:\s+\S/u;

export const mentionTranscriptLabel: MentionRule = ({ quote, text, entities }) => {
  if (quote.type !== 'direct') return null;
  const m = LABEL.exec(text.slice(quote.start, quote.start + 40));
  const label = m?.[1];
  if (!m || !label) return null;
  // only a person the article names ("PENCE" → Mike Pence, "WALLACE" a name of its own), not "UPDATE:"
  const key = label.toLowerCase();
  const named =
    nameFromCapitals(label, entities) ||
    entities.entities.some(
      (e) => e.kind === 'person' && [e.name, ...e.aliases].some((n) => n.toLowerCase() === key),
    );
  if (!named) return null;
  const start = quote.start + m[0].indexOf(label);
  return {
    mention: { start, end: start + label.length, text: label },
    cue: null,
    rule: 'mention/transcript-label',
  };
};
