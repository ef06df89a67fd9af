import { DIRECT_FORMS, SPEECH_FORMS } from './cue-lexicon.js';
import { type QuoteContext, tokenText } from './quote-context.js';

const PAST_FORM = /^(?:said|told|wrote|spoke|swore|thought|felt|knew|found)$/;
const OPENS_PHRASE = /^(?:the|a|an|this|that|his|her|its|their|our|one)$/;
// a bare singular noun that can be a subject on its own ("Analysts think management said …")
const BARE_SUBJECT =
  /^(?:police|staff|management|government|parliament|congress|labour|labor|industry|opec)$/;

/**
 * "the economics think tank said", "The crop reporting board said": a base or -ing form between the words of a
 * noun phrase (a determiner or a name before it, a singular noun right after it that a report verb follows) is a
 * word of the compound, not a verb; true for token `i` then.
 */
export function isNounCompoundWord(ctx: QuoteContext, i: number): boolean {
  const w = tokenText(ctx, i);
  if (!/^\p{Ll}+$/u.test(w) || /(?:ed|[^s]s)$/.test(w)) return false;
  // (nor a past form, never a noun: "Ann Roe said work will begin soon", "Lee told staff production would continue")
  if (PAST_FORM.test(w)) return false;
  const next = ctx.tokens[i + 1];
  const nw = tokenText(ctx, i + 1);
  if (next?.pos !== 'NOUN' || !/^\p{Ll}+$/u.test(nw) || /[^s]s$/.test(nw) || BARE_SUBJECT.test(nw))
    return false;
  // the phrase's verb: a report verb after the noun, perhaps with an auxiliary or adverb between
  let v = i + 2;
  while (v < i + 4 && /^(?:AUX|ADV|PART)$/.test(ctx.tokens[v]?.pos ?? '')) v++;
  // ("Mr Lee claiming tax pledges were …": not a noun the tagger reads as one)
  const verb = ctx.tokens[v];
  if (
    !verb ||
    !/^(?:VERB|AUX)$/.test(verb.pos) ||
    !(SPEECH_FORMS.has(verb.norm) || DIRECT_FORMS.has(verb.norm))
  )
    return false;
  // the words before: modifiers of the phrase, opened by a determiner or holding a name
  let k = i - 1;
  let name = false;
  for (; k >= 0 && k > i - 5; k--) {
    const t = ctx.tokens[k];
    if (!t || t.sentence !== ctx.tokens[i]?.sentence) break;
    if (t.pos === 'PROPN') name = true;
    else if (t.pos !== 'NOUN' && t.pos !== 'ADJ') break;
  }
  if (k === i - 1) return false;
  return name || OPENS_PHRASE.test(ctx.tokens[k]?.norm ?? '');
}
