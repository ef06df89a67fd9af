import type { TextSpan } from '../../../types.js';
import { type QuoteContext, spanOf, tokenIndexAt, tokenNorm, tokenText } from '../../quote-context.js';
import { isPlaceComma } from './place-comma.js';

// "Relatives of the victims in Dunmore, Conn., said …", "The mayor of Kelby, Calif., said …": the town's state is
// set off by commas but closes the subject; the subject is the phrase before the town's comma, through the state.
// (A name keeps its own reading: "Ada Kray of Dunmore, Texas, said" → "Ada Kray of Dunmore".)
type PhraseBefore = (ctx: QuoteContext, at: number, min: number) => TextSpan | null;

/**
 * The subject that ends in "<Town>, <State>," right before token `g` (the cue group), or null; `phrase` reads the
 * noun phrase ending at a token (find-mention's nounPhraseEndingAt).
 */
export function subjectThroughPlace(
  ctx: QuoteContext,
  g: number,
  min: number,
  phrase: PhraseBefore,
): TextSpan | null {
  const j = g - 1;
  if (j - 3 < min || tokenText(ctx, j) !== ',' || !isPlaceComma(ctx, j - 2)) return null;
  let at = j - 3;
  // "The company, based in Kelby, Ore., said": the aside on the seat closes with the state; the noun before speaks
  if (
    tokenNorm(ctx, at - 1) === 'in' &&
    SEATED.test(tokenText(ctx, at - 2)) &&
    tokenText(ctx, at - 3) === ',' &&
    at - 4 >= min
  ) {
    const np = phrase(ctx, at - 4, min);
    return np && opensClause(ctx, tokenIndexAt(ctx.tokens, np.start), min) ? np : null;
  }
  // ("of Fort Kelby, Texas,": a town of two words)
  if (at - 2 >= min && ctx.tokens[at - 1]?.pos === 'PROPN' && /^\p{Lu}\p{Ll}/u.test(tokenText(ctx, at - 1)))
    if (PREPOSITION.test(tokenNorm(ctx, at - 2))) at--;
  let start = ctx.tokens[at]?.start ?? 0;
  // "Parents of pupils at the school in Dunmore", "families of those killed in the fire in Dunmore": the phrases
  // the town hangs on, back to the subject's head
  while (at - 2 >= min && (PREPOSITION.test(tokenNorm(ctx, at - 1)) || ledBy(ctx, at - 1))) {
    // ("An investor group led by the Tarn family of Kelby, Texas, said": the group its leaders head)
    let k = ledBy(ctx, at - 1) ? at - 3 : at - 2;
    // ("of those killed in": the participle's "those")
    if (/^\p{Ll}+(?:ed|en|wn)$/u.test(tokenText(ctx, k)) && tokenNorm(ctx, k - 1) === 'those') {
      if (tokenNorm(ctx, k - 2) !== 'of') break;
      k -= 3;
    }
    const np = k >= min ? phrase(ctx, k, min) : null;
    if (!np || np.start >= start) break;
    at = tokenIndexAt(ctx.tokens, np.start);
    // ("the December 2019 fire": the words the phrase reader left before a number)
    if (ctx.tokens[at]?.pos === 'NUM')
      for (let n = 0; n < 3 && at - 1 >= min; n++) {
        const pos = ctx.tokens[at - 1]?.pos ?? '';
        if (!/^(?:DET|NUM|ADJ|PROPN)$/.test(pos)) break;
        at--;
        if (pos === 'DET') break;
      }
    start = ctx.tokens[at]?.start ?? np.start;
  }
  // the subject opens the sentence (or follows a leading "On Monday,"): not "Tull, speaking to reporters in …"
  if (at === j - 3 || !opensClause(ctx, at, min)) return null;
  // a descriptor, not a name: "Ada Kray of Dunmore, Texas, said" keeps its own reading
  const head = ctx.tokens[at];
  const groupWord = at === min && head?.pos === 'PROPN' && GROUP_NOUN.test(tokenText(ctx, at));
  if (!head || (head.pos === 'PROPN' && !groupWord) || isCapitalizedName(ctx, at)) return null;
  return spanOf(ctx, start, ctx.tokens[j - 1]?.end ?? start);
}

const PREPOSITION = /^(?:of|at|in|for|from)$/;

/** True when token `b` is the "by" of "led by", "headed by" ("a group led by the Tarn family"). */
export function ledBy(ctx: QuoteContext, b: number): boolean {
  return tokenNorm(ctx, b) === 'by' && /^(?:led|headed)$/.test(tokenNorm(ctx, b - 1));
}

/** True when token `at` opens the sentence (after "But"), or follows the comma of a leading adverbial ("On Monday,"). */
function opensClause(ctx: QuoteContext, at: number, min: number): boolean {
  if (at === min || (at === min + 1 && /^(?:but|and|yet|so)$/.test(tokenNorm(ctx, min)))) return true;
  if (tokenText(ctx, at - 1) !== ',' || !/^(?:ADP|ADV)$/.test(ctx.tokens[min]?.pos ?? '')) return false;
  for (let k = min; k < at - 1; k++) {
    const pos = ctx.tokens[k]?.pos ?? '';
    if (tokenText(ctx, k) === ',' || pos === 'VERB' || pos === 'AUX') return false;
  }
  return true;
}
const SEATED = /^(?:based|headquartered|located)$/i;
// plural heads the tagger may call names when they open the sentence ("Relatives of …", "Police in …")
const GROUP_NOUN =
  /^(?:Police|Officials|Relatives|Families|Residents|Parents|Teachers|Students|Workers|Witnesses|Members|Officers|Doctors|Lawyers|Survivors|Neighbou?rs|Voters|Staff|People|Protesters|Leaders|Experts|Analysts|Authorities)$/;

/** True when token `at` and the next are both capitalised words ("Ada Kray"). */
function isCapitalizedName(ctx: QuoteContext, at: number): boolean {
  return /^\p{Lu}/u.test(tokenText(ctx, at)) && /^\p{Lu}/u.test(tokenText(ctx, at + 1));
}
