import { hasWholeWord } from './speaker-names.js';
import { paragraphOf, type SpeakerRule } from './speaker-rule.js';

// '"…," says one senior official involved in the talks. The official adds that …' → the one just quoted: a
// definite descriptor after the same head introduced with "a"/"one" by the previous quote's speaker
export const speakerDefiniteDescriptor: SpeakerRule = ({ quote, previous, seg }) => {
  const d = /^[Tt]he\s+([\p{Ll}-]+)$/u.exec(quote.mention?.text ?? '');
  if (!d?.[1]) return null;
  const prev = previous[previous.length - 1];
  const earlier = prev?.speaker;
  if (!prev || !earlier || !/^(?:a|an|one|another)\s/i.test(earlier)) return null;
  // "one official involved in the talks": the head is the first time the word is written
  if (!hasWholeWord(earlier, d[1])) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 1) return null;
  return { speaker: earlier, rule: 'speaker/definite-after-indefinite' };
};
