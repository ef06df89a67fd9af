import { hasWholeWord } from './speaker-names.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// "the Dunmore naval source", "the senior bank official": a definite description of two to four words
const DESCRIBED = /^[Tt]he\s+((?:[\p{L}-]+\s+){1,3}[\p{Ll}-]+)$/u;
// "the second official", "the other source": not the one described before
const NOT_THE_SAME = /^(?:other|second|third|another|same|first|last|new|former|latter)$/i;

// "…, a Dunmore naval source in the Gulf said. … Tarn said … The Dunmore naval source said …" → the source
// described before: a definite description every word of which an earlier unnamed speaker ("a"/"one …") holds is
// that speaker (the latest such), whatever quotes stand between.
export const speakerDefiniteDescribedEarlier: SpeakerRule = ({ quote, previous, seg }) => {
  const d = DESCRIBED.exec(quote.mention?.text ?? '');
  if (!d?.[1]) return null;
  const words = d[1].split(/\s+/);
  if (words.some((w) => NOT_THE_SAME.test(w))) return null;
  const here = paragraphOf(seg, quote.start);
  for (let i = previous.length - 1; i >= 0; i--) {
    const p = previous[i];
    if (!p?.speaker) continue;
    if (here - paragraphOf(seg, p.start) > 8) break;
    if (!/^(?:a|an|one|another)\s/i.test(p.speaker)) continue;
    const speaker = p.speaker;
    // the same head ("a fire service statement" is no "fire service")
    const head = /([\p{L}-]+)$/u.exec(speaker.replace(/\s+(?:at|for|with|of|from|in|on)\s.*$/u, ''))?.[1];
    if (head === words[words.length - 1] && words.every((w) => hasWholeWord(speaker, w)))
      return { speaker, rule: 'speaker/definite-described-earlier' };
  }
  return null;
};
