import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt, tokenIndexAt } from '../quote-context.js';

type Span = { start: number; end: number };
const meets = (a: Span | null, b: Span | null) => !!a && !!b && a.start < b.end && b.start < a.end;

export const LEAD_ROUND_RULE_ASIDE = 'quotes/polnear/lead-round-rule-aside';

/**
 * A report round an attribution set off by commas, as the GUIDE rule `parenthetical-cue` reads it ("The pier, Ann
 * Lee said, will close"): PolNeAR writes one relation whose content has two parts, the sentence's opening words
 * before the aside and the words after it. A tagged relation on the aside's cue gains the opening words as its
 * first part; when no tagged relation holds that cue (the tagger read the verb after the aside as the cue:
 * "Ann Lee" … "close"), the tagged relations round the aside give way to the rule's attribution, in two parts.
 * Returns the quotes, in their order.
 */
// The pier, Ann Lee said, will close in May. → "The pier" … "will close in May", cue "said", source "Ann Lee"
export function leadRoundRuleAside(ctx: QuoteContext, tagged: Quote[], rules: Quote[]): Quote[] {
  let out = tagged;
  const text = ctx.text;
  for (const r of rules) {
    if (!r.rule.startsWith('quotes/parenthetical-cue') || !r.cue || !r.mention) continue;
    const asideStart = Math.min(r.cue.start, r.mention.start);
    const asideEnd = Math.max(r.cue.end, r.mention.end);
    const sentence = sentenceAt(ctx, asideStart);
    if (!sentence || sentence.start > asideStart) continue;
    // the opening words: from the sentence's start to the comma before the aside ("…, as Ann Lee said, …" too)
    const before = text.slice(sentence.start, asideStart);
    const comma = /,\s*(?:as\s+)?$/.exec(before);
    if (!comma) continue;
    const leadText = before.slice(0, comma.index);
    const lead0 = leadText.length - leadText.trimStart().length;
    // (one phrase: not a clause of its own, "…, who works for the league and, Ann Lee said, …")
    if (!/\p{L}/u.test(leadText) || /["“”«»,;:]|''/.test(leadText)) continue;
    if (/\b(?:and|but|or)\s*$/i.test(leadText)) continue;
    const lead: Span = { start: sentence.start + lead0, end: sentence.start + comma.index };
    // the words after the aside
    let afterStart = r.start;
    if (afterStart < asideEnd) {
      const k = text.indexOf(',', asideEnd);
      if (k < 0 || k >= r.end) continue;
      afterStart = k + 1;
      while (afterStart < r.end && /\s/.test(text.charAt(afterStart))) afterStart++;
    }
    if (afterStart >= r.end) continue;
    // the opening words are the clause's subject ("The pier, …, will close"; "It was, …, a pier"), not an
    // adverbial before a whole clause ("In Lisbon, Ann Lee said, the pier will close": PolNeAR leaves it out)
    const posOf = (k: number) => ctx.tokens[k]?.pos ?? '';
    const first = tokenIndexAt(ctx.tokens, lead.start);
    const VERBAL = /^(?:AUX|VERB)$/;
    if (/^(?:ADP|SCONJ|ADV|CCONJ|VERB)$/.test(posOf(first))) continue;
    const opensWithVerb = VERBAL.test(posOf(tokenIndexAt(ctx.tokens, afterStart)));
    const last = tokenIndexAt(ctx.tokens, lead.end) - 1;
    if (!opensWithVerb && !VERBAL.test(posOf(last))) continue;
    // (a clause with a verb of its own is no subject: "He tells crews the pier, both sides say, will close")
    let verb = false;
    for (let k = first; k <= last; k++) if (posOf(k) === 'VERB') verb = true;
    if (verb) continue;
    const after: Span = { start: afterStart, end: r.end };
    // (a tagged cue running past the aside, "explained earlier in" … "the hearing, were …", is no owner)
    const owner = out.find(
      (q) => meets(q.cue, r.cue) && !!q.cue && q.cue.end <= afterStart && q.start >= afterStart,
    );
    if (owner) {
      // the tagged relation holds the cue: add the opening words unless some part of it already reaches them
      const parts = out.filter(
        (q) => q.cue && owner.cue && q.cue.start === owner.cue.start && q.cue.end === owner.cue.end,
      );
      if (parts.some((q) => meets(q, lead) || q.start < lead.end)) continue;
      if (!parts.some((q) => meets(q, after))) continue;
      out = [...out, part(owner, lead, text)];
      continue;
    }
    const region: Span = { start: lead.start, end: after.end };
    const gone = out.filter((q) => meets(q, region) || meets(q.cue, region));
    if (!gone.length) continue;
    const kept = out.filter((q) => !gone.includes(q));
    const base: Quote = { ...r, type: 'indirect', rule: LEAD_ROUND_RULE_ASIDE };
    out = [...kept, part(base, lead, text), part(base, after, text)];
  }
  return out === tagged ? tagged : [...out].sort((a, b) => a.start - b.start || a.end - b.end);
}

function part(q: Quote, span: Span, text: string): Quote {
  return {
    ...q,
    id: `${q.id}-${span.start}`,
    start: span.start,
    end: span.end,
    content: text.slice(span.start, span.end),
    rule: LEAD_ROUND_RULE_ASIDE,
  };
}
