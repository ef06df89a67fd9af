import { expandAcronym, type NameIndex } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

const CLASS_WORDS = new Set([
  'exchange',
  'bank',
  'company',
  'commission',
  'council',
  'union',
  'party',
  'club',
  'ministry',
  'department',
  'committee',
  'agency',
  'court',
  'board',
  'association',
  'federation',
  'bureau',
  'institute',
  'university',
  'corporation',
  'fund',
  'trust',
  'authority',
  'foundation',
  'society',
  'office',
  'forum',
  'museum',
  'hospital',
]);

/** The latest name before `offset` that ends in the class word ("Hong Kong Stock Exchange" for "exchange"). */
function latestNamed(names: NameIndex, text: string, word: string, offset: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  for (const run of names.runs) {
    const words = run.split(/\s+/);
    if (words.length < 2 || words[words.length - 1]?.toLowerCase() !== word) continue;
    const at = text.slice(0, offset).lastIndexOf(run);
    if (at > bestAt || (at === bestAt && best && run.length > best.length)) {
      best = run;
      bestAt = at;
    }
  }
  return best ? (expandAcronym(names, best) ?? best) : null;
}

// "The Harbour Stock Exchange is weighing new rules … The exchange said …" → the named organisation whose name
// ends in the class word, before the one the story mentions most.
export const speakerClassNamed: SpeakerRule = ({ quote, names, text }) => {
  const m = quote.mention?.text;
  const head = m ? /^the\s+([\p{Ll}]+)$/iu.exec(m)?.[1]?.toLowerCase() : undefined;
  if (!head || !CLASS_WORDS.has(head)) return null;
  const named = latestNamed(names, text, head, quote.mention?.start ?? quote.start);
  return named ? { speaker: named.replace(/^The\s+/, ''), rule: 'speaker/class-named' } : null;
};
