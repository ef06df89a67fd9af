import { countMatches, WORD_RUN } from '../count-matches.js';
import type { Quote } from '../types.js';
import type { QuoteSpan } from './find-quote-marks.js';
import { newQuote } from './new-quote.js';
import { type QuoteContext, sentenceAt, spanOf } from './quote-context.js';
import { accordingToSource } from './rules/direct/according-to-source.js';
import { colonSubject } from './rules/direct/colon-subject.js';
import { coordinatedCueSubject } from './rules/direct/coordinated-cue-subject.js';
import { cueEndsPreviousParagraph } from './rules/direct/cue-ends-previous-paragraph.js';
import { cueEndsSentence } from './rules/direct/cue-ends-sentence.js';
import { cueOpensSentence } from './rules/direct/cue-opens-sentence.js';
import { describedByAgent } from './rules/direct/described-by-agent.js';
import { nameDescriptionCueAfterQuote } from './rules/direct/name-description-cue-after-quote.js';
import { previousSentenceSubject } from './rules/direct/previous-sentence-subject.js';
import { quotedAsSaying, quotedAsSayingAfterQuote } from './rules/direct/quoted-as-saying.js';
import { saidAfterQuote } from './rules/direct/said-after-quote.js';
import { type SentenceAttribution, sameClausePartial } from './rules/direct/same-clause-partial.js';
import { sentenceSubject } from './rules/direct/sentence-subject.js';
import { speakerCueAfterQuote } from './rules/direct/speaker-cue-after-quote.js';
import { speakerCueBeforeQuote } from './rules/direct/speaker-cue-before-quote.js';
import { skipFirstPersonReport } from './rules/skip/skip-first-person-report.js';
import { skipNamedTerm } from './rules/skip/skip-named-term.js';
import { skipShortQuote } from './rules/skip/skip-short-quote.js';
import { skipSign } from './rules/skip/skip-sign.js';
import { isShowName, skipTitle } from './rules/skip/skip-title.js';
import { skipWorkTitle } from './rules/skip/skip-work-title.js';
import type { Attribution, DirectCandidate, DirectRule, SkipRule } from './rules/types.js';

/** Quoted stretches that are not quotes: scare quotes, names of works, coined terms. In order. */
export const SKIP_RULES: SkipRule[] = [skipShortQuote, skipNamedTerm, skipTitle, skipWorkTitle, skipSign];

/** Where the speaker of a direct quote is named, tried in order (an embedded quote looks before itself first). */
const AFTER_FIRST: DirectRule[] = [
  quotedAsSaying,
  quotedAsSayingAfterQuote,
  saidAfterQuote,
  speakerCueAfterQuote,
  nameDescriptionCueAfterQuote,
  speakerCueBeforeQuote,
  coordinatedCueSubject,
  cueOpensSentence,
  cueEndsPreviousParagraph,
  accordingToSource,
  sentenceSubject,
  colonSubject,
];
const BEFORE_FIRST: DirectRule[] = [
  describedByAgent,
  quotedAsSaying,
  quotedAsSayingAfterQuote,
  speakerCueBeforeQuote,
  coordinatedCueSubject,
  cueOpensSentence,
  saidAfterQuote,
  speakerCueAfterQuote,
  cueEndsSentence,
  accordingToSource,
  sentenceSubject,
];

// He branded the response "piecemeal and poor": verbs that judge in words attribute even a short phrase.
const EVALUATIVE =
  /^(?:brand|call|describ|dub|label|fear|criticis|criticiz|condemn|attack|accus|prais|slam|blast|hail|urg|vow|promis|pledg|dismiss|den|decr|welcom|warn)\w*$/i;

/** The quote with the sentence text around it, bounded by neighbouring quotes. */
export function toCandidate(
  ctx: QuoteContext,
  q: QuoteSpan,
  prev: QuoteSpan | undefined,
  next: QuoteSpan | undefined,
): DirectCandidate {
  const openSentence = sentenceAt(ctx, q.open);
  const closeAt = q.close ?? q.end;
  const closeSentence = sentenceAt(ctx, closeAt);
  let preStart = openSentence && openSentence.start <= q.open ? openSentence.start : q.open;
  if (prev && prev.close !== null && prev.close + 1 > preStart && prev.close < q.open)
    preStart = prev.close + 1;
  if (prev && prev.close === null && prev.end > preStart && prev.end <= q.open) preStart = prev.end;
  let postEnd = closeSentence && closeSentence.end > closeAt ? closeSentence.end : closeAt + 1;
  // “Why now?” Clinton asked. — a segmenter may end the sentence at “?”; its attribution is the short next one
  if (
    q.close !== null &&
    postEnd <= q.close + 2 &&
    /[?!]$/.test(ctx.text.slice(q.start, q.end)) &&
    closeSentence
  ) {
    const after = ctx.seg.sentences[closeSentence.index + 1];
    const words = after ? ctx.text.slice(after.start, after.end) : '';
    if (
      after &&
      after.paragraph === closeSentence.paragraph &&
      !/["“”«»]/.test(words) &&
      countMatches(WORD_RUN, words, 13) <= 12
    )
      postEnd = after.end;
  }
  if (next && next.open < postEnd && next.open > closeAt) postEnd = next.open;
  const pre = ctx.text.slice(preStart, q.open).trim();
  const post = q.close === null ? '' : ctx.text.slice(q.close + 1, postEnd).trim();
  const partial =
    (pre !== '' &&
      !/[:,—–-]$/.test(pre) &&
      !/(?:[.!?]["”’]?|["”’][.!?])$/.test(pre) &&
      !/^["“”'‘’`]$/.test(pre)) ||
    (/^[\p{L}\p{N}]/u.test(post) && !/[,.!?;:…—–-]$/.test(ctx.text.slice(q.start, q.end)));
  return { quote: q, preStart, postEnd, partial };
}

export interface DirectFinding {
  quote: Quote;
  candidate: DirectCandidate;
  attribution: Attribution | null;
}

// "That's rubbish," Ann Lee told the BBC. "Whenever the market rises, it is called a bubble." — the previous
// quote's attribution when it is next to this one; otherwise the subject of the narration sentence before.
function fromNeighbours(
  ctx: QuoteContext,
  c: DirectCandidate,
  last: { attribution: Attribution; end: number } | null,
): Attribution | null {
  const here = sentenceAt(ctx, c.quote.open);
  const prev = here ? ctx.seg.sentences[here.index - 1] : undefined;
  if (
    last &&
    here &&
    (last.end >= (prev?.start ?? here.start) || last.end >= here.start) &&
    last.attribution.mention
  ) {
    return { ...last.attribution, rule: 'previous-quote-attribution', confidence: 0.7 };
  }
  return previousSentenceSubject(ctx, c);
}

// The levy is “a fair deal,” Ann Tull said. “Nobody listened.” — a partial quote whose own attribution follows
// its close lends it as a whole quote does (not a sentence subject before it, which may be anyone's)
const attributedAfter = (c: DirectCandidate, a: Attribution) =>
  c.quote.close !== null && !!a.mention && a.mention.start > c.quote.close;

// “We lost,” Ann Tull said. “Nobody listened” to the farmers. — a quote opening its sentence is partial only for
// the narration after its close; it goes on from the quote before as a whole quote does
function opensSentence(ctx: QuoteContext, c: DirectCandidate): boolean {
  const here = sentenceAt(ctx, c.quote.open);
  return !!here && /^[\s"“”'‘’`«»]*$/.test(ctx.text.slice(Math.min(here.start, c.quote.open), c.quote.open));
}

/** Direct quotes from the quoted stretches: skip rules first, then the attribution rules (`titles` gets the
 * stretches skipped as names of works). */
export function findDirectQuotes(
  ctx: QuoteContext,
  spans: QuoteSpan[],
  titles?: QuoteSpan[],
): DirectFinding[] {
  const out: DirectFinding[] = [];
  // the attribution of the last quoted stretch (kept or skipped), for quotes that carry none of their own
  let last: { attribution: Attribution; end: number } | null = null;
  // the attribution of the last stretch found by its own rules, for a later partial quote in the same clause
  let inSentence: SentenceAttribution | null = null;
  spans.forEach((q, k) => {
    const c = toCandidate(ctx, q, spans[k - 1], spans[k + 1]);
    const skipped = SKIP_RULES.some((skip) => skip(ctx, c));
    // (a skipped name of a show, for the reported clause around it: title-marks.ts)
    if (skipped && titles && isShowName(ctx, c)) titles.push(q);
    let attribution: Attribution | null = null;
    for (const rule of c.partial ? BEFORE_FIRST : AFTER_FIRST) {
      attribution = rule(ctx, c);
      if (attribution) break;
    }
    if (attribution && q.close !== null)
      inSentence = { attribution, close: q.close, sentence: sentenceAt(ctx, q.open)?.index ?? -1 };
    else if (!attribution) attribution = sameClausePartial(ctx, c, inSentence);
    if (!attribution && (!c.partial || opensSentence(ctx, c))) attribution = fromNeighbours(ctx, c, last);
    if (attribution && (!c.partial || attributedAfter(c, attribution)))
      last = { attribution, end: c.postEnd };
    if (skipped) return;
    // And that's why I said "no federation is perfect": a quote embedded in someone's own first-person words
    // (only when the pronoun is the cue's own subject, not one borrowed for a participle: ", saying “…”")
    if (
      c.partial &&
      ctx.spans !== 'polnear' &&
      !attribution?.rule.includes('participle') &&
      skipFirstPersonReport(attribution?.mention ?? null, null)
    )
      return;
    const content = spanOf(ctx, q.start, q.end);
    // the “axis of tyranny” plan: a short embedded term that no report verb attributes is not a quote
    if (
      c.partial &&
      (!attribution ||
        (attribution.rule === 'sentence-subject' && !EVALUATIVE.test(attribution.cue?.text ?? ''))) &&
      countMatches(WORD_RUN, content.text, 5) < 5
    )
      return;
    out.push({
      candidate: c,
      attribution,
      quote: newQuote({
        type: 'direct',
        start: q.start,
        end: q.end,
        content: content.text,
        cue: attribution?.cue ?? null,
        mention: attribution?.mention ?? null,
        partial: c.partial,
        rule: `quotes/${attribution?.rule ?? (q.continued ? 'continued-paragraph-quote' : 'unattributed-quote')}`,
        confidence: attribution?.confidence ?? (q.close === null && !q.continued ? 0.5 : 0.7),
      }),
    });
  });
  return out;
}
