import { countMatches, WORD_RUN } from '../../../count-matches.js';
import type { TextSpan } from '../../../types.js';
import { type QuoteContext, spanOf, tokenIndexAt } from '../../quote-context.js';
import { hasVerb } from './clause-helpers.js';

// a determiner- or possessive-led descriptor: "the mayor", "its Paris lawyer", "a report"
const DESCRIPTOR_LEAD = /^(?:the|a|an|its|his|her|their|our)\s/i;
// a stretch that is a time or place adjunct, not a second name for the source ("the next day")
const TIME_WORD =
  /\b(?:day|week|weekend|month|year|morning|afternoon|evening|night|time|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday)s?\b/i;
// a name: capitalised words with lower-case joins ("Emmanuel Gaillard of Shearman and Sterling")
const NAME =
  /^\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:of|and|de|van|von|der|la|le|al|the|for)\s+)*\p{Lu}[\p{L}.'’-]*)*$/u;
// the person's name at the head of an appositive ("Dee Margo", "Emmanuel Gaillard" of "… of Shearman")
const PERSON_HEAD = /^\p{Lu}[\p{L}.'’-]+(?:\s+\p{Lu}\.?)*(?:\s+\p{Lu}[\p{Ll}'’-]+)*(?=\s+of\b|$)/u;
// "analysts' forecasts", "the ministry's figures": a document of the owner, who stays the source
const DOCUMENT_HEAD =
  /\b(?:forecasts?|estimates?|figures|data|reports?|calculations?|statements?|surveys?|research|stud(?:y|ies)|websites?|count|tally|records?|analysis|polls?|projections?|numbers|statistics)$/i;

/**
 * "According to the Daily Tarn's Vessby correspondent, …": a possessive after the source takes the rest of its noun
 * phrase, up to `stop` (a comma or the sentence end), when that rest is a few verbless words.
 */
export function widenPossessiveSource(ctx: QuoteContext, mention: TextSpan, stop: number): TextSpan {
  const rest = ctx.text.slice(mention.end, stop);
  const m = /^['’]s?\s+([^,;:()"“”]+?)\s*[.!?]?\s*$/u.exec(rest);
  if (!m?.[1]) return mention;
  const words = countMatches(WORD_RUN, m[1], 9);
  if (words < 1 || words > 8 || DOCUMENT_HEAD.test(m[1])) return mention;
  const end = mention.end + rest.indexOf(m[1]) + m[1].length;
  if (hasVerb(ctx, tokenIndexAt(ctx.tokens, mention.end), end)) return mention;
  return spanOf(ctx, mention.start, end);
}

/**
 * The lead-in "According to X, Y, clause" where Y is a second name for X: "According to the Vessby mayor, Ann
 * Roe, police …", "according to a report by Tarnwatch, a security firm, …", "according to police in Vessby,
 * Tarnia, …", "According to a March 4, 2019 statement, …". Returns the comma that ends the lead-in and the
 * mention (the appositive's person name when X is only a descriptor), or null when the stretch after the first
 * comma is not such an appositive (an adjunct, a list, the report itself).
 */
export function skipSourceAppositive(
  ctx: QuoteContext,
  mention: TextSpan,
  comma: number,
  end: number,
): { comma: number; mention: TextSpan } | null {
  const next = ctx.text.indexOf(',', comma + 1);
  if (next < 0 || next >= end) return null;
  const raw = ctx.text.slice(comma + 1, next);
  const seg = raw.trim();
  const segStart = comma + 1 + raw.indexOf(seg);
  const words = countMatches(WORD_RUN, seg, 9);
  if (!seg || words > 8 || TIME_WORD.test(seg)) return null;
  if (hasVerb(ctx, tokenIndexAt(ctx.tokens, segStart), next)) return null;
  // "a March 4, 2019 statement": the year and the rest of the source's own phrase
  const dated =
    /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}$/.test(
      mention.text,
    );
  if (dated && /^\d{4}\s+\S/.test(seg))
    return { comma: next, mention: spanOf(ctx, mention.start, segStart + seg.length) };
  // "Tarnwatch, a security firm": a descriptor after a name (not "the ruling, a host, …")
  const descriptorAppositive =
    /^(?:a|an|the)\s+\p{Ll}/u.test(seg) &&
    /^\p{Lu}/u.test(mention.text) &&
    !DESCRIPTOR_LEAD.test(mention.text);
  if (!NAME.test(seg) && !descriptorAppositive) return null;
  // what follows must be the report: a verb ahead, no list of names ("Norland, Tarnia and Vessby agreed"), and no
  // second appositive ("Ann Roe, a teacher, was …") or relative clause
  const after = ctx.text.slice(next + 1, end);
  if (/^\s*(?:who|whom|whose|which|and|or|such|like|including|as)\b/i.test(after)) return null;
  const afterTok = tokenIndexAt(ctx.tokens, next + 1);
  // "Trump, now operating from …, is to …": a name then its own participle phrase is the report's subject
  // (not "Destatis, rising exports were …", a participle on a noun)
  const open = ctx.tokens[afterTok]?.pos ?? '';
  if (
    /^(?:ADV|AUX)$/.test(open) ||
    (open === 'VERB' && /^(?:ADP|DET|ADV|PRON|PART)$/.test(ctx.tokens[afterTok + 1]?.pos ?? ''))
  )
    return null;
  if (!hasVerb(ctx, afterTok, end)) return null;
  const nextComma = ctx.text.indexOf(',', next + 1);
  const firstPart = ctx.text.slice(next + 1, nextComma < 0 || nextComma >= end ? end : nextComma).trim();
  if (
    nextComma >= 0 &&
    nextComma < end &&
    !hasVerb(ctx, afterTok, nextComma) &&
    /^(?:a|an|the|\d)/i.test(firstPart)
  )
    return null;
  let v = afterTok;
  while (v < ctx.tokens.length && !/^(?:VERB|AUX)$/.test(ctx.tokens[v]?.pos ?? '')) v++;
  const subject = ctx.text.slice(next + 1, ctx.tokens[v]?.start ?? end);
  if (/\b(?:and|or)\s/i.test(subject) && NAME.test(seg) && words <= 2) return null;
  const person = PERSON_HEAD.exec(seg);
  const describes = DESCRIPTOR_LEAD.test(mention.text) || /\p{L}['’]s?\s/u.test(mention.text);
  if (person && describes && /^\P{Lu}/u.test(mention.text.split(/\s+/).pop() ?? ''))
    return { comma: next, mention: spanOf(ctx, segStart, segStart + person[0].length) };
  return { comma: next, mention };
}
