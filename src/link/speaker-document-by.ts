import type { MentionRule } from './speaker-rule.js';

// " compiled by Stuff Magazine", " published by the Keel Institute": who made what the mention names
const MADE_BY =
  /^\s+(?:compiled|published|released|conducted|commissioned|issued|produced|carried\s+out)\s+by\s+(?:the\s+)?(\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:(?:of|for|&)\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*){0,6})/u;

// "…, according to a round-up of ultimate gadgets compiled by Stuff Magazine." → Stuff Magazine: what a source
// cites was made by the one named after "compiled by", who is the source (the quote finder took the thing
// described for it)
export const mentionDocumentBy: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  if (!m || quote.type !== 'indirect' || !/^according to$/i.test(quote.cue?.text ?? '')) return null;
  const hit = MADE_BY.exec(text.slice(m.end, m.end + 120));
  const name = hit?.[1]?.replace(/(?<=\p{Ll}{2})\.$/u, '');
  if (!hit || !name) return null;
  const start = m.end + hit[0].length - (hit[1]?.length ?? 0);
  return {
    mention: { start, end: start + name.length, text: name },
    cue: quote.cue,
    rule: 'mention/document-by',
  };
};
