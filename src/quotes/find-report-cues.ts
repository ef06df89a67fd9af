import type { Sentence, TextSpan } from '../types.js';
import { isCueToken, isPassiveCue } from './cue-tokens.js';
import {
  cueGroupStart,
  insideReportedClause,
  mentionAfter,
  mentionBefore,
  nearestClauseSubject,
  nounPhraseEndingAt,
} from './find-mention.js';
import { forSayingSpeaker } from './for-saying-speaker.js';
import { invertedCueSource } from './inverted-cue-source.js';
import { withNameListBefore } from './name-list-subject.js';
import {
  isInsideQuoted,
  type QuoteContext,
  sentenceTokenRange,
  tokenIndexAt,
  tokenNorm,
  tokenText,
} from './quote-context.js';
import { absoluteParticipleSubject } from './rules/indirect/absolute-participle.js';
import { mistaggedPastSubject } from './rules/indirect/mistagged-past-subject.js';
import type { ReportCue } from './rules/indirect/types.js';
import { timeAfterJoin } from './time-after-join.js';

/**
 * The word or comma before the cue group at `group`, lower-cased; a comma inside the closing mark of a partial
 * quote counts ("insisted the rows were "no problem for voters," adding there was …").
 */
function joinerBefore(ctx: QuoteContext, group: number): string {
  const w = tokenText(ctx, group - 1);
  if (
    /^["”’']$/.test(w) &&
    tokenText(ctx, group - 2) === ',' &&
    ctx.tokens[group - 2]?.end === ctx.tokens[group - 1]?.start
  )
    return ',';
  return w.toLowerCase();
}

const QUANTIFIER = /^(?:many|some|most|all|several|both|half|each|one|two|three|four|five)$/i;

/**
 * "“We are not worried,” said Ann Lee, adding that …": the speaker named right after an earlier inverted cue, when
 * that name ends at the comma before the participle's group at `group`; else null.
 */
function invertedSpeakerBefore(ctx: QuoteContext, out: ReportCue[], group: number): TextSpan | null {
  const o = out[out.length - 1];
  const comma = ctx.tokens[group - 1];
  if (!o || o.mention || o.passive || !comma || tokenText(ctx, group - 1) !== ',') return null;
  const m = mentionAfter(ctx, o.cue + 1, comma.start);
  if (!m || m.end !== ctx.tokens[group - 2]?.end) return null;
  return /^\s*$/.test(ctx.text.slice(ctx.tokens[o.cue]?.end ?? m.start, m.start)) ? m : null;
}

/**
 * Report verbs of a sentence outside quote marks, each with its subject. A cue with no subject of its own
 * shares the one of an earlier cue when coordinated ("suggested that A and noted that B") or participial
 * (", saying the talks had failed").
 */
export function findReportCues(ctx: QuoteContext, s: Sentence, withBeliefs: boolean): ReportCue[] {
  const [first, last] = sentenceTokenRange(ctx.tokens, s);
  const out: ReportCue[] = [];
  for (let i = first; i <= last; i++) {
    const t = ctx.tokens[i];
    if (!t) continue;
    const speech = isCueToken(ctx, i, 'speech');
    const belief = !speech && withBeliefs && isCueToken(ctx, i, 'belief');
    // (whether the word is quoted comes last: most words are no cue form and stop at the form's look-up)
    if ((!speech && !belief) || isInsideQuoted(ctx, t.start)) continue;
    // "Norland has consistently said …": a manner adverb in -ly belongs to the cue group
    const group = cueGroupStart(ctx, i, first, true);
    const passive = isPassiveCue(ctx, group, i);
    // "It is estimated his trial will cost …": an estimate with no one making it is no report
    if (passive && /^estimat/i.test(tokenText(ctx, i))) continue;
    // "a tender offer announced by Mark IV", "land claimed by settlers": an -ed form with its agent right after a
    // common noun is a participle on that noun, no report
    if (
      !passive &&
      group === i &&
      /\p{Ll}ed$/u.test(tokenText(ctx, i)) &&
      /^by$/i.test(tokenText(ctx, i + 1)) &&
      ctx.tokens[i - 1]?.pos === 'NOUN' &&
      /^\p{Ll}/u.test(tokenText(ctx, i - 1))
    )
      continue;
    // ", arguing that …": a participle after a comma has no subject of its own
    const participle = /ing$/i.test(tokenText(ctx, i)) && joinerBefore(ctx, group) === ',';
    const joinAt = participle ? -1 : timeAfterJoin(ctx, group, first);
    // "suspended Tom Orr for claiming …", "was praised for saying …": the one judged for it said it
    const judged = /ing$/i.test(tokenText(ctx, i)) ? forSayingSpeaker(ctx, first, group) : null;
    const mention =
      judged ??
      (participle || joinAt >= 0 || invertedCueSource(ctx, group, i, last)
        ? null
        : withNameListBefore(ctx, mentionBefore(ctx, group, first), ctx.tokens[first]?.start ?? s.start));
    if (!judged && participleAfterObject(ctx, i, group, mention)) continue;
    let sharesWith: number | null = null;
    if (!mention && !passive) {
      const joiner = joinerBefore(ctx, group);
      const ing = /ing$/i.test(tokenText(ctx, i));
      if (
        joiner === 'and' ||
        joiner === 'but' ||
        joiner === 'or' ||
        (ing && (joiner === ',' || joiner === 'and'))
      ) {
        for (let j = out.length - 1; j >= 0; j--) {
          const o = out[j];
          if (o && (o.mention || o.sharesWith !== null) && !o.passive) {
            sharesWith = o.sharesWith ?? j;
            break;
          }
        }
      }
    }
    let own = mention;
    // "shut down the campaign saying …": a participle after an object speaks for the clause's subject;
    // "of the 145 companies reporting, …" has none and is no report
    if (mention && !judged && group === i && /ing$/i.test(tokenText(ctx, i))) {
      const lead = tokenNorm(ctx, tokenIndexAt(ctx.tokens, mention.start) - 1);
      const leadPos = ctx.tokens[tokenIndexAt(ctx.tokens, mention.start) - 1]?.pos ?? '';
      if (lead === 'of') continue;
      // "made a pitch to Dover voters saying …": the one spoken to is no speaker either
      // (but "The Gazette quoted Ann Lee telling members that …": the one quoted speaks)
      if (
        (leadPos === 'VERB' || leadPos === 'AUX' || /^(?:down|up|out|off|over|to)$/.test(lead)) &&
        !/^(?:quoted|quotes|quote|quoting)$/.test(lead)
      ) {
        own = nearestClauseSubject(ctx, first, tokenIndexAt(ctx.tokens, mention.start));
        if (!own) continue;
      }
      // "Escalation of the war threatening the states could …": a participle after a noun's own phrase
      // modifies that noun
      else if (/\p{Ll}\s+(?:of|for|at|with|from|in)\s/u.test(mention.text)) continue;
    }
    // ", saying it can cope", "attacked the plan by claiming it …": the subject of the clause the participle
    // hangs on
    if (
      !own &&
      !passive &&
      /ing$/i.test(tokenText(ctx, i)) &&
      (joinerBefore(ctx, group) === ',' || /^(?:by|after|upon|while)$/i.test(tokenText(ctx, group - 1)))
    ) {
      own =
        absoluteParticipleSubject(ctx, first, group) ??
        nearestClauseSubject(ctx, first, group - 1) ??
        invertedSpeakerBefore(ctx, out, group) ??
        mistaggedPastSubject(ctx, first, group);
      if (own) sharesWith = null;
    }
    // ("…, and in recent days said …": the "and" before a time phrase)
    const joiner = joinAt >= 0 ? joinAt : group - 1;
    const before = tokenNorm(ctx, joiner);
    // "Mr Lee, who insists he is innocent, said …"
    if (!own && !passive && /^(?:who|which)$/.test(before)) {
      const k = tokenText(ctx, group - 2) === ',' ? group - 3 : group - 2;
      own = nounPhraseEndingAt(ctx, k, first);
    }
    // "… the families, many of whom say the claims are …": the part of the group before the comma speaks for it
    if (!own && !passive && before === 'whom' && tokenNorm(ctx, group - 2) === 'of') {
      const q = group - 3;
      if (QUANTIFIER.test(tokenText(ctx, q)) && tokenText(ctx, q - 1) === ',')
        own = nounPhraseEndingAt(ctx, q - 2, first);
    }
    // "Police dismissed its influence and said …": the sentence's subject
    // "… when Ann Roe called him a liar and said …": the subject of the verb coordinated before "and"
    // "Norland Oil raised its dividend, but warned …": or before "but"
    if (!own && !passive && sharesWith === null && (before === 'and' || before === 'but'))
      own = coordinatedSubject(ctx, first, joiner) ?? sentenceSubject(ctx, first, group);
    const shared = sharesWith !== null ? (out[sharesWith]?.mention ?? null) : null;
    const leading = !own && sharesWith === null && i === first && /ing$/i.test(tokenText(ctx, i));
    out.push({
      cue: i,
      group,
      mention: passive ? null : (own ?? shared),
      subject: own === mention ? mention : own,
      passive,
      leading,
      kind: belief ? 'belief' : 'speech',
      sharesWith,
      sentence: s,
      first,
      last,
    });
  }
  // "Saying Britain must change, Mr Lee argues …": a leading participle shares the next cue's subject
  for (const r of out) {
    if (!r.leading) continue;
    const next = out.find((o) => o.cue > r.cue && o.mention);
    if (next) r.mention = next.mention;
  }
  return out;
}

/** The noun phrase that opens the sentence as the subject of its first verb, or null. */
export function sentenceSubject(ctx: QuoteContext, first: number, before: number): TextSpan | null {
  for (let v = first + 1; v < before; v++) {
    const p = ctx.tokens[v]?.pos;
    if (p !== 'VERB' && p !== 'AUX') continue;
    const m = mentionBefore(ctx, cueGroupStart(ctx, v, first), first);
    return m && m.start === ctx.tokens[first]?.start ? m : null;
  }
  return null;
}

/** The subject of the nearest finite verb before `and` (token `and`), outside quotes and reported clauses. */
function coordinatedSubject(ctx: QuoteContext, first: number, and: number): TextSpan | null {
  for (let v = and - 1; v > first && v > and - 25; v--) {
    const t = ctx.tokens[v];
    const w = tokenText(ctx, v);
    if (/^[;:.]$/.test(w)) return null;
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/i.test(w)) continue;
    // "the EU pledged to lift the ban but said …": an infinitive is the earlier verb's object, not the verb
    if (tokenNorm(ctx, v - 1) === 'to' && t.pos === 'VERB') continue;
    if (isInsideQuoted(ctx, t.start)) return null;
    // "He slightly increased borrowing but insisted …"
    const m = mentionBefore(ctx, cueGroupStart(ctx, v, first, true), first);
    if (!m || /^(?:it|there|this|that)$/i.test(m.text)) return null;
    if (insideReportedClause(ctx, first, tokenIndexAt(ctx.tokens, m.start) - 1)) return null;
    return m;
  }
  return null;
}

/**
 * "Beyond the job cuts announced last year, GM is …": an -ed form right after a common noun that is a preposition's
 * object is a participle on that noun, no report.
 */
function participleAfterObject(
  ctx: QuoteContext,
  i: number,
  group: number,
  mention: TextSpan | null,
): boolean {
  if (!mention || group !== i || !/\p{Ll}ed$/u.test(tokenText(ctx, i))) return false;
  if (ctx.tokens[i - 1]?.pos !== 'NOUN' || !/^\p{Ll}/u.test(tokenText(ctx, i - 1))) return false;
  // (not "In 2004 the EOC revealed …": a time or place before the subject)
  return /^(?:beyond|besides|despite|including|unlike|like|with|without|amid|among|except)$/i.test(
    tokenText(ctx, tokenIndexAt(ctx.tokens, mention.start) - 1),
  );
}
