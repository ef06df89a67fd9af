import { type QuoteContext, tokenText } from '../../quote-context.js';
import { isClauseAt } from './clause-helpers.js';

// "said publicly the museum should close", "said also the plan …": adverbs that make a whole adjunct alone
const LONE_ADVERB =
  /^(?:also|again|however|previously|privately|publicly|repeatedly|separately|recently|now|flatly|bluntly|openly|firmly|frankly|subsequently|informally|formally|explicitly)$/i;

// the same words lower-cased: a token whose lower case is none of them fails at a look-up, before the regex
const LONE_ADVERBS = new Set(LONE_ADVERB.source.slice(4, -2).split('|'));

/** True when token `k` right after a report verb is an adverb that is an adjunct by itself ("said publicly"). */
export function isLoneAdverb(ctx: QuoteContext, k: number): boolean {
  return LONE_ADVERBS.has(ctx.tokens[k]?.norm ?? '') && LONE_ADVERB.test(tokenText(ctx, k));
}

const WEEKDAY = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today|tonight)$/i;
const MONTH =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/;
const TIME_NOUN = /^(?:morning|afternoon|evening|night|week|weekend|month|year|quarter)$/i;
const TIME_OPENER = /^(?:last|this|next|on|in|at|by|during|early|late|earlier|later)$/i;
// "in a statement", "in its annual report", "in an interview": where a statement was made
const STATEMENT_NOUN =
  /^(?:statement|interview|speech|letter|release|filing|report|address|briefing|broadcast|message|memo|email|e-mail|post|tweet|blog|column|op-ed|article|testimony|submission|announcement|prospectus|communique|circular)$/i;
// "in the same session", "at the meeting", "during the hearing": the occasion a statement was made at
const OCCASION_NOUN =
  /^(?:session|meeting|conference|hearing|summit|debate|rally|forum|seminar|symposium|luncheon|ceremony|presentation)$/i;
const STATEMENT_DET = /^(?:a|an|the|its|his|her|their|our|this|that)$/i;

/** True when token `t` closes a phrase of time ("on Friday", "last week", "on March 3", "in 2019", "Friday night"). */
function endsTimePhrase(ctx: QuoteContext, t: number): boolean {
  const w = tokenText(ctx, t);
  const before = tokenText(ctx, t - 1);
  if (WEEKDAY.test(w)) return ctx.tokens[t - 1]?.pos === 'ADP' || /^(?:last|this|next)$/i.test(before);
  if (TIME_NOUN.test(w)) return WEEKDAY.test(before) || /^(?:last|this|next)$/i.test(before);
  if (/^\d{4}$/.test(w)) return ctx.tokens[t - 1]?.pos === 'ADP' || MONTH.test(before);
  if (/^\d{1,2}$/.test(w)) return MONTH.test(before);
  if (MONTH.test(w)) return /^(?:in|last|this|next|early|late)$/i.test(before);
  return false;
}

/** True when token `t` is itself part of a time phrase: the phrase may go on there ("on Friday afternoon"). */
function goesOnAsTime(ctx: QuoteContext, t: number): boolean {
  const w = tokenText(ctx, t);
  return WEEKDAY.test(w) || TIME_NOUN.test(w) || MONTH.test(w) || /^\d{1,4}$/.test(w);
}

/**
 * "said on Friday rent controls would …", "said last week sales rose", "said in a statement one accord was …",
 * "told MPs on Tuesday care was needed": an adjunct of time or of the statement ends on its noun, and a subject
 * with no article of its own opens the reported clause at token `j`. True when the adjunct ends before `j`.
 * (not "said in a 2019 report the plan …", "in a Monday statement": a time inside a noun phrase)
 */
export function clauseAfterAdjunct(ctx: QuoteContext, j: number, end: number): boolean {
  const prev = j - 1;
  if (goesOnAsTime(ctx, j) || !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(ctx.tokens[j]?.pos ?? '')) return false;
  const opener = timePhraseStart(ctx, prev);
  // (not "in a late July tweet": a time after an article is the noun's)
  const time =
    endsTimePhrase(ctx, prev) &&
    TIME_OPENER.test(tokenText(ctx, opener)) &&
    !/^(?:DET|ADJ)$/.test(ctx.tokens[opener - 1]?.pos ?? '');
  const statement = STATEMENT_NOUN.test(tokenText(ctx, prev)) && statementPhrase(ctx, prev);
  // (after an occasion, a name or a bare noun right before its verb: "said at the meeting Japan should …", "said
  // at the hearing rates would …"; not "told analysts on a conference call the plan …", a compound noun)
  const occasion =
    OCCASION_NOUN.test(tokenText(ctx, prev)) &&
    statementPhrase(ctx, prev) &&
    (ctx.tokens[j]?.pos === 'PROPN' ||
      (ctx.tokens[j]?.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(ctx.tokens[j + 1]?.pos ?? '')));
  if (!time && !statement && !occasion) return false;
  return isClauseAt(ctx, j, end);
}

/** The token opening the time phrase that ends at `t` ("on" of "on March 3", "last" of "last week"). */
function timePhraseStart(ctx: QuoteContext, t: number): number {
  let s = t;
  while (s > 0 && goesOnAsTime(ctx, s - 1)) s--;
  return s - 1;
}

/** "in a statement", "in its written statement", "in a radio interview": a preposition, an article, the noun. */
function statementPhrase(ctx: QuoteContext, t: number): boolean {
  let s = t - 1;
  while (s > t - 4 && /^(?:ADJ|NOUN|PROPN)$/.test(ctx.tokens[s]?.pos ?? '')) s--;
  return STATEMENT_DET.test(tokenText(ctx, s)) && ctx.tokens[s - 1]?.pos === 'ADP';
}

/**
 * "told parliament Dover would face …", "told reporters sales rose": a hearer of one bare common noun at token `k`,
 * then a name or a bare noun with its verb opening the clause. The clause's first token, or null.
 * (not "told committee members the plan …": two nouns are one hearer)
 */
export function clauseAfterBareHearer(ctx: QuoteContext, k: number, end: number): number | null {
  if (HEARER_ARTICLE.test(tokenText(ctx, k))) return clauseAfterArticleHearer(ctx, k, end);
  if (ctx.tokens[k]?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(tokenText(ctx, k))) return null;
  const next = ctx.tokens[k + 1];
  if (!next) return null;
  const named = next.pos === 'PROPN';
  const bare = next.pos === 'NOUN' && /^(?:VERB|AUX)$/.test(ctx.tokens[k + 2]?.pos ?? '');
  if (!named && !bare) return null;
  if (goesOnAsTime(ctx, k + 1)) return null;
  return isClauseAt(ctx, k + 1, end) ? k + 1 : null;
}

const HEARER_ARTICLE = /^(?:a|an|the)$/i;
// the head of a hearer that is an occasion or an audience: "a press conference", "the annual meeting"
const HEARER_HEAD =
  /^(?:conference|briefing|meeting|session|hearing|committee|subcommittee|panel|audience|gathering|forum|seminar|symposium|rally|crowd|parliament|assembly|congress|senate|council|convention|summit|reporters|journalists|newsmen|correspondents|analysts|investors|shareholders|stockholders|delegates|members|supporters|employees|workers|staff|lawmakers|legislators|newspaper|agency|magazine|radio|television|broadcaster|luncheon|lunch|dinner|breakfast|court|jury|tribunal|inquiry|commission)$/;

/**
 * "told a press conference Tarn now had …", "told a news briefing prices would …", "told the annual meeting sales
 * rose": an article, up to three common words ending on an occasion's or audience's noun, then a name going on to
 * its verb or a bare subject (one or two common nouns) before a finite verb. The clause's first token, or null.
 * (not "told a news conference held during …", "… following a meeting that …": a participle on the hearer)
 */
function clauseAfterArticleHearer(ctx: QuoteContext, k: number, end: number): number | null {
  for (let h = k + 1; h <= k + 3; h++) {
    const t = ctx.tokens[h];
    if (!t || !/^(?:NOUN|ADJ)$/.test(t.pos) || !/^\p{Ll}[\p{Ll}-]*$/u.test(tokenText(ctx, h))) return null;
    if (!HEARER_HEAD.test(tokenText(ctx, h)) || HEARER_HEAD.test(tokenText(ctx, h + 1))) continue;
    const s = h + 1;
    if (goesOnAsTime(ctx, s)) return null;
    let ok = false;
    if (ctx.tokens[s]?.pos === 'PROPN') ok = nameGoesOnToVerb(ctx, s);
    else if (ctx.tokens[s]?.pos === 'NOUN' && /^\p{Ll}/u.test(tokenText(ctx, s))) {
      // "wage pacts signed so far were …": a common noun may open the subject's noun
      const v = ctx.tokens[s + 1]?.pos === 'NOUN' ? s + 2 : s + 1;
      ok = finiteVerbAt(ctx, v);
    }
    return ok && isClauseAt(ctx, s, end) ? s : null;
  }
  return null;
}

/** True when the name opening at `s` is followed, after an adverb or none, by a finite verb ("Tarn now had"). */
function nameGoesOnToVerb(ctx: QuoteContext, s: number): boolean {
  let i = s;
  while (ctx.tokens[i]?.pos === 'PROPN') i++;
  if (ctx.tokens[i]?.pos === 'ADV') i++;
  return finiteVerbAt(ctx, i);
}

/** True when token `v` reads as a finite verb: an auxiliary, or a verb not in -ing, nor in -ed/-en before a preposition
 * or an adverb ("held during", "signed so far": a participle on a noun). */
function finiteVerbAt(ctx: QuoteContext, v: number): boolean {
  const p = ctx.tokens[v]?.pos;
  if (p === 'AUX') return true;
  if (p !== 'VERB') return false;
  const w = tokenText(ctx, v);
  if (/ing$/i.test(w)) return false;
  return !/(?:ed|en)$/i.test(w) || !/^(?:ADP|ADV)$/.test(ctx.tokens[v + 1]?.pos ?? '');
}

// the last word of an outlet's name: "Reuters", "BBC News", "The Dover Post", "NPR"
const OUTLET_END =
  /^(?:BBC|News|Reuters|CNN|NPR|AP|AFP|Bloomberg|Xinhua|Tass|TASS|Interfax|Kyodo|Yonhap|PBS|NBC|CBS|ABC|Post|Times|Journal|Herald|Telegraph|Guardian|Independent|Observer|Mail|Express|Mirror|Tribune|Gazette|Chronicle|Globe|Press|Radio|Television|TV|Agency|Magazine|Wikinews)$/;

/**
 * "told Reuters Taiwan had agreed …", "told BBC News Labour MPs would …", "told The Dover Post radio broadcasts
 * were …": a hearer whose name ends on an outlet's word, then a clause. The clause's first token, or null.
 * (not "told BBC Radio 4 the plan …": the outlet's name goes on)
 */
export function clauseAfterOutlet(ctx: QuoteContext, k: number, end: number): number | null {
  for (let s = k + 1; s < k + 8; s++) {
    const p = ctx.tokens[s - 1]?.pos ?? '';
    if (!/^(?:PROPN|DET|NOUN|NUM|PART)$/.test(p)) return null;
    if (!OUTLET_END.test(tokenText(ctx, s - 1))) continue;
    const next = tokenText(ctx, s);
    if (OUTLET_END.test(next) || ctx.tokens[s]?.pos === 'NUM' || /^['’]s?$/.test(next)) continue;
    if (isClauseAt(ctx, s, end)) return s;
  }
  return null;
}
