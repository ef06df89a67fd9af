import { type QuoteContext, tokenNorm } from './quote-context.js';

// verbs that judge or punish someone for what they said: "suspended", "praised", "criticised", "sacked", …
const JUDGING =
  /^(?:criticis|criticiz|prais|condemn|slamm|slam|blast|attack|suspend|fin|sack|bann|ban|mock|rebuk|reprimand|thank|congratulat|blam|su|punish|scold|censur|applaud|hail|commend|lambast|berat|ridicul|castigat|sanction|disciplin|expell|expel|chastis|admonish|lampoon|pillori|derid)(?:e|es|ed|d|s)?$/;
// "apologised for saying …": the clause's own subject said it
const OWN_STATEMENT = /^(?:apologis|apologiz)(?:ed|es|e)$/;
const OBJECT_TAGS = /^(?:DET|PROPN|NOUN|ADJ|PRON|NUM|PART)$/;
const BE = /^(?:was|were|been|is|are|be|being|got|get|gets)$/;

/** Where "for" at `forAt` gives the reason someone was judged, who said it: `object` (tokens `from`–`to`) or the
 * clause's `subject` of the verb at `verb`. */
export type JudgedFor = { kind: 'object'; from: number; to: number } | { kind: 'subject'; verb: number };

/**
 * "The club suspended Tom Orr for claiming …" → the object "Tom Orr"; "Tom Orr was praised for saying …", "Orr
 * apologised for saying …", "Orr came under fire for saying …" → the subject of that verb; null for another "for"
 * ("no reason for saying …", "the case for arguing …", "whipped up a storm for saying …").
 */
export function judgedFor(ctx: QuoteContext, forAt: number, first: number): JudgedFor | null {
  if (tokenNorm(ctx, forAt) !== 'for' || forAt - 1 <= first) return null;
  const p = forAt - 1;
  const w = tokenNorm(ctx, p);
  if (JUDGING.test(w) && /d$/.test(w) && BE.test(tokenNorm(ctx, p - 1))) return { kind: 'subject', verb: p };
  if (OWN_STATEMENT.test(w)) return { kind: 'subject', verb: p };
  if (w === 'fire' && tokenNorm(ctx, p - 1) === 'under' && p - 2 > first)
    return { kind: 'subject', verb: p - 2 };
  let k = p;
  while (k > first && p - k < 6 && OBJECT_TAGS.test(ctx.tokens[k]?.pos ?? '')) k--;
  if (k === p || !JUDGING.test(tokenNorm(ctx, k)) || ctx.tokens[k]?.pos !== 'VERB') return null;
  // ("thanked him for saying …": a pronoun object is left to the text before)
  if (k + 1 === p && ctx.tokens[p]?.pos === 'PRON') return null;
  return { kind: 'object', from: k + 1, to: p };
}
