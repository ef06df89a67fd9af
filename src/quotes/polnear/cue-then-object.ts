import type { Quote, Sentence } from '../../types.js';
import { BELIEF_FORMS, DIRECT_FORMS } from '../cue-lexicon.js';
import { cueGroupStart, mentionBefore, nearestClauseSubject } from '../find-mention.js';
import { sentenceSubject } from '../find-report-cues.js';
import { newQuote } from '../new-quote.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceTokenRange,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from '../quote-context.js';
import { trimClauseEnd } from '../rules/indirect/clause-helpers.js';
import { isBeliefVerbReadAsNoun } from './belief-verb-read-as-noun.js';
import { LEARNED_CUES } from './learned-cues.js';
import { POLNEAR_ACT_FORMS, POLNEAR_STATE_FORMS } from './polnear-cue-lexicon.js';
import { quantifierSubject } from './quantifier-subject.js';

/** Share of its uses PolNeAR train marks a form as a cue for the form to count here (tuned on PolNeAR dev). */
export const LEARNED_CUE_RATE = 0.5;

/** A verb form PolNeAR annotators mark as a cue in at least LEARNED_CUE_RATE of its uses (learned-cues.ts). */
export function isLearnedCue(w: string): boolean {
  const c = LEARNED_CUES[w];
  return !!c && c[0] / c[1] >= LEARNED_CUE_RATE;
}

const PARTICLE = /^(?:for|on|out|to|about|of|as)$/i;
const DETS = /^(?:the|a|an|this|that|his|her|its|their|our|my|your|such|any|no)$/i;
// ", saying …", "; …", " — …": the object ends where another clause of the sentence begins
// "… the plan during a stop in Flint", "… Machado since the debate": time adjuncts close an act's object
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const TIME_ADJUNCT = new RegExp(
  `\\s(?:during|since|amid|despite|following|(?:on|last|this|next|late|early|earlier)\\s+(?:${WEEKDAY}|week|month|year|night|morning|evening|weekend)\\b|${WEEKDAY}\\b)`,
  'i',
);
// "… in a statement", "… on Twitter": where it was said is no part of what was said
const MEDIUM_ADJUNCT =
  /\s(?:in|on|via|through)\s+(?:a|an|its|his|her|their|the)?\s*(?:statement|interview|tweet|twitter|facebook|website|letter|e-?mail|post|op-ed|speech|press release|news conference|press conference|radio|television)\b/i;
// "told reporters that …", "urged Congress to act": the hearer before "that" / "to" is no part of the content
const HEARER_VERB =
  /^(?:tell|tells|told|telling|urge[sd]?|urging|warn(?:s|ed|ing)?|ask(?:s|ed|ing)?|encourag(?:e|es|ed|ing)|remind(?:s|ed|ing)?|assure[sd]?|assuring|inform(?:s|ed|ing)?|call(?:s|ed|ing)? on)$/;
// "after a long inquiry, …", "in 2009, …": a leading adjunct with its comma
const LEADING_ADJUNCT =
  /^(?:in|on|at|with|after|before|during|under|since|earlier|later|for)\b[^,"“”]{0,60},\s+/i;

/** Characters to skip at the start of an object: a hearer before "that"/"to", or a leading adjunct. */
function skipLeadingAdjunct(rest: string, verb: string): number {
  if (HEARER_VERB.test(verb)) {
    const m = /^(?:[^,;:"“”]{1,60}?)\s(that|how|why|whether|to)\s/i.exec(rest);
    if (m)
      return (
        m[0].length -
        (m[1]?.toLowerCase() === 'to' ? 3 : 0) -
        (/^(?:how|why|whether)$/i.test(m[1] ?? '') ? (m[1]?.length ?? 0) + 1 : 0)
      );
  }
  const a = LEADING_ADJUNCT.exec(rest);
  return a ? a[0].length : 0;
}

const PASSIVE_AUX = /\b(?:is|are|was|were|be|been|being)\b/i;
const OBJECT_END =
  /\s*(?:;|\s[—–]\s|\s--\s|,\s+(?:saying|adding|according|while|but|and|who|which|as|because|after|before|when|though|although|\w+ing)\b)/i;

/**
 * PolNeAR attributions whose content is the verb's object or complement, not a reported clause: "Ann Lee
 * accused the mayor of lying", "The poll shows a tight race". The subject is the source; the cue is the verb
 * group with its auxiliaries ("has praised"); the content runs to the end of the clause. Tokens already in a
 * quote (or its cue) are left alone.
 */
// Ann Lee has praised the mayor as a tireless worker. → source "Ann Lee", cue "has praised", content "the mayor as a tireless worker"
export function findCueThenObject(
  ctx: QuoteContext,
  s: Sentence,
  taken: (offset: number) => boolean,
): Quote[] {
  const out: Quote[] = [];
  const [first, last] = sentenceTokenRange(ctx.tokens, s);
  for (let i = first + 1; i < last; i++) {
    const t = ctx.tokens[i];
    if (!t || isInsideQuoted(ctx, t.start) || taken(t.start)) continue;
    const w = tokenNorm(ctx, i);
    const state = POLNEAR_STATE_FORMS.has(w) || BELIEF_FORMS.has(w);
    const act = !state && (POLNEAR_ACT_FORMS.has(w) || isLearnedCue(w));
    if (!act && !state) continue;
    const next = tokenNorm(ctx, i + 1);
    // "The Tax Center estimates that …": a tagger's noun is a verb before "that" or "to"
    const prevWord = tokenNorm(ctx, i - 1);
    const verbLike =
      t.pos === 'VERB' ||
      (/s$/.test(w) && (next === 'that' || next === 'to')) ||
      // "Trump is promising lower taxes", "…, promising to cut": a tagger's adjective
      (/ing$/.test(w) && /^(?:is|are|was|were|been|,)$/.test(prevWord)) ||
      // "Ann Lee Says Rates Will Rise": a title-case headline
      (s.paragraph === 0 && /^\p{Lu}\p{Ll}/u.test(tokenText(ctx, i)));
    // the rule that read what the tagger or the mention finder missed, recorded as the quote's rule
    let via = 'quotes/polnear/cue-then-object';
    // "Many sailors fear the ferry will be late": a belief verb the POS tagger read as a noun
    if (!verbLike && isBeliefVerbReadAsNoun(ctx, i)) via = 'quotes/polnear/belief-verb-read-as-noun';
    else if (!verbLike) continue;
    if (DETS.test(tokenText(ctx, i - 1))) continue;
    const group = cueGroupStart(ctx, i, first);
    // "was endorsed by …", "is supported by …": a passive's source is after the verb
    if (next === 'by') continue;
    const before = tokenNorm(ctx, group - 1);
    let mention = mentionBefore(ctx, group, first);
    // "…, promising to cut taxes": a participle after a comma speaks for the clause's subject
    if (!mention && before === ',' && /ing$/.test(w)) mention = nearestClauseSubject(ctx, first, group - 1);
    // "He proposes A and plans B": a coordinated verb shares the sentence's subject
    if (!mention && before === 'and') mention = sentenceSubject(ctx, first, group);
    // "Most believe that …", "Both think …": a quantifier alone is the subject
    if (!mention) {
      mention = quantifierSubject(ctx, group, i, first);
      if (mention) via = 'quotes/polnear/quantifier-subject';
    }
    // "the department, which reported …": PolNeAR's source is the relative pronoun itself
    if (!mention && /^(?:who|which|that)$/.test(before) && group - 1 > first)
      mention = {
        start: ctx.tokens[group - 1]?.start ?? 0,
        end: ctx.tokens[group - 1]?.end ?? 0,
        text: tokenText(ctx, group - 1),
      };
    if (!mention) continue;
    let k = i + 1;
    if (PARTICLE.test(tokenText(ctx, k)) && /^(?:call|point|refer|talk|focus|warn|speak)/.test(w)) k++;
    let objStart = ctx.tokens[k]?.start;
    if (objStart === undefined || objStart >= s.end) continue;
    if (/^[.,;:!?]$/.test(tokenText(ctx, k))) continue;
    // "said of the plan", "called into a show", "proposed during his term": no object, no content
    const head = ctx.tokens[k];
    if (
      k === i + 1 &&
      head &&
      (head.pos === 'ADP' || head.pos === 'SCONJ') &&
      !/^(?:that|to|about)$/i.test(tokenText(ctx, k))
    )
      continue;
    // a passive ("was nominated", "is expected to …"): PolNeAR's content wraps round it; not written here
    if (
      /(?:ed|en|wn)$/.test(w) &&
      PASSIVE_AUX.test(ctx.text.slice(ctx.tokens[group]?.start ?? t.start, t.start))
    )
      continue;
    objStart += skipLeadingAdjunct(ctx.text.slice(objStart, s.end), w);
    const rest = ctx.text.slice(objStart, s.end);
    // a report verb's object is a reported clause, which keeps its adjuncts
    const speech = DIRECT_FORMS.has(w);
    const ends = [
      rest.search(OBJECT_END),
      rest.search(MEDIUM_ADJUNCT),
      speech ? -1 : rest.search(TIME_ADJUNCT),
    ].filter((x) => x > 0);
    const cut = ends.length ? Math.min(...ends) : -1;
    const end = trimClauseEnd(ctx, objStart, cut >= 0 ? objStart + cut : s.end);
    if (end - objStart < 3 || taken(objStart)) continue;
    const cueEnd = ctx.tokens[k - 1]?.end ?? t.end;
    // (the cue starts after its subject: "Both think" → "think")
    let cueFrom = group;
    while (cueFrom < i && (ctx.tokens[cueFrom]?.start ?? 0) < mention.end) cueFrom++;
    const cueStart = ctx.tokens[cueFrom]?.start ?? t.start;
    out.push(
      newQuote({
        type: act ? 'indirect' : 'belief',
        start: objStart,
        end,
        content: ctx.text.slice(objStart, end),
        cue: { start: cueStart, end: cueEnd, text: ctx.text.slice(cueStart, cueEnd) },
        mention,
        rule: via,
        confidence: 0.5,
      }),
    );
    i = Math.max(i, tokenIndexAt(ctx.tokens, end) - 1);
  }
  return out;
}
