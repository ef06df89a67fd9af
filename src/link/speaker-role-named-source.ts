import { rangeIndexHolding } from '../quotes/span-index.js';
import { cachedRegExp, escapeRegExp, hasWholeWord } from './speaker-names.js';
import { isNamed, PEOPLE_LIST, paragraphOf, type SpeakerInput } from './speaker-rule.js';

// the heads of an unnamed source ("the official said"), which stand as written unless the text gives them to a
// person quoted shortly before
export const SOURCE_HEADS = /^(?:official|spokesman|spokeswoman|spokesperson)$/;

const NAME_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`;

/**
 * "…, said Tom Vell, a USDA official in Lorne. ¶ Prices rose. ¶ The USDA official said …", "Lorne spokesman Tom
 * Vell said …. ¶ The spokesman added …": the person quoted in the last few quotes (two paragraphs back at most)
 * whom the text sets off with the head, after the name or as a title before it, in a sentence holding the
 * descriptor's other words ("USDA"); null when none (not "Tom Vell, a trader, said …. The official said").
 */
export function namedSourceHolder(
  head: string,
  mention: string,
  { quote, previous, seg, text }: Pick<SpeakerInput, 'quote' | 'previous' | 'seg' | 'text'>,
): string | null {
  const here = paragraphOf(seg, quote.start);
  const extra = mention
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== 'the' && w !== head);
  const h = `[${head[0]?.toUpperCase() ?? ''}${head[0] ?? ''}]${escapeRegExp(head.slice(1))}`;
  const before = text.slice(0, quote.mention?.start ?? quote.start);
  for (let i = previous.length - 1, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const p = previous[i];
    const s = p?.speaker;
    if (!p || here - paragraphOf(seg, p.start) > 2) break;
    if (!s || !isNamed(s) || !/\s/.test(s) || PEOPLE_LIST.test(s)) continue;
    // ("Trade sources said …. The official denied …": a group, written with a common noun, holds no one's role)
    if (/\s\p{Ll}+$/u.test(s)) continue;
    const surname = escapeRegExp(s.split(/\s+/).at(-1) ?? s);
    // "Tom Vell, a USDA official", "Tom Vell, Agriculture Department spokesman"; "USDA official Tom Vell"
    const set = cachedRegExp(
      String.raw`\b${surname},\s+(?:(?:an?|the|one)\s+)?(?:[\p{L}\p{M}.&'’-]+\s+){0,4}?${h}\b|\b${h}\s+(?:${NAME_WORD}\s+){0,3}${surname}\b`,
      'gu',
    );
    for (const hit of before.matchAll(set)) {
      const k = rangeIndexHolding(seg.sentences, hit.index);
      const sentence = seg.sentences[k];
      const words = sentence ? text.slice(sentence.start, sentence.end).toLowerCase() : '';
      if (extra.every((w) => hasWholeWord(words, w))) return s;
    }
  }
  return null;
}
