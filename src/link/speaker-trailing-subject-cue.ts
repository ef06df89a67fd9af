import { DIRECT_FORMS } from '../quotes/cue-lexicon.js';
import { isCueToken } from '../quotes/cue-tokens.js';
import { mentionAfter } from '../quotes/find-mention.js';
import { type QuoteContext, tokenText } from '../quotes/quote-context.js';
import type { MentionRule } from './speaker-rule.js';
import { isAttributingVerb, quoteTail, span, tokenAfter, verbGroupEnd } from './speaker-trailing-helpers.js';

// after a cue that ends its report: "said.", "said Tuesday", "told Radio Nord", "said in a statement"
const AFTER_CUE =
  /^(?:[.,;!?]|on|in|at|after|before|during|from|to|of|with|while|as|when|last|this|yesterday|today|tonight|earlier|later|again|\p{Lu}\p{Ll}+day)$/u;

// “We were robbed,” Ann Tull fumed. / “Why now?” the judge asked. / “…,” the bank's spokesman, Ola Berg, told
// Radio Nord. / “…,” Sen. Ann Tull (D-Ore.) said Tuesday. / “…the money.” Ann Tull said. — the subject and the verb
// right after the closing mark, whatever the verb (a quote closed on a comma is attributed by what follows).
export const mentionTrailingSubjectCue: MentionRule = ({ quote, text, seg }) => {
  const tail = quoteTail(text, seg, quote);
  if (!tail?.closing || /[;:]/.test(tail.closing)) return null;
  const { ctx, end } = tail;
  let np = mentionAfter(ctx, tail.first, end);
  if (!np || np.start !== ctx.tokens[tail.first]?.start) return null;
  let k = tokenAfter(ctx, np.end);
  // "Ann Tull fumed.": a rare verb the tagger took for an adjective ended the name's phrase; "the document
  // states.", "Ann Tull shot back.": a report verb it took for a noun
  const lastWord = k - 1;
  const lw = tokenText(ctx, lastWord);
  const nounVerb =
    (/^\p{Ll}+s$/u.test(lw) && DIRECT_FORMS.has(lw)) ||
    (/^(?:shot|fired)$/.test(lw) && tokenText(ctx, k) === 'back');
  if (
    lastWord > tail.first &&
    ((/ed$/.test(lw) && isAttributingVerb(ctx, lastWord)) || (nounVerb && endsTail(ctx, k, end)))
  ) {
    np = span(text, np.start, ctx.tokens[lastWord - 1]?.end ?? np.end);
    k = lastWord;
  }
  // "(D-Ore.)": a party tag after the name
  if (tokenText(ctx, k) === '(') {
    let c = k + 1;
    while (c < k + 10 && tokenText(ctx, c) !== ')' && (ctx.tokens[c]?.end ?? Infinity) <= end) c++;
    if (tokenText(ctx, c) !== ')') return null;
    k = c + 1;
  }
  // ", the bank's spokesman, Ola Berg," / ", 30, of Dover, who was there,": an appositive up to the verb
  // (", Ola Berg told": a name may lack its closing comma)
  let appositive: { start: number; end: number } | null = null;
  if (tokenText(ctx, k) === ',') {
    let verb = -1;
    let c = k + 1;
    for (; c < k + 30 && (ctx.tokens[c]?.end ?? Infinity) <= end; c++) {
      if (tokenText(ctx, c) === ',' && isAttributingVerb(ctx, c + 1)) verb = c + 1;
      else if (isAttributingVerb(ctx, c) && ctx.tokens.slice(k + 1, c).every((t) => t.pos === 'PROPN'))
        verb = c;
      if (verb >= 0) break;
    }
    if (verb < 0 || c === k + 1) return null;
    appositive = { start: ctx.tokens[k + 1]?.start ?? 0, end: ctx.tokens[c - 1]?.end ?? 0 };
    k = verb;
  }
  const forced = nounVerb && k === lastWord;
  if ((!forced && !isAttributingVerb(ctx, k)) || (ctx.tokens[k]?.end ?? Infinity) > end) return null;
  const v = forced && tokenText(ctx, k + 1) === 'back' ? k + 1 : verbGroupEnd(ctx, k, end);
  // "“No,” the answer was.": a bare auxiliary is no report
  if (ctx.tokens[v]?.pos === 'AUX' && v === k) return null;
  // a quote ending a sentence: only a report verb ending its own short sentence ("Ann Tull said." — not
  // "Ann Tull said the plan failed.")
  if (tail.closing === '.' || tail.nextSentence) {
    // "“…” Ann Tull said on Friday: “…”": a cue ending on a colon opens the next quote
    if (!isCueToken(ctx, k, 'direct') || /:\s*$/.test(text.slice(tail.from, end))) return null;
    // "“….” Tom Reid said earlier it was “a shame”": nor one running on into a quote of its own
    if (/^\s?["“«„]/.test(text.slice(end, end + 2)) && !/[.!?,;]\s*$/.test(text.slice(tail.from, end)))
      return null;
    const after = tokenText(ctx, v + 1);
    if ((ctx.tokens[v + 1]?.end ?? Infinity) <= end && !AFTER_CUE.test(after)) return null;
  }
  // "the bank's spokesman, Ola Berg": the name in the appositive stands for the descriptor
  let mention = np;
  if (appositive && /^\p{Ll}/u.test(np.text)) {
    const name = mentionAfter(ctx, tokenAfter(ctx, appositive.start), appositive.end + 1);
    if (name && name.end === appositive.end && /^\p{Lu}\S*(?:\s+\p{Lu}\S*)*$/u.test(name.text))
      mention = name;
  }
  const cueEnd = ctx.tokens[v]?.end ?? 0;
  return {
    mention,
    cue: span(text, ctx.tokens[k]?.start ?? 0, cueEnd),
    rule: 'mention/trailing-subject-cue',
  };
};

// after the verb, only "back", a time or place phrase, or the sentence's end: "states in the white paper",
// "shot back with a laugh" (not "the party states that …", whose "states" may be a noun)
function endsTail(ctx: QuoteContext, k: number, end: number): boolean {
  const w = tokenText(ctx, k);
  return (
    (ctx.tokens[k]?.start ?? end) >= end || /^(?:[.,;!?]|back|in|on|at|with|during|after|before)$/.test(w)
  );
}
