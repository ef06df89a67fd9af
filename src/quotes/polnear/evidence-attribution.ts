import type { Quote, TextSpan } from '../../types.js';
import { newQuote } from '../new-quote.js';
import type { QuoteContext } from '../quote-context.js';

export const EVIDENCE_RULE = 'quotes/polnear/evidence-attribution';

// a poll named before the finding: "In a Harbor Times poll released Monday, 52 percent …" (the poll word is the
// head: no clause word before it, "In a memo released as polls closed, …" is no poll)
const POLL_LEAD =
  /^(In) ((?:a|an|the|this|that|its|their|his|her|\p{Lu}[\p{L}’'.-]*) [^,.;:!?\n"“”]{0,80}?\b(?:poll|polls|survey|surveys)\b(?:, (?:conducted|released|taken|published)\b[^,.;:!?\n]{0,50}| (?:released|conducted|taken|published|of|from|by|last|this|in|on)\b[^,.;:!?\n"“”]{0,50})?), ([^\n"“”]{12,}?)[.!]?\s*$/du;
const CLAUSE_WORD = /\b(?:as|when|after|while|that|which|who|before|since|because|if)\b/;
// records named after the finding: "…, campaign records show." / "…, a new survey indicates."
const RECORDS_TRAIL =
  /^([^\n"“”]{12,}?), ((?:[^,.;:!?\n"“”]{0,60}?\s)?(?:records|documents|reports|filings|data|figures|analysis|results|polls?|surveys?|statistics|numbers|stud(?:y|ies)|research)) (show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)[.!]?\s*$/du;
// a finding pointed back to: "That’s according to the county's own records."
// (a named source: "the", "a", a capital or a figure first; not "according to plan")
const THAT_ACCORDING =
  /^(That) ?((?:’|')s according to|is according to) ((?:(?:the|a|an|its|their|his|her|our|new|early|recent)\s|\p{Lu}|\d)[^\n"“”]{3,}?)[.!]?\s*$/du;

const span = (ctx: QuoteContext, start: number, end: number): TextSpan => ({
  start,
  end,
  text: ctx.text.slice(start, end),
});

function quote(ctx: QuoteContext, at: number, m: RegExpExecArray, src: number, cue: number, content: number) {
  const g = m.indices;
  const s = g?.[src];
  const c = g?.[cue];
  const t = g?.[content];
  if (!s || !c || !t) return null;
  return newQuote({
    type: 'belief',
    start: at + t[0],
    end: at + t[1],
    content: ctx.text.slice(at + t[0], at + t[1]),
    cue: span(ctx, at + c[0], at + c[1]),
    mention: span(ctx, at + s[0], at + s[1]),
    rule: EVIDENCE_RULE,
    confidence: 0.5,
  });
}

/**
 * Findings PolNeAR attributes to a poll or to records, in three fixed shapes the clause rules do not read (no
 * verb of saying, or the source is no person): "In a Harbor Times poll, 52 percent backed the pier" (source the
 * poll, cue "In"), "The pier cost $2 million, county records show" (source the records, cue the verb), "That’s
 * according to county records" (content "That", cue "’s according to"). A whole sentence each, outside
 * quotation marks.
 */
// In a Harbor Times poll released Monday, 52 percent backed the pier. → source "a Harbor Times poll released
// Monday", cue "In", content "52 percent backed the pier"
export function findEvidenceAttributions(ctx: QuoteContext): Quote[] {
  const out: Quote[] = [];
  for (const s of ctx.seg.sentences) {
    const raw = ctx.text.slice(s.start, s.end);
    const lead = raw.length - raw.trimStart().length;
    const text = raw.trim();
    const at = s.start + lead;
    const poll = POLL_LEAD.exec(text);
    if (poll && !CLAUSE_WORD.test(poll[2] ?? '') && (poll[3] ?? '').trim().split(/\s+/).length >= 3) {
      const q = quote(ctx, at, poll, 2, 1, 3);
      if (q) out.push(q);
      continue;
    }
    const records = RECORDS_TRAIL.exec(text);
    if (records) {
      const q = quote(ctx, at, records, 2, 3, 1);
      if (q) out.push(q);
      continue;
    }
    const that = THAT_ACCORDING.exec(text);
    if (that) {
      const q = quote(ctx, at, that, 3, 2, 1);
      if (q) out.push(q);
    }
  }
  return out;
}
