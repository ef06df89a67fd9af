import { nounPhraseEndingAt, SUBJECT_PRONOUNS } from '../quotes/find-mention.js';
import { QUOTE_MARK, spanOf, tokenIndexAt, tokenText } from '../quotes/quote-context.js';
import { mentionRightBeforeCue, mentionTokens } from './mention-before-cue.js';
import type { MentionRule } from './speaker-rule.js';

// participles whose agent wrote or issued what the phrase names
const AUTHORING =
  /^(?:issued|released|written|signed|published|prepared|compiled|sent|posted|filed|drafted|read|produced|authored|commissioned|conducted|led|made|given|delivered|submitted|presented|tweeted|shared)$/i;

// Economists who favour the tax agree that … / Voters who backed her in 2016 say … / A witness questioned by the
// committee said …: a relative clause (or a participle and its "by" agent) between the subject and the cue, with
// no comma; the quote finder took the clause's last noun phrase. The noun phrase the clause follows speaks.
export const mentionRelativeClauseSubject: MentionRule = ({ quote, text, seg }) => {
  const near = mentionRightBeforeCue(quote, text);
  const tokens = near && mentionTokens(text, seg, near.m);
  if (!near || !tokens) return null;
  const { cue } = near;
  const { ctx, first, at } = tokens;
  let verb = false;
  for (let k = at - 1; k > first && k > at - 12; k--) {
    const w = tokenText(ctx, k);
    const pos = ctx.tokens[k]?.pos ?? '';
    if (/^[,;:()—–]$/.test(w) || QUOTE_MARK.test(w)) return null;
    // "A witness questioned by the committee said": a past participle and its agent
    const agent =
      /^by$/i.test(w) &&
      k === at - 1 &&
      ctx.tokens[k - 1]?.pos === 'VERB' &&
      /\p{Ll}(?:ed|en|wn)$/u.test(tokenText(ctx, k - 1)) &&
      // (not "The statement issued by Tiga said", "the decree signed by the Pope read": the author speaks)
      !AUTHORING.test(tokenText(ctx, k - 1));
    // (not "officials who Ann Roe said were …": "who" is the cue's object there, the mention right after it)
    const relative = /^who$/i.test(w) && (verb || k < at - 1);
    if (!agent && !relative) {
      if (/^(?:VERB|AUX)$/.test(pos)) verb = true;
      continue;
    }
    const end = agent ? k - 2 : k - 1;
    const head = nounPhraseEndingAt(ctx, end, first);
    if (!head || head.end !== ctx.tokens[end]?.end || SUBJECT_PRONOUNS.has(head.text.toLowerCase()))
      return null;
    // the noun phrase opens its clause (not the object of a verb before it: "met voters who backed her …")
    const s = tokenIndexAt(ctx.tokens, head.start);
    const opener = s === first ? '' : tokenText(ctx, s - 1);
    if (
      s !== first &&
      !/^(?:[,;:(—–]|and|but|while|as|when|after|because|since|that|although|though|even)$/i.test(opener)
    )
      return null;
    // "Even Republicans who …": an adverb capitalised to open the sentence is no part of the phrase
    const adverb = /^(?:Even|So|But|And|Also|Only|Now|Still|Yet|Then)\s+(?=\S)/.exec(head.text);
    const start = head.start + (adverb?.[0].length ?? 0);
    return { mention: spanOf(ctx, start, head.end), cue, rule: 'mention/relative-clause-subject' };
  }
  return null;
};

// prepositions a participle phrase goes on with (not "of": head-before-preposition; not "by": the agent above; not
// "after", "before", "since": conjunctions too, "Shares tumbled after it said")
const PHRASE_PREPOSITION =
  /^(?:in|at|on|from|for|with|near|across|under|over|during|into|inside|outside|around|about|behind|within|throughout)$/i;
// "carried out in", "set up at": a particle between the participle and its preposition
const PARTICLE = /^(?:out|up|down|off|back|away)$/i;

// Investigations carried out in the wake of the scandal found … / Officials speaking on condition of anonymity said …
// / A man arrested in the raid told police …: a participle and its prepositional phrase between the subject and the
// cue, with no comma; the quote finder took the preposition's object. The noun phrase the participle follows speaks.
export const mentionParticipleSubject: MentionRule = ({ quote, text, seg }) => {
  const near = mentionRightBeforeCue(quote, text);
  const tokens = near && mentionTokens(text, seg, near.m);
  if (!near || !tokens) return null;
  const { cue } = near;
  const { ctx, first, at } = tokens;
  // the preposition, a determiner the mention left out between it and the mention
  let p = at - 1;
  if (/^(?:the|a|an)$/i.test(tokenText(ctx, p))) p--;
  if (!PHRASE_PREPOSITION.test(tokenText(ctx, p)) || ctx.tokens[p]?.pos !== 'ADP') return null;
  let v = p - 1;
  if (PARTICLE.test(tokenText(ctx, v))) v--;
  const participle = tokenText(ctx, v);
  if (
    v <= first ||
    ctx.tokens[v]?.pos !== 'VERB' ||
    !/^\p{Ll}+(?:ed|en|wn|ing)$/u.test(participle) ||
    /^(?:said|saying)$/.test(participle)
  )
    return null;
  const head = nounPhraseEndingAt(ctx, v - 1, first);
  if (!head || head.end !== ctx.tokens[v - 1]?.end || SUBJECT_PRONOUNS.has(head.text.toLowerCase()))
    return null;
  // the noun phrase opens its clause (not "police found a man living in the house", an object)
  const s = tokenIndexAt(ctx.tokens, head.start);
  const opener = s === first ? '' : tokenText(ctx, s - 1);
  if (
    s !== first &&
    !/^(?:[,;:(—–]|and|but|while|as|when|after|because|since|that|although|though)$/i.test(opener)
  )
    return null;
  const adverb = /^(?:Even|So|But|And|Also|Only|Now|Still|Yet|Then)\s+(?=\S)/.exec(head.text);
  const start = head.start + (adverb?.[0].length ?? 0);
  return { mention: spanOf(ctx, start, head.end), cue, rule: 'mention/participle-subject' };
};
