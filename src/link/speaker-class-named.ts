import { ORGANIZATIONS } from '../entities/data/organizations.js';
import { OFFICE_FIELDS } from '../entities/data/titles.js';
import type { Quote } from '../types.js';
import { capitalisedBefore } from './organisation-fragment.js';
import { entityOf } from './speaker-entity-names.js';
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
  // ("the Countryside Alliance … The alliance said")
  'alliance',
  'coalition',
  'league',
]);

const FIELD_AND_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+) and $/u;

// "the International Monetary Fund and (the) World Bank": the two names a run joins with "and"
const twoNames = (run: string): string[] => (run.includes(' and ') ? run.split(/ and (?:the )?/) : []);

/**
 * The latest name before `offset` that ends in the class word ("Hong Kong Stock Exchange" for "exchange") or opens
 * with it before "of" ("Bank of Tarnia" for "bank").
 */
function latestNamed(names: NameIndex, text: string, word: string, offset: number): string | null {
  let best: string | null = null;
  let bestAt = -1;
  let bestOpens = false;
  const fits = (run: string) => {
    const words = run.split(/\s+/);
    if (words[0] === 'The') words.shift();
    // "Harbour Stock Exchange", or "Bank of Tarnia", "Department of Health" for "the bank", "the department"
    const endsIn = words[words.length - 1]?.toLowerCase() === word;
    // ("Norland Department of Harbours", "US Department of Justice": the class word and "of" after a modifier)
    const opensWith = words.some((w, i) => i < 3 && w.toLowerCase() === word && words[i + 1] === 'of');
    return words.length < 2 || !(endsIn || opensWith) ? null : { opensWith, endsIn };
  };
  for (const whole of names.runs) {
    // ("International Monetary Fund and World Bank" for "the Fund": one of two names a run joins with "and", when
    // the run as a whole does not fit)
    const run = fits(whole) ? whole : twoNames(whole).find((part) => fits(part));
    const fit = run ? fits(run) : null;
    if (!run || !fit) continue;
    const { opensWith, endsIn } = fit;
    const at = text.slice(0, offset).lastIndexOf(run);
    if (at > bestAt || (at === bestAt && best && run.length > best.length)) {
      best = run;
      bestAt = at;
      bestOpens = opensWith && !endsIn;
    }
  }
  // "the Ministry of Agriculture said … The Trade Ministry said … the ministry said": a later "<Name> Ministry"
  // the name list missed is the nearer one
  if (best && bestOpens) {
    const cap = new RegExp(`\\b(?!The\\b)\\p{Lu}[\\p{L}-]*\\s+\\p{Lu}${word.slice(1)}\\b`, 'u');
    if (cap.test(text.slice(bestAt + best.length, offset))) return null;
  }
  // "The New York Stock Exchange said …" with the run cut to "York Stock Exchange": the word before joins it
  const before = best && bestAt > 0 ? capitalisedBefore(text, bestAt) : null;
  if (best && before) best = `${before} ${best}`;
  // "the Finance and Economy Ministry said … the ministry said": a field joined to the run's own by "and"
  const field =
    best && !before ? FIELD_AND_BEFORE.exec(text.slice(Math.max(0, bestAt - 20), bestAt))?.[1] : null;
  if (
    best &&
    field &&
    OFFICE_FIELDS.has(field.toLowerCase()) &&
    OFFICE_FIELDS.has(best.split(' ')[0]?.toLowerCase() ?? '')
  )
    best = `${field} and ${best}`;
  return best ? (expandAcronym(names, best) ?? best) : null;
}

/**
 * The organisation the quotes just before were given, when its name holds the class word and differs from `named`
 * while `named` has not spoken at all.
 */
function speakingWithWord(previous: readonly Quote[], word: string, named: string): string | null {
  const bare = named.replace(/^The\s+/, '');
  if (previous.some((q) => q.speaker === bare)) return null;
  const last = previous.at(-1)?.speaker;
  if (
    !last ||
    last === bare ||
    !/^speaker\/(?:organisation-name|longer-organisation-name|entity-name|name|body-opened-by-title)\b/.test(
      previous.at(-1)?.speakerRule ?? '',
    )
  )
    return null;
  const words = last.split(/\s+/).map((w) => w.toLowerCase());
  return words.length > 1 && words.includes(word) ? last : null;
}

// the class word the project's table of organisations gives each ("org:nato" → "alliance")
const TABLE_CLASS = new Map(ORGANIZATIONS.flatMap((o) => (o.class ? [[o.canonical, o.class] as const] : [])));

const CLASS_MENTION = /^[Tt]he\s+(?:(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*-\p{Ll}+\s+)?(\p{Lu}?\p{Ll}+)$/u;

// "The Harbour Stock Exchange is weighing new rules … The exchange said …", "The Department of Harbours … The
// Department said …" → the named organisation whose name
// ends in the class word, before the one the story mentions most.
export const speakerClassNamed: SpeakerRule = ({ quote, names, text, previous, entities }) => {
  const m = quote.mention?.text;
  // ("The Department said", "the Fund said": the class word capitalised as a short name for the organisation;
  // "the Oslo-based bank said": a place's hyphenated participle before it)
  const head = m ? CLASS_MENTION.exec(m)?.[1]?.toLowerCase() : undefined;
  if (!head || !CLASS_WORDS.has(head)) return null;
  const named = latestNamed(names, text, head, quote.mention?.start ?? quote.start);
  // "Keel Bank of Tarnia, a unit of Marsh Bank, said … Keel said … The bank said": the bank speaking so far, named
  // first, not the parent named after it that has not spoken
  const spoke = named ? speakingWithWord(previous, head, named) : null;
  if (spoke) return { speaker: spoke, rule: 'speaker/class-named-speaking' };
  if (named) return { speaker: named.replace(/^The\s+/, ''), rule: 'speaker/class-named' };
  // "NATO met on Monday. The alliance said …": no name holds the word, but the entity layer knows the
  // organisation's class and joined the descriptor to it
  const m2 = quote.mention;
  const joined = m2
    ? entities.mentions.find(
        (x) => x.start === m2.start && x.end === m2.end && x.rule.endsWith('/descriptor-class'),
      )
    : undefined;
  const e = joined ? entityOf(entities, joined) : null;
  // (only a class the project's table gives the organisation: "alliance" for NATO; the layer's nearest company
  // for "the company" is no better than the rules above)
  if (e?.kind !== 'organization' || !e.canonical || TABLE_CLASS.get(e.canonical) !== head) return null;
  // (an acronym as the article spells it out, as for "NATO said")
  const long = /^[\p{Lu}\d&]{2,9}$/u.test(e.name) ? expandAcronym(names, e.name) : null;
  return { speaker: long ?? e.name, rule: 'speaker/class-joined-organisation' };
};
