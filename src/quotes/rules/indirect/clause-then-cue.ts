import { descriptorCommaBefore, mentionAfter, spokespersonCommaBefore } from '../../find-mention.js';
import { QUOTE_MARK, spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import { isAgentParticiple } from './agent-participle.js';
import { asAsideComma } from './as-aside.js';
import { clauseAfterLeadingPhrase } from './clause-after-leading-phrase.js';
import {
  hasVerb,
  quotedTermOpensClause,
  trimClauseEnd,
  trimClauseStart,
  verbTheTaggerMissed,
  wordCount,
} from './clause-helpers.js';
import { hasComplementAfterCue } from './complement-after-cue.js';
import { isHypotheticalCue } from './hypothetical-cue.js';
import { hasObjectAfterCue } from './object-after-cue.js';
import { roleWordsBeforeSource } from './role-words-before-source.js';
import type { IndirectRule } from './types.js';
import { isWordRelativeMention } from './word-relative-cue.js';

/** True when a verb between the offsets is not an -ing participle (a clause, not "the judge presiding over …"). */
function hasFiniteVerb(ctx: Parameters<IndirectRule>[0], fromTok: number, end: number): boolean {
  for (let i = fromTok; i < ctx.tokens.length && (ctx.tokens[i]?.start ?? end) < end; i++) {
    const p = ctx.tokens[i]?.pos;
    if ((p === 'VERB' || p === 'AUX') && !/ing$/i.test(tokenText(ctx, i))) return true;
    // ("The two states account for half, Orr said": a finite verb the tagger calls a noun)
    if (verbTheTaggerMissed(ctx, i)) return true;
  }
  return false;
}

const SUBORDINATOR =
  /^(?:while|whereas|although|though|when|whenever|if|unless|as|because|since|after|before|until|once)\b/i;
const LEAD_ROLE = /^(?:lead|co-lead)$/i;
const PHRASE_START = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);
// a token that is a comma or a dash, "," "–" "—" (compared, not matched: this runs per word of the phrase)
const isCommaOrDash = (w: string) => w === ',' || w === '–' || w === '—';

// Stocks fell, analysts and union officials said. / Oslo is dearest, a study published this week by Norland Trust said.
// The source phrase runs back past coordination, prepositions and a participle to the comma: index of that comma, or null.
function sourcePhraseAfterComma(ctx: Parameters<IndirectRule>[0], k: number): number | null {
  if (isCommaOrDash(tokenText(ctx, k))) return null;
  for (let j = k, n = 0; j >= 0 && n < 10; j--, n++) {
    const w = tokenText(ctx, j);
    if (isCommaOrDash(w)) return j < k && PHRASE_START.has(ctx.tokens[j + 1]?.pos ?? '') ? j : null;
    const p = ctx.tokens[j]?.pos ?? '';
    if (p === 'AUX' || p === 'PRON' || /^[;:.!?()"“”]$/.test(w) || /^(?:which|who|whom|whose|that)$/i.test(w))
      return null;
    // "a study published by …": a participle right after a noun belongs to the phrase
    // (and so does "holding" in "the bank holding company": an -ing form between nouns)
    const compound =
      /ing$/i.test(w) && ctx.tokens[j + 1]?.pos === 'NOUN' && ctx.tokens[j - 1]?.pos === 'NOUN';
    if (p === 'VERB' && !(/(?:ed|en)$/i.test(w) && ctx.tokens[j - 1]?.pos === 'NOUN') && !compound)
      return null;
  }
  return null;
}

// The rift will take time to "cool off," Ann Tull said: the comma sits inside the closing mark of a partial quote.
function commaBeforeClosingMark(ctx: Parameters<IndirectRule>[0], k: number): number {
  const mark = ctx.tokens[k];
  return /^["”]$/.test(tokenText(ctx, k)) &&
    tokenText(ctx, k - 1) === ',' &&
    ctx.tokens[k - 1]?.end === mark?.start
    ? k - 1
    : k;
}

// Billions were wasted, Cardinal Hill has said. / Rates will rise, said Ann Lee, an economist.
// The plan is dead, TASS was told on Friday.
export const clauseThenCue: IndirectRule = (ctx, r, all) => {
  const s = r.sentence;
  const cueTok = ctx.tokens[r.cue];
  if (!cueTok || isHypotheticalCue(ctx, r)) return null;
  // "…, adding" is a participle, and "said:" opens a direct quote: neither closes a reported clause
  if (/ing$/i.test(tokenText(ctx, r.cue)) || /^[:"“«]$/.test(tokenText(ctx, r.cue + 1))) return null;
  // "…, he said only:" / "said simply:": an adverb before the colon still opens a direct quote
  if (ctx.tokens[r.cue + 1]?.pos === 'ADV' && /^[:"“«]$/.test(tokenText(ctx, r.cue + 2))) return null;
  let mention = r.subject;
  let commaTok: number;
  let afterEnd = cueTok.end;
  let aside = -1;
  if (mention && r.sharesWith === null) {
    if (hasObjectAfterCue(ctx, r.cue)) return null;
    commaTok = commaBeforeClosingMark(ctx, tokenIndexAt(ctx.tokens, mention.start) - 1);
    // "The plan will cost five million crowns, as Ola Roe said."
    aside = asAsideComma(ctx, commaTok, r.cue);
    if (aside >= 0) {
      // (only as the sentence's one report, closing it: not "Gros reiterated that …, as creditors suggested", nor
      // "… that is, as news sources noted, completely democratic")
      if (all.length !== 1 || /[,;]/.test(ctx.text.slice(cueTok.end, s.end))) return null;
      commaTok = aside;
    }
    // "…, lead manager Norland Bank said": a role word the tagger calls a verb opens the source phrase
    if (LEAD_ROLE.test(tokenText(ctx, commaTok)) && isCommaOrDash(tokenText(ctx, commaTok - 1))) {
      mention = spanOf(ctx, ctx.tokens[commaTok]?.start ?? mention.start, mention.end);
      commaTok--;
    }
    // "…, arranger and co-lead manager <Lorne Banking Corp> said": the wire's roles of a bank in a deal
    if (!isCommaOrDash(tokenText(ctx, commaTok))) {
      const roles = roleWordsBeforeSource(ctx, commaTok, r.first);
      if (roles >= 0) {
        mention = spanOf(ctx, ctx.tokens[roles + 1]?.start ?? mention.start, mention.end);
        commaTok = roles;
      }
    }
    const wider = sourcePhraseAfterComma(ctx, commaTok);
    if (wider !== null) {
      commaTok = wider;
      mention = spanOf(ctx, ctx.tokens[wider + 1]?.start ?? mention.start, mention.end);
    }
    // "…, the state oil company, Petrobras, said": the descriptor set off before the name is the source's too
    // (so is "…, a spokeswoman for the farm union, the Varn League, said")
    else {
      const desc =
        descriptorCommaBefore(ctx, mention, r.first) ?? spokespersonCommaBefore(ctx, mention, r.first);
      if (desc !== null && tokenIndexAt(ctx.tokens, mention.start) - 1 === commaTok) commaTok = desc;
    }
  } else if (!mention && !r.passive) {
    commaTok = r.group - 1;
    mention = mentionAfter(ctx, r.cue + 1, s.end);
    if (!mention) return null;
    afterEnd = mention.end;
  } else return null;
  if (!isCommaOrDash(tokenText(ctx, commaTok))) return null;
  // "…, a word Ann Tull then repeated."
  if (isWordRelativeMention(mention)) return null;
  // "that Tull, Berg and Roe had mentioned it": a comma inside a list of names that is a clause's subject
  let run = commaTok - 1;
  while (ctx.tokens[run]?.pos === 'PROPN') run--;
  if (
    tokenText(ctx, commaTok) === ',' &&
    run < commaTok - 1 &&
    /\sand\s/.test(mention.text) &&
    /^that$/i.test(tokenText(ctx, run))
  )
    return null;
  const comma = ctx.tokens[commaTok];
  if (!comma) return null;
  // nothing but adjuncts after the cue: no second verb before a comma
  const rest = tokenIndexAt(ctx.tokens, afterEnd);
  for (let i = rest; i <= r.last; i++) {
    const w = tokenText(ctx, i);
    // (a spaced dash opens the writer's aside: "…, they said Sunday — a charge carrying …")
    if (
      w === ',' ||
      w === ';' ||
      /^(?:[—–]|--)$/.test(w) ||
      /^(?:as|when|while|after|before|in|at|on|during|because|since|following|ahead)$/i.test(w)
    )
      break;
    const p = ctx.tokens[i]?.pos;
    if (
      (p === 'VERB' || p === 'AUX') &&
      !/^(?:asked|speaking|interviewed|quoted)$/i.test(w) &&
      !isAgentParticiple(ctx, i)
    )
      return null;
  }
  const start = trimClauseStart(ctx, s.start, comma.start);
  const end = trimClauseEnd(ctx, start, comma.start);
  // (but ""Major problems" are expected …, it said": a quoted term of one or two words opening a clause that goes on)
  if (QUOTE_MARK.test(ctx.text[start] ?? '') && !quotedTermOpensClause(ctx, start, end)) return null;
  if (hasComplementAfterCue(ctx, afterEnd, s.end, start, end)) return null;
  // "While many traders use dollars, the bank announced …": a lone subordinate clause is not what was said
  if (SUBORDINATOR.test(ctx.text.slice(start, end)) && !ctx.text.slice(start, end).includes(',')) return null;
  if (wordCount(ctx, start, end) < 3 || !hasVerb(ctx, tokenIndexAt(ctx.tokens, start), end)) return null;
  // "The judge presiding over the case, Ada Lund, said …": a noun phrase with a participle is no clause
  if (!hasFiniteVerb(ctx, tokenIndexAt(ctx.tokens, start), end)) return null;
  // "Asked about the merger, Ann Lee said …": a participle opening the sentence has no subject, no clause
  const opener = tokenIndexAt(ctx.tokens, start);
  // (not "Reported profits fell …", a participle before its noun; nor "Faced with a choice, the board decided …, Ann
  // Lee said": the participle's phrase is an adjunct of a clause that follows its comma)
  if (
    opener === r.first &&
    !clauseAfterLeadingPhrase(ctx, opener, end) &&
    ctx.tokens[opener]?.pos === 'VERB' &&
    /(?:ed|en)$/i.test(tokenText(ctx, opener)) &&
    (/^(?:ADP|SCONJ)$/.test(ctx.tokens[opener + 1]?.pos ?? '') ||
      /^(?:whether|if|what|how|why|when|to)$/i.test(tokenText(ctx, opener + 1)))
  )
    return null;
  // "Acts of protest, Mr. Lee said, are acts of patriotism": the sentence goes on with its verb after the cue, so
  // the words before the cue are its subject (link/parenthetical-cue reports the whole)
  const after = tokenIndexAt(ctx.tokens, afterEnd);
  if (
    tokenText(ctx, after) === ',' &&
    /^(?:VERB|AUX)$/.test(ctx.tokens[after + 1]?.pos ?? '') &&
    /^\p{Ll}/u.test(tokenText(ctx, after + 1)) &&
    !/ing$/i.test(tokenText(ctx, after + 1))
  )
    return null;
  const cue = spanOf(ctx, ctx.tokens[r.group]?.start ?? 0, cueTok.end);
  return {
    start,
    end,
    cue,
    mention: r.passive ? null : mention,
    rule: aside >= 0 ? 'clause-then-cue/as-aside' : 'clause-then-cue',
    confidence: 0.75,
    passive: r.passive,
  };
};
