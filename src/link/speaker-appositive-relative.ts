import { fullestName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// an indefinite descriptor, no name of its own: "an oil company", "a lawyer"
const DESCRIPTOR = /^(?:a|an)\s+[\p{Ll}\d][\p{Ll}\d\s-]*$/u;
// the name opening the sentence, set off by a comma right before the descriptor
const NAME_BEFORE =
  /(?:^|[.!?]\s+|\n\s*)(?:The\s+)?(\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:(?:of|and|&)\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*)*)\s*,\s*$/u;

// "Tarn, an oil company which has said it would sell assets, said on Monday …": the descriptor a relative report
// follows stands in apposition to the name opening the sentence, who made that report
export const speakerAppositiveRelative: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention;
  if (!m || !DESCRIPTOR.test(m.text) || !/^\s+(?:which|who)\s/.test(text.slice(m.end, m.end + 8)))
    return null;
  const name = NAME_BEFORE.exec(text.slice(Math.max(0, m.start - 120), m.start))?.[1];
  if (!name) return null;
  return { speaker: fullestName(names, name) ?? name, rule: 'speaker/appositive-relative' };
};
