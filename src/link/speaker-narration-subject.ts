import { firstStartingAt } from '../quotes/quote-context.js';
import { WEEKDAY_NAMES } from '../segment/calendar-words.js';
import type { Segmentation } from '../segment/segment-text.js';
import {
  fullestName,
  isOrganisationName,
  isPlaceName,
  type NameIndex,
  stripTitles,
} from './speaker-names.js';

// ("Another U.S. Firm may supply …", "Both officers were …": a determiner opens a description, not a name)
const OPENERS =
  /^(?:But|And|Or|So|Yet|Then|Now|Meanwhile|However|Also|Still|In|On|At|After|Before|When|While|As|If|Although|The|A|An|This|That|These|Those|It|He|She|They|We|I|There|Here|Another|Other|Some|Both|All|Many|Most|Several|Each|Every|Few|No|Such|Instead)$/;

// "Wednesday", "Yesterday": a day never makes a statement
const isDayWord = (w: string) =>
  /^(?:Yesterday|Today|Tonight|Tomorrow)$/.test(w) ||
  (/^\p{Lu}/u.test(w) && WEEKDAY_NAMES.includes(w.toLowerCase()));
const TIME_NOUN = /^(?:day|night|morning|afternoon|evening|week|weekend)s?$/i;

// "The Attorney General, Lord Goldsmith, " (a role of up to 60 characters, then the name between commas)
const ROLE_THEN_NAME =
  /^[Tt]he\s+[^,.;:"“”()]{1,60}?,\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+),\s+/u;
const INVERTED_CUE =
  /[,"”]\s+(?:said|says|added|explained|noted)\s+((?:\p{Lu}[\p{L}\p{M}'’-]+\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)(?=\s*[,.]\s*|\s*$)/u;

// "<outlet> quoted <name>[, <aside>,] (as) saying|telling": the subject part with no quote mark or sentence end
const QUOTED_PERSON =
  /^[^"“”‘’;:]{1,80}?\squoted\s+((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’-]+)(?:,[^,"“”]{1,80},)?\s+(?:as\s+)?(?:saying|telling)\b/u;

// per name index: the first word of each person's name of two or more words → that person's fullest name, or null
// when it opens the names of two people (worked out once; asked for every lone capitalised word a subject opens)
const OPENERS_OF = new WeakMap<NameIndex, { count: number; by: Map<string, string | null> }>();

/** The fullest name of the one person whose name of two or more words `word` opens ("Han" of "Han Liwei"), or null. */
function opensOnePersonName(names: NameIndex, word: string): string | null {
  let known = OPENERS_OF.get(names);
  if (!known || known.count !== names.persons.length) {
    const by = new Map<string, string | null>();
    for (const p of names.persons) {
      const space = p.name.indexOf(' ');
      if (space < 0) continue;
      const first = p.name.slice(0, space);
      const full = fullestName(names, p.name) ?? p.name;
      const had = by.get(first);
      by.set(first, had === undefined || had === full ? full : null);
    }
    known = { count: names.persons.length, by };
    OPENERS_OF.set(names, known);
  }
  return known.by.get(word) ?? null;
}

// "Walz approaches it …", "Cruz belittled the issue …": a verb the tagger took for a plural noun or an adjective,
// when its object (a determiner or pronoun) follows it (not "Tarn exporters said", "Reid aides say")
export function misTaggedVerb(word: string, pos: string | undefined, nextPos: string | undefined): boolean {
  if (nextPos !== 'DET' && nextPos !== 'PRON') return false;
  if (pos === 'NOUN') return /^\p{Ll}{3,}(?:es|[^s]s)$/u.test(word);
  return pos === 'ADJ' && /^\p{Ll}{3,}ed$/u.test(word);
}

/**
 * The name that opens a narration sentence as its subject ("DiCaprio, who lost, will face him again.",
 * "Mr Lee was freed."), for sentences starting in [from, to); the latest one, or null.
 */
export function narrationSubject(
  text: string,
  seg: Segmentation,
  names: NameIndex,
  from: number,
  to: number,
  maxSentences = Number.POSITIVE_INFINITY,
  // also a subject with its organisation or an appositive between it and the verb ("Simon Hart of the Countryside
  // Alliance has questioned …", "Ms Roche, Labour MP for Hornsey, believes …")
  postmodified = false,
): string | null {
  let found: string | null = null;
  // only the last few sentences: a subject named far back is no longer the one "he" means
  // (sentences and tokens are in text order: found by binary search, a filter over all was quadratic)
  const window = seg.sentences
    .slice(
      firstStartingAt(seg.sentences, from),
      Math.max(firstStartingAt(seg.sentences, from), firstStartingAt(seg.sentences, to)),
    )
    .slice(-maxSentences);
  for (const s of window) {
    if (/^["“‘'«]/.test(text.slice(s.start, s.start + 1))) continue;
    // "Don't Republicans run the risk …?": a question narrates no one's doing
    if (/\?\s*$/.test(text.slice(s.start, s.end))) continue;
    // '2004 was a "stellar year", said Ann Lee, head of the trade body.': a speaker named after an inverted cue
    const inverted = INVERTED_CUE.exec(text.slice(s.start, s.end));
    const invertedName = inverted?.[1] ? stripTitles(inverted[1]).name : '';
    if (
      invertedName &&
      /\s/.test(invertedName) &&
      !isOrganisationName(invertedName) &&
      !isPlaceName(invertedName)
    ) {
      found = invertedName;
      continue;
    }
    // "The Evening Post quoted Mr Tom Reid telling members …": the one quoted, not the outlet (subject-quoted-person)
    const quoted = QUOTED_PERSON.exec(text.slice(s.start, s.end))?.[1];
    const quotedName = quoted ? stripTitles(quoted).name : '';
    if (
      quotedName &&
      (/\s/.test(quotedName) || fullestName(names, quotedName)) &&
      !isOrganisationName(quotedName) &&
      !isPlaceName(quotedName)
    ) {
      found = quotedName;
      continue;
    }
    let toks = seg.tokens.slice(firstStartingAt(seg.tokens, s.start), firstStartingAt(seg.tokens, s.end));
    const word = (k: number) => (toks[k] ? text.slice(toks[k].start, toks[k].end) : '');
    // "But Finance Minister Ann Lee told …": a conjunction opening the sentence is not part of the name
    if (/^(?:But|And|Yet|So|Still)$/.test(word(0)) && toks.length > 2) toks = toks.slice(1);
    // "On Friday, the Cardinal will …", "In an interview published in May, Ann Lee said …", "later on Monday,
    // according to The Daily Post, Lee said …": skip the opening phrases, each up to its comma
    // "Wednesday, the day after the vote, Ann Lee endorsed …": a day word and the time phrase set off after it
    let afterDay = false;
    for (let n = 0; n < 3; n++) {
      const comma = toks.findIndex((t, k) => k < 14 && text.slice(t.start, t.end) === ',');
      const dayWord = comma === 1 && isDayWord(word(0));
      const dayAppositive =
        afterDay &&
        comma > 1 &&
        /^the$/i.test(word(0)) &&
        toks.slice(1, comma).some((t) => TIME_NOUN.test(text.slice(t.start, t.end)));
      afterDay = dayWord;
      if (
        comma > 0 &&
        (dayWord ||
          dayAppositive ||
          /^(?:On|In|At|After|Before|Last|This|Earlier|Later|Meanwhile|However|Yesterday|Today|According|later|earlier|according)$/.test(
            word(0),
          ) ||
          // "Amidst the bustle, Campbell was working …", "During the trial, Ann Lee said …"
          (postmodified &&
            /^(?:Amid|Amidst|During|Despite|Following|Since|Throughout|Within|Under)$/.test(word(0))))
      ) {
        toks = toks.slice(comma + 1);
      } else break;
    }
    // "- Britain's Ann Lee has …", "Arsenal's Tom Bell will …": a list dash and a possessive before the name
    const tokText = (k: number) => (toks[k] ? text.slice(toks[k].start, toks[k].end) : '');
    while (toks.length > 1 && /^[-–—•*]$/.test(tokText(0))) toks = toks.slice(1);
    // ("Tarnland's minister of sport Jaime Lorca": the role words after it are read below)
    // ("North News' Ben Tull noticed …": an owner of several words, its apostrophe after the plural's "s")
    for (let k = 1; k <= 3 && /^\p{Lu}/u.test(tokText(k - 1)); k++) {
      const owned = /^['’]s$/.test(tokText(k)) || (/^['’]$/.test(tokText(k)) && /s$/.test(tokText(k - 1)));
      if (owned && (/^\p{Lu}/u.test(tokText(k + 1)) || /^\p{Ll}+$/u.test(tokText(k + 1)))) {
        toks = toks.slice(k + 1);
        break;
      }
    }
    // "the Liberal Democrats' home affairs spokesman, Mark Oaten, accused …", "The Attorney General, Lord Goldsmith,
    // has …": the name set off after a role that opens the sentence, when a verb follows it
    if (postmodified && toks[0]) {
      const rest = text.slice(toks[0].start, s.end);
      const named = ROLE_THEN_NAME.exec(rest);
      const after = named ? toks.find((t) => t.start >= (toks[0]?.start ?? 0) + named[0].length) : undefined;
      const afterNext = after ? toks[toks.indexOf(after) + 1] : undefined;
      const verbAfter =
        after &&
        (after.pos === 'VERB' ||
          after.pos === 'AUX' ||
          (after.pos === 'ADV' && (afterNext?.pos === 'VERB' || afterNext?.pos === 'AUX')));
      const name = named?.[1] ? stripTitles(named[1]).name : '';
      if (verbAfter && /\s/.test(name) && !isOrganisationName(name) && !isPlaceName(name)) {
        found = name;
        continue;
      }
    }
    // "the Cardinal will …": a definite role as the subject
    const first = toks[0] ? text.slice(toks[0].start, toks[0].end) : '';
    const second = toks[1];
    if (
      /^the$/i.test(first) &&
      second &&
      (second.pos === 'NOUN' || second.pos === 'PROPN') &&
      (toks[2]?.pos === 'VERB' || toks[2]?.pos === 'AUX')
    ) {
      const role = text.slice(second.start, second.end).toLowerCase();
      const holder = [...names.persons].reverse().find((n) => n.start < s.start && n.roles.includes(role));
      if (holder) found = holder.name;
      continue;
    }
    let i = 0;
    // "And ex-Tory education secretary Ann Lee recalled …", "But former minister Ann Lee said …": lower-case role
    // words opening the subject after a conjunction; the name is what follows them
    let lead = 0;
    while (
      lead < 6 &&
      ((/^(?:NOUN|ADJ|PROPN)$/.test(toks[lead]?.pos ?? '') && /^\p{Ll}[\p{L}-]*$/u.test(tokText(lead))) ||
        // ("Tarnland's minister of sport Jaime Lorca": a role's own "of" and its lower-case field)
        (lead > 0 && tokText(lead) === 'of' && /^\p{Ll}[\p{L}-]*$/u.test(tokText(lead + 1))))
    )
      lead++;
    if (lead > 0 && /^\p{Lu}/u.test(tokText(lead)) && toks[lead]?.pos === 'PROPN') i = lead;
    const words: string[] = [];
    while (i < toks.length) {
      const t = toks[i];
      if (!t) break;
      const w = text.slice(t.start, t.end);
      // "Erdo|ğan": a word the tokenizer split at a letter it does not know
      const prev = toks[i - 1];
      if (words.length > 0 && prev && prev.end === t.start && /^\p{Ll}/u.test(w)) {
        words[words.length - 1] += w;
        i++;
        continue;
      }
      if (/^\p{Lu}/u.test(w) || (words.length > 0 && /^(?:-|de|van|von|bin|al)$/.test(w))) {
        words.push(w);
        i++;
        continue;
      }
      // "Union leader Ron Tavish blamed …", "Norvel chief executive Ann Lee said …": lower-case role words
      // between a capitalised word and the name; the name is what follows them
      let r = i;
      while (r < i + 3 && /^(?:NOUN|ADJ)$/.test(toks[r]?.pos ?? '') && /^\p{Ll}/u.test(tokText(r))) r++;
      if (words.length > 0 && r > i && /^\p{Lu}/u.test(tokText(r)) && toks[r]?.pos === 'PROPN') {
        words.length = 0;
        i = r;
        continue;
      }
      break;
    }
    if (words.length === 0 || OPENERS.test(words[0] ?? '') || isDayWord(words[0] ?? '')) continue;
    // "George Tull (a Liberal) was …", "Ann Lee (R-Tarn) has …": a short aside in brackets after the name
    if (tokText(i) === '(') {
      const close = toks.findIndex((_, j) => j > i && j < i + 8 && tokText(j) === ')');
      if (close > 0 && toks.slice(i + 1, close).every((t) => t.pos !== 'VERB' && t.pos !== 'AUX'))
        i = close + 1;
    }
    const next = toks[i];
    const nextText = next ? text.slice(next.start, next.end) : '';
    const after = toks[i + 1] ? text.slice(toks[i + 1]?.start ?? 0, toks[i + 1]?.end ?? 0).toLowerCase() : '';
    // "Governor Bob Lee last week acknowledged …", "Ann Lee on Monday said …": a time phrase before the verb
    const time =
      /^(?:last|this|on|earlier|later|yesterday|today|also|then|again|initially|previously)$/i.test(nextText)
        ? toks.slice(i, i + 4).find((t) => t.pos === 'VERB')
        : undefined;
    const isVerb = (k: number) => toks[k]?.pos === 'VERB' || toks[k]?.pos === 'AUX';
    // "Simon Hart of the Countryside Alliance has questioned …": the name's organisation before the verb
    let k = i;
    if (postmodified && /^(?:of|from|at)$/.test(nextText)) {
      k = i + 1;
      if (/^the$/i.test(tokText(k))) k++;
      const first = k;
      while (k < toks.length && k < first + 6 && /^\p{Lu}/u.test(tokText(k))) k++;
      if (k === first) k = i;
    }
    const verb =
      (next && (next.pos === 'VERB' || next.pos === 'AUX')) ||
      !!time ||
      (k > i && isVerb(k)) ||
      misTaggedVerb(nextText, next?.pos, toks[i + 1]?.pos);
    // "Tom Dobbs asked the minister whether the cuts were fair.": the one who asks is not the one who answers;
    // the one asked, when named, is
    if (/^(?:asked|questioned|pressed|challenged)$/.test(nextText)) {
      const rest = text.slice(next?.end ?? s.end, s.end);
      const asked =
        /^\s+(?:[\p{Ll}-]+\s+){0,3}?,?\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)+),?\s+(?:whether|if|about|how|why|what|when|to)\b/u.exec(
          rest,
        )?.[1];
      if (asked && !isOrganisationName(asked)) found = stripTitles(asked).name || asked;
      else if (/^\s+[^.]*?\b(?:whether|if|about|how|why|what|when)\b/.test(rest)) found = null;
      continue;
    }
    // ("Ian Campbell, whose credits include …, had a booth": a possessive relative too, when reading postmodifiers)
    // ("Tom Vell, one of the men named in the poster, affects …": a quantified appositive too)
    const appositive =
      nextText === ',' &&
      (/^(?:who|a|an|the|his|her|one)$/.test(after) || (postmodified && after === 'whose'));
    // "Ms Roche, Labour MP for Hornsey, believes …": an appositive with no verb of its own, closed by a comma right
    // before the verb (not "First, he juxtaposed numbers, claiming …")
    // ("Cory Vell, co-ordinator for the Lorne Trust which campaigns for savers on pension issues, expressed …": a
    // relative clause closing the appositive may have its verb, and runs it longer)
    const close =
      postmodified && nextText === ',' && !appositive
        ? toks.findIndex((_, j) => j > i + 1 && j < i + 30 && tokText(j) === ',')
        : -1;
    const relative =
      close > 0
        ? toks.findIndex(
            (t, j) => j > i + 2 && j < close && /^(?:which|that|who)$/.test(text.slice(t.start, t.end)),
          )
        : -1;
    const closed =
      close > 0 &&
      (close < i + 16 || relative > 0) &&
      relative < i + 16 &&
      isVerb(close + 1) &&
      toks
        .slice(i + 1, relative > 0 ? relative : close)
        .every((t) => t.pos !== 'VERB' && t.pos !== 'AUX' && t.pos !== 'PRON') &&
      !/[.;:!?"“”()]/.test(text.slice(toks[i + 1]?.start ?? 0, toks[close]?.start ?? 0));
    if (!verb && !appositive && !closed) continue;
    // "Youngsters Ben Hudell": a capitalised common noun before the name is not part of it
    while (words.length > 1 && toks[0]?.pos === 'NOUN' && /s$/.test(words[0] ?? '')) words.shift();
    const { name } = stripTitles(words.join(' ').replace(/ - /g, '-'));
    if (!name || isOrganisationName(name) || isPlaceName(name)) continue;
    // a lone word ("Factory were …") is a person only as the surname of a fuller name
    if (!/\s/.test(name) && !fullestName(names, name) && !appositive) {
      // ("Deputy Premier Han Liwei …. Han took the opposite view.": or as the first word of a name written surname
      // first, that whole name)
      found = opensOnePersonName(names, name) ?? found;
      continue;
    }
    found = name;
  }
  return found;
}
