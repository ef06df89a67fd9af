// "the president", "the Russian leader", "an official", "The U.S. intelligence committee", "the military alliance".
import { buildLookup } from '../data/build-lookup.js';
import { ROLE_NOUN_LOOKUP } from '../data/titles.js';
import type { Word } from '../split-words.js';
import { indexWords } from './index-words.js';
import { type FoundMention, foundMention, isJoined, type MentionContext } from './mention-context.js';
import { countryEndingAt } from './read-modifiers.js';

const DETERMINERS = buildLookup<boolean>({ the: true, a: false, an: false, another: false });

// Words that end a descriptor's modifiers before any role noun is reached
const BREAKS = new Set([
  'of',
  'to',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'and',
  'or',
  'that',
  'which',
  'who',
  'said',
  'says',
  'was',
  'is',
  'are',
  'were',
  'has',
  'have',
  'had',
  'be',
  'been',
  'as',
  'than',
  'but',
  'not',
  'it',
  'its',
  'their',
  'his',
  'her',
]);

const MAX_MODIFIERS = 4;

// "52-year-old"
const isAge = (w: string) => w.endsWith('-year-old') && /^\d+-year-old$/.test(w);

/** Descriptor mentions: determiner, up to four modifiers, a role noun (a following role noun extends it: "company spokesman"). */
export function matchDescriptors(ctx: MentionContext): FoundMention[] {
  const { words, text } = ctx;
  const lowers = indexWords(words).lower;
  const found: FoundMention[] = [];
  for (let i = 0; i < words.length; i++) {
    const det = words[i] as Word;
    const definite = DETERMINERS.get(lowers[i] as string);
    if (definite === undefined) continue;
    const countries: string[] = [];
    let head = -1;
    for (let j = i + 1; j <= i + 1 + MAX_MODIFIERS && j < words.length; j++) {
      const w = words[j] as Word;
      if (!isJoined(text, words[j - 1] as Word, w)) break;
      // "the 52-year-old": an age stands for a person
      const lower = isAge(w.text) ? 'year-old' : (lowers[j] as string);
      if (ROLE_NOUN_LOOKUP.get(lower) && /^[\p{Ll}\d]/u.test(w.text)) {
        head = j;
        // "company spokesman", "prime minister"
        while (
          head + 1 < words.length &&
          ROLE_NOUN_LOOKUP.get((words[head + 1] as Word).text) &&
          isJoined(text, words[head] as Word, words[head + 1] as Word)
        )
          head += 1;
        break;
      }
      if (BREAKS.has(lower)) break;
      const country = countryEndingAt(ctx, j);
      if (country) countries.push(country.canonical);
    }
    if (head < 0) continue;
    const last = words[head] as Word;
    const noun = isAge(last.text) ? 'year-old' : (lowers[head] as string);
    const cls = ROLE_NOUN_LOOKUP.get(noun);
    found.push(
      foundMention({
        start: det.start,
        end: last.end,
        text: text.slice(det.start, last.end),
        kind: cls === 'group' ? 'group' : 'descriptor',
        rule: definite ? 'entities/definite-descriptor' : 'entities/indefinite-descriptor',
        roles: cls === 'person' ? [text.slice((words[i + 1] as Word).start, last.end).toLowerCase()] : [],
        countries,
        head: noun,
        definite,
      }),
    );
    i = head;
  }
  return found;
}
