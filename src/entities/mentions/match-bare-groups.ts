// "analysts said", "Russian hackers", "American Democratic politicians": plural role nouns without a determiner.
import { ROLE_NOUN_LOOKUP } from '../data/titles.js';
import type { Gazetteer } from '../gazetteer.js';
import type { Word } from '../split-words.js';
import { indexWords } from './index-words.js';
import { type FoundMention, foundMention, isJoined, type MentionContext } from './mention-context.js';
import { countryEndingAt } from './read-modifiers.js';

const PLURAL_DEMONYMS = new WeakMap<Gazetteer, Set<string>>();

/** Each demonym key with an "s" added ("Americans"): a set lookup instead of slicing every plural word. */
function pluralDemonyms(g: Gazetteer): Set<string> {
  let plurals = PLURAL_DEMONYMS.get(g);
  if (!plurals) {
    plurals = new Set();
    for (const [key, entry] of g.byKey) if (entry.type === 'demonym') plurals.add(`${key}s`);
    PLURAL_DEMONYMS.set(g, plurals);
  }
  return plurals;
}

/** "analysts said", "Russian hackers", "American Democratic politicians": plural role nouns without a determiner. */
export function matchBareGroups(
  ctx: MentionContext,
  covered: (start: number, end: number) => boolean,
): FoundMention[] {
  const { words, text } = ctx;
  const lowers = indexWords(words).lower;
  const plurals = pluralDemonyms(ctx.gazetteer);
  const found: FoundMention[] = [];
  words.forEach((w, i) => {
    const lower = lowers[i] as string;
    // "Americans", "Russians": a nationality in the plural
    const nationals = w.text.endsWith('s') && plurals.has(w.text);
    if (!nationals && ROLE_NOUN_LOOKUP.get(lower) !== 'group') return;
    if (covered(w.start, w.end)) return;
    if (!nationals && lower !== w.text && !ctx.sentenceOpeners.has(i)) return;
    let from = i;
    const countries: string[] = [];
    // back over nationalities and capitalized adjectives ("American Democratic")
    while (from > 0) {
      const prev = words[from - 1] as Word;
      if (
        !isJoined(text, prev, words[from] as Word) ||
        !/^\p{Lu}/u.test(prev.text) ||
        ctx.sentenceOpeners.has(from - 1)
      )
        break;
      const country = countryEndingAt(ctx, from - 1);
      if (country) countries.unshift(country.canonical);
      from -= 1;
    }
    const start = (words[from] as Word).start;
    found.push(
      foundMention({
        start,
        end: w.end,
        text: text.slice(start, w.end),
        kind: 'group',
        rule: 'entities/bare-group',
        countries,
        head: lower,
        definite: false,
      }),
    );
  });
  return found;
}
