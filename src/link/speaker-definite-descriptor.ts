import { hasWholeWord } from './speaker-names.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// '"…," says one senior official involved in the talks. The official adds that …' → the one just quoted: a
// definite descriptor after the same head introduced with "a"/"one" by the previous quote's speaker
// ("… a spokesman at strike headquarters said. ¶ The strike began in May. ¶ The spokesman, talking by telephone,
// said …": a paragraph of narration between, with no other holder of the word)
export const speakerDefiniteDescriptor: SpeakerRule = ({ quote, previous, seg, text }) => {
  const d = /^[Tt]he\s+([\p{Ll}-]+)$/u.exec(quote.mention?.text ?? '');
  if (!d?.[1]) return null;
  const prev = previous[previous.length - 1];
  const earlier = prev?.speaker;
  if (!prev || !earlier || !/^(?:a|an|one|another)\s/i.test(earlier)) return null;
  // "one official involved in the talks": the head is the first time the word is written
  if (!hasWholeWord(earlier, d[1])) return null;
  const gap = paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start);
  if (gap > 2) return null;
  if (gap === 2) {
    const from = Math.max(prev.end, prev.mention?.end ?? 0);
    const to = quote.mention?.start ?? quote.start;
    if (from >= to || new RegExp(String.raw`\b${d[1]}`, 'iu').test(text.slice(from, to))) return null;
  }
  return { speaker: earlier, rule: 'speaker/definite-after-indefinite' };
};
