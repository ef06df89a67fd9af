// "Russian Federation", "NATO", "the Kremlin", "Moscow": names the gazetteer or the article's own acronyms know.
import { type GazetteerEntry, maxWordsFrom } from '../gazetteer.js';
import { isCapitalized, keyOfForm, keyOfWord, type Word } from '../split-words.js';
import { type FoundMention, foundMention, isJoined, type MentionContext } from './mention-context.js';

/** Entries the article itself teaches: each learned acronym and its long form. */
function learnedEntries(ctx: MentionContext): Map<string, GazetteerEntry> {
  const learned = new Map<string, GazetteerEntry>();
  for (const a of ctx.acronyms) {
    const known = ctx.gazetteer.byKey.get(keyOfForm(a.acronym)) ?? ctx.gazetteer.byKey.get(keyOfForm(a.long));
    const base = known
      ? {
          canonical: known.canonical,
          kind: known.kind,
          usual: known.usual,
          ...(known.class ? { class: known.class } : {}),
        }
      : { canonical: a.canonical, kind: 'organization' as const, usual: a.long };
    learned.set(keyOfForm(a.acronym), { ...base, form: a.acronym, type: 'acronym' });
    learned.set(keyOfForm(a.long), {
      ...base,
      form: a.long,
      type: known ? (ctx.gazetteer.byKey.get(keyOfForm(a.long))?.type ?? 'long') : 'usual',
    });
  }
  return learned;
}

/** Longest gazetteer match at each word; demonyms are left to the rules that read modifiers. */
export function matchGazetteerNames(ctx: MentionContext): FoundMention[] {
  const { words, text } = ctx;
  const learned = learnedEntries(ctx);
  const found: FoundMention[] = [];
  let i = 0;
  while (i < words.length) {
    let matched = 0;
    const start = words[i] as (typeof words)[number];
    const longest = isCapitalized(start.text) ? maxWordsFrom(ctx.gazetteer, start.text, learned) : 0;
    // most words start no key: nothing to build
    if (longest === 0) {
      i += 1;
      continue;
    }
    // the keys of the joined words from i on, built once: keys[n - 1] is the key of n words
    const keys: string[] = [];
    for (let k = i; k < i + Math.min(longest, words.length - i); k++) {
      const w = words[k] as Word;
      if (k > i && !isJoined(text, words[k - 1] as Word, w)) break;
      const part = keyOfWord(w);
      keys.push(k === i ? part : `${keys[keys.length - 1]} ${part}`);
    }
    for (let n = keys.length; n >= 1 && !matched; n--) {
      const key = keys[n - 1] as string;
      const entry = learned.get(key) ?? ctx.gazetteer.byKey.get(key);
      if (!entry || entry.type === 'demonym') continue;
      const first = words[i];
      const last = words[i + n - 1];
      if (!first || !last || !isCapitalized(first.text)) continue;
      const next = words[i + n];
      // "Jordan Peterson": a country name that is also a first name
      if (entry.notBeforeName && next && isJoined(text, last, next) && isCapitalized(next.text)) continue;
      // "Douglas J. Tand": a capital that is also a given name, then an initial
      if (entry.notBeforeInitial && next && isJoined(text, last, next) && /^\p{Lu}\.?$/u.test(next.text))
        continue;
      let start = first.start;
      // "the Kremlin", "the White House": the article belongs to a seat's name
      const before = text.slice(Math.max(0, start - 4), start);
      if (entry.type === 'seat' && /^[Tt]he $/.test(before)) start -= 4;
      found.push(
        foundMention({
          start,
          end: last.end,
          text: text.slice(start, last.end),
          kind: entry.kind,
          rule: learned.has(key) ? 'entities/learned-acronym' : `entities/gazetteer-${entry.type}`,
          entry,
          canonical: entry.canonical,
        }),
      );
      matched = n;
    }
    i += matched || 1;
  }
  return found;
}
