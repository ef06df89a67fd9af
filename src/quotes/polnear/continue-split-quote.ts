import type { Quote } from '../../types.js';
import { type QuoteContext, sentenceAt } from '../quote-context.js';

/**
 * A quotation that goes on after its attribution ("“A,” Ann Lee said, pointing to the pier. “B.”") is one
 * report in two parts: a quoted part with no cue of its own sentence, right after a part whose cue follows it,
 * takes that part's cue and source when the cue it took lies in the attribution's sentence or it has none —
 * also past a report read inside the attribution ("“A,” Ann Lee said when asked about the pier. “B.”": "B"
 * had taken "asked", whose own content stays; PolNeAR train: 40 more contents exact, sources and cues ±1); two
 * parts of one report are direct only when both are (PolNeAR writes them as one relation); and what the tagger
 * read as the same cue's content inside the attribution between two quoted parts goes ("“A,” Ann Lee said of
 * the pier. “B.”": "the pier" is no report). Returns the quotes, in text order.
 */
// “The pier is closed,” Ann Lee said, pointing to the gate. “It opens in May.” → one report, cue "said"
export function continueSplitQuotes(ctx: QuoteContext, quotes: Quote[]): Quote[] {
  const out = [...quotes].sort((a, b) => a.start - b.start || a.end - b.end);
  const sentence = (at: number) => sentenceAt(ctx, at)?.index ?? -1;
  const dropped = new Set<number>();
  for (let i = 1; i < out.length; i++) {
    const q = out[i] as Quote;
    // the nearest earlier part whose cue follows it, past at most two quotes inside that cue's sentence
    let j = i - 1;
    while (j >= 0 && i - j <= 3 && !cueFollows(out[j] as Quote, q)) j--;
    if (j < 0 || i - j > 3) continue;
    const p = out[j] as Quote;
    const cue = p.cue as NonNullable<Quote['cue']>;
    const between = out.slice(j + 1, i);
    const inAttribution = (m: Quote) =>
      m.start >= cue.end &&
      sentence(m.start) === sentence(cue.start) &&
      sentence(m.end - 1) === sentence(cue.start);
    if (!between.every(inAttribution)) continue;
    let next = q;
    if (
      // right after it, or past reports read inside the attribution when its cue is one of theirs or it has none
      (j === i - 1 || !q.cue || between.some((m) => sameReport(m.cue, q.cue))) &&
      q.type === 'direct' &&
      !sameReport(q.cue, cue) &&
      (!q.cue || sentence(q.cue.start) === sentence(cue.start) || cueAfterBreak(ctx.text, q)) &&
      sentence(q.start) !== sentence(cue.start)
    )
      next = { ...q, cue, mention: p.mention };
    const joins = sameReport(next.cue, cue) && sameMention(next, p);
    if (
      joins &&
      next.type !== p.type &&
      opensQuotation(ctx.text, next.start) &&
      holdsQuotation(ctx.text, p)
    ) {
      out[j] = { ...p, type: 'indirect' };
      next = { ...next, type: 'indirect' };
    }
    out[i] = next;
    if (joins && next.type === (out[j] as Quote).type && opensQuotation(ctx.text, next.start))
      for (let k = j + 1; k < i; k++) if (sameReport((out[k] as Quote).cue, cue)) dropped.add(k);
  }
  return out.filter((_, k) => !dropped.has(k));
}

/**
 * Whether the quote's cue lies after it, past a line break: the next paragraph's report, not this quotation's
 * ("“A,” Ann Lee said. “B.” ¶ Tom Ruiz was not worried about …"; PolNeAR dev: 3 more contents exact).
 */
function cueAfterBreak(text: string, q: Quote): boolean {
  return !!q.cue && q.cue.start >= q.end && /\n/.test(text.slice(q.end, q.cue.start));
}

/** Whether the quote's cue follows it and ends before the later quote ("“A,” she said. “B.”"). */
function cueFollows(p: Quote, q: Quote): boolean {
  return !!p.cue && p.cue.start >= p.end && p.cue.end <= q.start;
}

const sameReport = (a: Quote['cue'], b: Quote['cue']) => !!a && !!b && a.start === b.start && a.end === b.end;

function sameMention(a: Quote, b: Quote): boolean {
  if (!a.mention || !b.mention) return !a.mention && !b.mention;
  return a.mention.start === b.mention.start && a.mention.end === b.mention.end;
}

const OPEN = /(?:[“"«]|'')\s*$/;
const MARK = /[“”"«»]|''/;

/** Whether a quotation mark opens right before the offset ("… said. “It opens …"). */
function opensQuotation(text: string, at: number): boolean {
  return OPEN.test(text.slice(Math.max(0, at - 3), at));
}

/** Whether the quote is direct or quotes words inside it or at its edges ("are “not enough,” …"). */
function holdsQuotation(text: string, q: Quote): boolean {
  return q.type === 'direct' || MARK.test(text.slice(Math.max(0, q.start - 2), q.end + 2));
}
