import type { TextSpan } from '../../../types.js';
import { isCueToken, isPassiveCue } from '../../cue-tokens.js';
import {
  nearestClauseSubject,
  nounPhraseEndingAt,
  SUBJECT_PRONOUNS,
  subjectPastObject,
} from '../../find-mention.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceAt,
  spanOf,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from '../../quote-context.js';
import type { Attribution, DirectCandidate, DirectRule } from '../types.js';
import { type CueWithSubject, cueSpan, cuesBetween, isShortTerm } from './attribution-helpers.js';
import { isReducedRelativeCue } from './reduced-relative-cue.js';

// Smith said: “We will win.” / He added that it was “the best deal we could get”.
// A cue without its own subject takes the one before it: “…”, Putin said, insisting it was “open for work”.
export const speakerCueBeforeQuote: DirectRule = (ctx, c) => {
  if (c.preStart >= c.quote.open) return null;
  // "Dunmore said the raid was lawful; minister Karl Brandt called it “grave”": a cue before a semicolon is
  // another clause's
  const semi = ctx.text.lastIndexOf(';', c.quote.open);
  const from = semi >= c.preStart ? semi + 1 : c.preStart;
  const cues = cuesBetween(ctx, from, c.quote.open).filter((x) => !isPassiveCue(ctx, x.group, x.cue));
  // the main clause may lie before an earlier quote of the same sentence
  const sentenceStart = sentenceAt(ctx, c.quote.open)?.start ?? c.preStart;
  // (most often the sentence starts where the stretch before the quote does: the same cues, read once)
  const sentenceCues =
    sentenceStart === from
      ? [...cues]
      : cuesBetween(ctx, sentenceStart, c.quote.open).filter((x) => !isPassiveCue(ctx, x.group, x.cue));
  const last = cues[cues.length - 1];
  if (!last) return cueBeforeEarlierQuote(ctx, c, sentenceStart, semi, sentenceCues);
  // 'Nothing the mayor said "will ease their fears," Ann Tull said.'
  if (isReducedRelativeCue(ctx, last)) return null;
  const cue = cueSpan(ctx, last.group, last.cue, c.quote.open);
  const outer = outerReport(ctx, last, sentenceCues, c.quote.open);
  if (outer?.mention)
    return {
      cue: cueSpan(ctx, outer.group, outer.cue, ctx.tokens[last.group]?.start ?? c.quote.open),
      mention: outer.mention,
      rule: 'speaker-cue-before-quote/outer-report',
      confidence: 0.75,
    };
  const earlierCue = [...sentenceCues].reverse().find((x) => x.cue !== last.cue && x.mention);
  // "Ann Lee said the two had a row with MPs adding: …" — a participle without a comma keeps the main speaker
  if (last.mention && /ing$/i.test(tokenText(ctx, last.cue)) && earlierCue?.mention) {
    const before = tokenNorm(ctx, tokenIndexAt(ctx.tokens, last.mention.start) - 1);
    if (before !== ',' && before !== 'with' && before !== 'and') {
      return {
        cue,
        mention: earlierCue.mention,
        rule: 'speaker-cue-before-quote/participle-of-main-clause',
        confidence: 0.7,
      };
    }
  }
  // "Lee, opening the museum, said it would tell a story of “loss and hope”": a thing that "would tell" is what
  // the speaker said, not who
  if (
    last.mention &&
    earlierCue?.mention &&
    /^(?:it|this|that|which)$/i.test(last.mention.text) &&
    earlierCue.cue < last.cue
  )
    return {
      cue: cueSpan(ctx, earlierCue.group, earlierCue.cue, ctx.tokens[last.group]?.start ?? c.quote.open),
      mention: earlierCue.mention,
      rule: 'speaker-cue-before-quote/thing-in-report',
      confidence: 0.7,
    };
  if (last.mention) {
    // "The senator emailed supporters saying: “…”": the participle's phrase is the verb's object
    const subject = subjectPastObject(ctx, last.mention, last.cue, tokenIndexAt(ctx.tokens, sentenceStart));
    if (subject)
      return {
        cue,
        mention: subject,
        rule: 'speaker-cue-before-quote/participle-past-object',
        confidence: 0.75,
      };
    return { cue, mention: last.mention, rule: 'speaker-cue-before-quote', confidence: 0.9 };
  }
  // "Ann Roe, speaking on the show “This Week,” said the request gives “a legal basis …”": a quoted title
  // between the subject and the cue cut the sentence short; the subject is before it
  if (c.preStart > sentenceStart && !/ing$/i.test(tokenText(ctx, last.cue))) {
    const m = subjectBeforeTitle(ctx, tokenIndexAt(ctx.tokens, sentenceStart), last.group);
    if (m)
      return { cue, mention: m, rule: 'speaker-cue-before-quote/subject-before-title', confidence: 0.75 };
  }
  if (/ing$/i.test(tokenText(ctx, last.cue)) && afterComma(ctx, last.group)) {
    const first = tokenIndexAt(ctx.tokens, c.preStart);
    const subject = nearestClauseSubject(ctx, first, last.group - 1);
    if (subject)
      return { cue, mention: subject, rule: 'speaker-cue-before-quote/participle-subject', confidence: 0.8 };
    // "Ola Berg called the levy “messy,” adding, “We will live with it.”": the clause began before the earlier quote
    const whole = c.preStart > sentenceStart && semi < sentenceStart && !isShortTerm(ctx, c);
    const main = whole
      ? nearestClauseSubject(ctx, tokenIndexAt(ctx.tokens, sentenceStart), last.group - 1)
      : null;
    // a name or a pronoun (not "a class called “Forms”": the phrase before a participle of a reduced relative)
    if (main && (/^\p{Lu}/u.test(main.text) || SUBJECT_PRONOUNS.has(main.text.toLowerCase())))
      return {
        cue,
        mention: main,
        rule: 'speaker-cue-before-quote/participle-subject-past-quote',
        confidence: 0.75,
      };
    const named = nameBeforeMistaggedVerb(ctx, tokenIndexAt(ctx.tokens, c.preStart), last.group);
    if (named)
      return {
        cue,
        mention: named,
        rule: 'speaker-cue-before-quote/participle-name-subject',
        confidence: 0.7,
      };
  }
  const earlier = [...cues].reverse().find((x) => x.mention);
  if (earlier?.mention)
    return {
      cue,
      mention: earlier.mention,
      rule: 'speaker-cue-before-quote/shared-subject',
      confidence: 0.8,
    };
  // "One of them even went as far as to say, …", "Lee went on to say …": the subject of the verb before "to"
  if (tokenNorm(ctx, last.group - 1) === 'to') {
    const subject = nearestClauseSubject(ctx, tokenIndexAt(ctx.tokens, c.preStart), last.group - 1);
    let v = subject ? tokenIndexAt(ctx.tokens, subject.end) : last.group;
    while (v < last.group && !/^(?:VERB|AUX)$/.test(ctx.tokens[v]?.pos ?? '')) v++;
    // one verb phrase from the subject to "to": "went on to", "went as far as to", not "said he wanted to"
    let chain = v < last.group;
    for (let k = v + 1; chain && k < last.group - 1; k++)
      chain = !/^(?:VERB|AUX|PRON|NOUN|PROPN)$/.test(ctx.tokens[k]?.pos ?? '');
    if (subject && chain)
      return {
        cue: spanOf(ctx, ctx.tokens[v]?.start ?? cue.start, cue.end),
        mention: subject,
        rule: 'speaker-cue-before-quote/infinitive-subject',
        confidence: 0.75,
      };
  }
  return null;
};

// verbs that report words of their own: a quote after one inside a reported clause is the inner speaker's
const REPORTS_WORDS =
  /^(?:say|says|said|saying|tell|tells|told|telling|write|writes|wrote|writing|ask|asks|asked|asking|add|adds|added|adding|state|states|stated|declare[sd]?|announce[sd]?|tweet(?:s|ed)?|post(?:s|ed)?|repl(?:y|ies|ied)|call(?:s|ed)?|describe[sd]?|insist(?:s|ed)?|claim(?:s|ed)?|argue[sd]?|warn(?:s|ed)?)$/i;

/**
 * Bolton said he would advise Trump on the “strategic threats …” — the last cue stands in the clause an earlier
 * report verb governs, right after it ("said he", "said that the campaign", "said, she"), and reports no words of
 * its own (the quote is no clause it opens): the quote is the earlier cue's speaker's; null otherwise.
 */
function outerReport(
  ctx: QuoteContext,
  last: CueWithSubject,
  sentenceCues: CueWithSubject[],
  open: number,
): CueWithSubject | null {
  if (!last.mention || REPORTS_WORDS.test(tokenText(ctx, last.cue))) return null;
  // "Sununu lamented that “the noose …”", "his wife whispered to him: “…”": a report verb whose clause the quote opens
  // keeps its own speaker (not "would continue “to break barriers”", an aspect verb)
  const gap = ctx.text.slice(ctx.tokens[last.cue]?.end ?? open, open);
  if (
    isCueToken(ctx, last.cue, 'direct') &&
    !/^(?:continu|begin|began|begun|start)/i.test(tokenText(ctx, last.cue)) &&
    /^\s*(?:to(?:\s+[\p{L}'’]+){1,3}\s*)?(?:that\s*)?[,:]?\s*$/iu.test(gap)
  )
    return null;
  let b = tokenIndexAt(ctx.tokens, last.mention.start) - 1;
  if (/^(?:that|,)$/i.test(tokenText(ctx, b))) b--;
  const outer = sentenceCues.find((x) => x.cue === b && x.cue < last.group);
  if (!outer?.mention || outer.mention.end > last.mention.start) return null;
  if (!isCueToken(ctx, outer.cue, 'speech') || isInsideQuoted(ctx, ctx.tokens[outer.cue]?.start ?? open))
    return null;
  return outer;
}

// ", adding" — or “messy,” adding, with the comma inside the closing mark
const afterComma = (ctx: QuoteContext, g: number) =>
  tokenText(ctx, g - 1) === ',' || (/^["”’']$/.test(tokenText(ctx, g - 1)) && tokenText(ctx, g - 2) === ',');

// Ann Tull said the levy was a “new” burden and that farmers should “pay the same as every town.” — no cue
// between the quotes: the sentence's last report verb with a subject, before the earlier quote (not across a ";")
function cueBeforeEarlierQuote(
  ctx: QuoteContext,
  c: DirectCandidate,
  sentenceStart: number,
  semi: number,
  sentenceCues: CueWithSubject[],
): Attribution | null {
  if (c.preStart <= sentenceStart || semi >= sentenceStart) return null;
  if (isShortTerm(ctx, c)) return null;
  const earlier = [...sentenceCues]
    .reverse()
    .find((x) => x.mention && !isInsideQuoted(ctx, ctx.tokens[x.cue]?.start ?? 0));
  if (!earlier?.mention) return null;
  return {
    cue: cueSpan(ctx, earlier.group, earlier.cue, c.quote.open),
    mention: earlier.mention,
    rule: 'speaker-cue-before-quote/before-earlier-quote',
    confidence: 0.7,
  };
}

/** "Ann Roe, speaking on “This Week,” said": the name opening the sentence before its first comma, when only an
 * aside with a participle (no finite verb) stands between it and the cue at token `g`; null otherwise. */
function subjectBeforeTitle(ctx: QuoteContext, first: number, g: number): TextSpan | null {
  let comma = first + 1;
  while (comma < g && tokenText(ctx, comma) !== ',') comma++;
  if (comma >= g) return null;
  const np = nounPhraseEndingAt(ctx, comma - 1, first);
  if (!np || np.start !== ctx.tokens[first]?.start || !/\p{Lu}\S*\s+\p{Lu}/u.test(np.text)) return null;
  if (isInsideQuoted(ctx, np.start)) return null;
  // the aside: a participle ("speaking", "appearing"), no finite verb of its own
  if (!/ing$/i.test(tokenText(ctx, comma + 1))) return null;
  for (let k = comma + 2; k < g; k++) {
    const t = ctx.tokens[k];
    if (
      t &&
      (t.pos === 'VERB' || t.pos === 'AUX') &&
      !isInsideQuoted(ctx, t.start) &&
      !/ing$/i.test(tokenText(ctx, k))
    )
      return null;
  }
  return np;
}

/**
 * "Kerpen needled the reporter, saying …", "Lee shot back in a statement, saying …": a name opening the clause
 * before a participle cue at token `g`, then a lower-case verb the tagger took for a noun or adjective (an "-ed"
 * form, or a word before a particle "back", "out"), then its object or adverb: the name; null otherwise.
 */
function nameBeforeMistaggedVerb(ctx: QuoteContext, first: number, g: number): TextSpan | null {
  const s = ctx.tokens[first]?.pos === 'CCONJ' ? first + 1 : first;
  let k = s;
  while (k < g && ctx.tokens[k]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokenText(ctx, k))) k++;
  if (k === s || k >= g - 2) return null;
  const w = tokenText(ctx, k);
  const next = tokenNorm(ctx, k + 1);
  if (!/^\p{Ll}+$/u.test(w) || !/^(?:NOUN|ADJ)$/.test(ctx.tokens[k]?.pos ?? '')) return null;
  const particle = /^(?:back|out|up|off)$/.test(next);
  if (!particle && !(/ed$/.test(w) && /^(?:DET|PRON|PROPN)$/.test(ctx.tokens[k + 1]?.pos ?? ''))) return null;
  const from = ctx.tokens[s];
  const to = ctx.tokens[k - 1];
  if (!from || !to || isInsideQuoted(ctx, from.start)) return null;
  return spanOf(ctx, from.start, to.end);
}
