import { isPassiveCue } from '../../cue-tokens.js';
import { cueGroupStart, mentionBefore, SUBJECT_PRONOUNS } from '../../find-mention.js';
import { spanOf, tokenIndexAt, tokenText } from '../../quote-context.js';
import type { DirectRule } from '../types.js';

const WORDS_OF =
  /^(.+?)['’]s\s+(?:message|reply|response|answer|verdict|view|advice|warning|comment|reaction|explanation|argument|position)$/u;

// Ann Lee was blunt: “It will never work.” — no report verb before the colon: the clause's subject speaks
// (not "He was asked: “…”", whose subject is the one asked, nor "The sign read:", a thing).
export const colonSubject: DirectRule = (ctx, c) => {
  if (c.partial || c.preStart >= c.quote.open) return null;
  const pre = ctx.text.slice(c.preStart, c.quote.open).trimEnd();
  if (!pre.endsWith(':')) return null;
  // "TURNOUT WAS HIGH - Ann Tull:": a headline's dash ends the clause (the name after it is another rule's)
  if (/\s[-–—]\s/.test(pre)) return null;
  const first = tokenIndexAt(ctx.tokens, c.preStart);
  const colon = tokenIndexAt(ctx.tokens, c.preStart + pre.length - 1);
  // the first finite verb of the clause before the colon
  for (let v = first + 1; v < colon; v++) {
    const t = ctx.tokens[v];
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX') || /ing$/i.test(tokenText(ctx, v))) continue;
    const g = cueGroupStart(ctx, v, first);
    // the verb group: "was asked", "has been told", "reads"
    let last = v;
    while (last + 1 < colon && /^(?:VERB|AUX|ADV|PART)$/.test(ctx.tokens[last + 1]?.pos ?? '')) last++;
    for (let x = v; x <= last; x++) {
      const w = tokenText(ctx, x);
      if (/^(?:asked|questioned|told|read|reads|include|includes|included)$/i.test(w)) return null;
      if (ctx.tokens[x]?.pos === 'VERB' && /(?:ed|en|wn)$/i.test(w) && isPassiveCue(ctx, v, x)) return null;
    }
    const subject = mentionBefore(ctx, g, first);
    if (!subject || subject.start !== ctx.tokens[first]?.start) return null;
    // "Ann Lee's message was clear:", "The minister's reply was blunt:": the one whose words they are
    const owner = WORDS_OF.exec(subject.text);
    const m = owner?.[1] ? spanOf(ctx, subject.start, subject.start + owner[1].length) : subject;
    const personal = SUBJECT_PRONOUNS.has(m.text.toLowerCase()) && !/^(?:it|you|i|we)$/i.test(m.text);
    // a name ("Ann Lee", "Harbour Oil"), not "The list" or "This"; a role only as the owner of the words
    const named = /^\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*)*$/u.test(m.text);
    if (!personal && !named && !(owner && /^the\s+\p{Ll}+$/iu.test(m.text))) return null;
    if (/^(?:The|This|That|These|Those|It|There|Here)$/.test(m.text)) return null;
    // no report verb: no cue
    return { cue: null, mention: m, rule: 'colon-subject', confidence: 0.55 };
  }
  return null;
};
