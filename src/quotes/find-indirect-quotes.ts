import type { Quote } from '../types.js';
import { findReportCues } from './find-report-cues.js';
import { newQuote } from './new-quote.js';
import type { QuoteContext } from './quote-context.js';
import { accordingTo } from './rules/indirect/according-to.js';
import { clauseThenCue } from './rules/indirect/clause-then-cue.js';
import { clauseThenQuotedAsSaying } from './rules/indirect/clause-then-quoted-as-saying.js';
import { cueThenClause } from './rules/indirect/cue-then-clause.js';
import { headlineDashSource } from './rules/indirect/headline-dash-source.js';
import { loneSubordinateClause } from './rules/indirect/lone-subordinate-clause.js';
import { isNegatedCue } from './rules/indirect/negated-cue.js';
import { nounCueThat } from './rules/indirect/noun-cue-that.js';
import { openEndedClause } from './rules/indirect/open-ended-clause.js';
import { orderInfinitive } from './rules/indirect/order-infinitive.js';
import { parentheticalCue } from './rules/indirect/parenthetical-cue.js';
import { quotedAsSaying } from './rules/indirect/quoted-as-saying.js';
import { relativeClauseReport } from './rules/indirect/relative-clause-report.js';
import { afterSubheadLine } from './rules/indirect/subhead-line.js';
import { trailingAttribution } from './rules/indirect/trailing-attribution.js';
import type { IndirectFinding, IndirectRule } from './rules/indirect/types.js';
import { unassertedInnerReport } from './rules/indirect/unasserted-inner-report.js';
import { skipFirstPersonReport } from './rules/skip/skip-first-person-report.js';

/** Reported-speech rules, tried in order for each report verb. */
const INDIRECT_RULES: IndirectRule[] = [
  relativeClauseReport,
  quotedAsSaying,
  clauseThenQuotedAsSaying,
  cueThenClause,
  clauseThenCue,
  parentheticalCue,
];

export interface IndirectQuote {
  quote: Quote;
  passive: boolean;
  /** The passive's subject is a name ("TASS was told"): the one told is an outlet or organisation. */
  namedHearer: boolean;
}

/** Indirect quotes (and beliefs when asked): a report verb or "according to" with its reported clause. */
export function findIndirectQuotes(ctx: QuoteContext, withBeliefs: boolean): IndirectQuote[] {
  const out: IndirectQuote[] = [];
  const polnear = ctx.spans === 'polnear';
  const push = (
    found: IndirectFinding,
    type: Quote['type'],
    hearer: string | null = null,
    partial = false,
  ) => {
    // (an aside's content holds its own cue: "A lot, he says, has gone")
    const cut = found.rule.startsWith('parenthetical-cue') ? null : trailingAttribution(ctx, found);
    if (cut === -1) return;
    const trimmed = cut === null ? found : { ...found, end: cut };
    const open = type === 'direct' ? null : openEndedClause(ctx, trimmed.start, trimmed.end);
    if (open === -1) return;
    const f = open === null ? trimmed : { ...trimmed, end: open };
    out.push({
      passive: f.passive,
      namedHearer: !!hearer && /\p{Lu}/u.test(hearer) && !/^(?:He|She|It|They|We|I)$/.test(hearer),
      quote: newQuote({
        type,
        start: f.start,
        end: f.end,
        content: ctx.text.slice(f.start, f.end),
        cue: f.cue,
        mention: f.mention,
        rule: `quotes/${f.rule}`,
        confidence: f.confidence,
        partial,
      }),
    });
  };
  for (const whole of ctx.seg.sentences) {
    const s = afterSubheadLine(ctx, whole);
    const cues = findReportCues(ctx, s, withBeliefs);
    for (const r of cues) {
      for (const rule of INDIRECT_RULES) {
        const f = rule(ctx, r, cues);
        // statements only, and not under PolNeAR's conventions, which annotate every first-person report
        if (f && r.kind === 'speech' && !polnear && skipFirstPersonReport(f.mention ?? r.mention, r.subject))
          break;
        // a denied report states nothing (PolNeAR's conventions annotate it)
        if (f && r.kind === 'speech' && !polnear && isNegatedCue(ctx, r)) break;
        // a lone subordinate clause whose main clause lies outside it
        if (f && r.kind === 'speech' && loneSubordinateClause(ctx, f, s.end)) break;
        if (f && orderInfinitive(ctx, f)) break;
        if (f) {
          push(f, r.kind === 'belief' ? 'belief' : 'indirect', r.passive ? (r.subject?.text ?? null) : null);
          break;
        }
      }
    }
    for (const f of accordingTo(ctx, s)) if (!loneSubordinateClause(ctx, f, s.end)) push(f, 'indirect');
    // (GUIDE's conventions: PolNeAR's are learned by the span tagger from the rules' output as it was)
    if (!polnear)
      for (const f of nounCueThat(ctx, s)) push(f, f.direct ? 'direct' : 'indirect', null, f.direct);
  }
  for (const p of ctx.seg.paragraphs) {
    const f = headlineDashSource(ctx, p);
    if (f) push(f, 'indirect');
  }
  // a report inside a denial's clause or a poll's finding about a share of those asked (PolNeAR annotates it)
  if (polnear) return out;
  const quotes = out.map((x) => x.quote);
  return out.filter((x) => !unassertedInnerReport(x.quote, quotes));
}
