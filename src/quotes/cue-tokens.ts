import { BELIEF_FORMS, DIRECT_FORMS, SPEECH_FORMS } from './cue-lexicon.js';
import { judgedFor } from './judged-for.js';
import { isNounCompoundWord } from './noun-compound-word.js';
import { type QuoteContext, tokenText } from './quote-context.js';

// Forms that are verbs wherever they stand after a subject, whatever the tagger says.
const SURE_VERBS = new Set([
  'said',
  'says',
  'told',
  'tells',
  'added',
  'adds',
  'adding',
  'saying',
  'insisted',
  'insists',
  'warned',
  'warns',
  'stated',
  'claimed',
  'argued',
  'argues',
  'noted',
  'notes',
  'explained',
  'explains',
  'admitted',
  'admits',
  'denied',
  'denies',
  'announced',
  'concluded',
  'suggested',
  'suggests',
  'asked',
  'replied',
  'stressed',
  'confirmed',
  'acknowledged',
  'wrote',
  'writes',
  'predicted',
  'reported',
  'insist',
  'say',
  'argue',
  'warn',
  'claim',
  'claims',
  'point',
  'pointed',
  'pointing',
  'points',
  'tell',
  'add',
  'believes',
  'believed',
  'thinks',
  'hopes',
  'hoped',
  'feared',
  'fears',
  'expects',
]);
const GERUND_PREPOSITIONS = new Set([
  'without',
  'after',
  'before',
  'for',
  'of',
  'about',
  'from',
  'upon',
  'on',
  'since',
  'while',
  'against',
]);
const DETS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'his',
  'her',
  'its',
  'their',
  'our',
  'my',
  'your',
  'such',
  'any',
  'no',
]);

// verbs the tagger may call nouns whose subject "estimates" is: "Tarn Mercantile estimates show output fell"
const ESTIMATES_AS_SUBJECT = /^(?:show|shows|showed|put|puts|range|ranged|vary|varied|point|differ)$/;

// what a statement is issued in: "a statement saying …", "a letter saying …"
const DOCUMENT_NOUN =
  /^(?:statement|letter|release|report|note|message|memo|document|filing|notice|email|e-mail|tweet|post|video|communique|circular)$/;

export type CueSet = 'direct' | 'speech' | 'belief';

// Which sets each form is in, as bits (direct 1, speech 2, belief 4): one look-up in one table per token asked,
// instead of one in the asked set's own table (most tokens are in none, and several sets are asked of each).
const bitOf = (set: CueSet) => (set === 'direct' ? 1 : set === 'speech' ? 2 : 4);
const FORM_SETS = new Map<string, number>();
for (const [forms, set] of [
  [DIRECT_FORMS, 'direct'],
  [SPEECH_FORMS, 'speech'],
  [BELIEF_FORMS, 'belief'],
] as const)
  for (const form of forms.keys()) FORM_SETS.set(form, (FORM_SETS.get(form) ?? 0) | bitOf(set));

// past forms without "-ed": "a spokesman told …" agrees, "a lunch counter" does not
const IRREGULAR_PAST = new Set([
  'said',
  'told',
  'wrote',
  'spoke',
  'thought',
  'felt',
  'taught',
  'swore',
  'forecast',
  'put',
]);

/** True when token `i` is a report verb of `set` used as a verb ("said", not "the said company" or "said to be"). */
export function isCueToken(ctx: QuoteContext, i: number, set: CueSet): boolean {
  const t = ctx.tokens[i];
  if (!t) return false;
  // the segmenter's lower-cased text: most tokens are no cue form and stop here, unsliced
  const lw = t.norm;
  if (((FORM_SETS.get(lw) ?? 0) & bitOf(set)) === 0) return set === 'direct' && goesOn(ctx, i);
  const w = tokenText(ctx, i);
  // "Says" in running text is a headline or a name; all-caps headlines ("PUTIN SAYS") are fine
  if (/^\p{Lu}\p{Ll}/u.test(w) && i > 0 && ctx.tokens[i - 1]?.sentence === t.sentence) return false;
  // "Norland Oil estimates that …": a name, then the form, then "that" reads as a verb whatever the tagger says
  // "…, estimates Ola Berg, an adviser": after a comma and before a name the form is an inverted report verb
  const namedThat =
    t.pos === 'NOUN' &&
    (((isNameSubject(ctx, i - 1) || isOpeningSubject(ctx, i - 1)) && ctx.tokens[i + 1]?.norm === 'that') ||
      (tokenText(ctx, i - 1) === ',' && ctx.tokens[i + 1]?.pos === 'PROPN' && /s$/i.test(lw)));
  // "The Lorne Tourist Board estimates visits fell 12 pct": a body's estimate with no "that", the tagger's plural
  // noun, before what opens a clause's subject (whether a clause follows is the indirect rules' question)
  const namedEstimate =
    t.pos === 'NOUN' &&
    lw === 'estimates' &&
    (isNameSubject(ctx, i - 1) || isOpeningSubject(ctx, i - 1)) &&
    (/^(?:DET|NOUN|PROPN|NUM|ADJ)$/.test(ctx.tokens[i + 1]?.pos ?? '') ||
      /^["“]$/.test(tokenText(ctx, i + 1))) &&
    // (not "Tarn's estimates show …", "… estimates put the cost at …": the estimates as the subject)
    !ESTIMATES_AS_SUBJECT.test(ctx.tokens[i + 1]?.norm ?? '') &&
    estimateIsTheReport(ctx, i);
  // "“…,” smiles one broker": right after a quote that ends on a comma, the form is the attributing verb
  const afterQuote =
    set === 'direct' &&
    /s$/.test(lw) &&
    /^["”’»]$/.test(tokenText(ctx, i - 1)) &&
    /^[,?!]$/.test(tokenText(ctx, i - 2)) &&
    /^(?:DET|NUM|PROPN|PRON)$/.test(ctx.tokens[i + 1]?.pos ?? '');
  // "…, the Harbor Times reports.": an -s form closing its sentence right after a name is the name's verb, whatever
  // the tagger says (not "…, court reports.", a common noun's plural)
  const closingAfterName =
    t.pos === 'NOUN' &&
    /s$/.test(lw) &&
    ctx.tokens[i - 1]?.pos === 'PROPN' &&
    /^[.!]$/.test(tokenText(ctx, i + 1)) &&
    ctx.tokens[i + 1]?.sentence === t.sentence &&
    ctx.tokens[i + 2]?.sentence !== t.sentence;
  // "His associates have alleged Navalny was …": an -ed form after "has"/"have"/"had" is a participle
  const perfect = /ed$/.test(lw) && /^(?:has|have|had)$/.test(ctx.tokens[i - 1]?.norm ?? '');
  if (
    !(
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      SURE_VERBS.has(lw) ||
      namedThat ||
      namedEstimate ||
      afterQuote ||
      closingAfterName ||
      perfect ||
      pastBeforeClause(ctx, i)
    )
  )
    return false;
  const prev = i > 0 ? (ctx.tokens[i - 1]?.norm ?? '') : '';
  if (DETS.has(prev)) return false; // the said company, a warning
  // "add-ons", "a tell-all memoir", "his say-so": the first piece of a hyphenated word
  const dash = ctx.tokens[i + 1];
  if (dash?.norm === '-' && dash.start === t.end && ctx.tokens[i + 2]?.start === dash.end) return false;
  // "a lunch counter", "an office report": after "a" and a singular noun, a bare form does not agree as a verb
  if (
    ctx.tokens[i - 1]?.pos === 'NOUN' &&
    /^(?:a|an|each|every)$/.test(ctx.tokens[i - 2]?.norm ?? '') &&
    !/(?:s|ed)$/.test(lw) &&
    /^(?:\p{Ll}+)$/u.test(w) &&
    !IRREGULAR_PAST.has(lw) &&
    // (but "issued a statement saying …": a participle on a statement reports it)
    !(lw.endsWith('ing') && DOCUMENT_NOUN.test(ctx.tokens[i - 1]?.norm ?? ''))
  )
    return false;
  // without saying (but "suspended Orr for claiming …": the reason someone was judged reports what they said)
  if (
    lw.endsWith('ing') &&
    GERUND_PREPOSITIONS.has(prev) &&
    !(prev === 'for' && judgedFor(ctx, i - 1, 0)) &&
    !timeGerund(ctx, i)
  )
    return false;
  // "the economics think tank said", "the crop reporting board said": a word of a noun compound
  if (isNounCompoundWord(ctx, i)) return false;
  if (isParticipleAdjective(ctx, i)) return false;
  const next = ctx.tokens[i + 1]?.norm ?? '';
  // "point out" only with its particle
  if (/^point/.test(lw) && next !== 'out') return false;
  const after = ctx.tokens[i + 2];
  // said to be, told to leave, asked to comment, is said to have
  if (next === 'to' && after && (after.pos === 'VERB' || after.pos === 'AUX')) return false;
  if (next === 'so' && /^[.,;]?$/.test(tokenText(ctx, i + 2))) return false; // "he said so."
  return true;
}

// "A bookmaker stopped bets after claiming the show had leaked", "… upon announcing Orr was alive": a participle
// after "after"/"upon"/"while" inside its clause reports for the clause's subject (not one opening the sentence:
// "After saying …, Orr left")
function timeGerund(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  const p = ctx.tokens[i - 1];
  return (
    !!t &&
    !!p &&
    /^(?:after|upon|while)$/.test(p.norm) &&
    ctx.tokens[i - 2]?.sentence === t.sentence &&
    /^(?:\p{L}|[”"])/u.test(tokenText(ctx, i - 2))
  );
}

// `"…," Vell went on.`, `Vell went on: "…"`: "go on" closing its clause is "continue" (not "went on to win",
// "the talks went on for hours")
const GO_FORMS = new Set(['go', 'goes', 'went', 'going']);
function goesOn(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (!t || !GO_FORMS.has(t.norm) || ctx.tokens[i + 1]?.norm !== 'on') return false;
  const after = ctx.tokens[i + 2];
  return !after || after.sentence !== t.sentence || /^[.,:;!?]$/.test(tokenText(ctx, i + 2));
}

/**
 * "Police alleged the accused …", "Roe also alleged he …": an "-ed" form the tagger calls an adjective between a
 * noun or name (perhaps with an adverb) and a subject opening a clause.
 */
function pastBeforeClause(ctx: QuoteContext, i: number): boolean {
  const t = ctx.tokens[i];
  if (t?.pos !== 'ADJ' || !/ed$/.test(t.norm) || !/^\p{Ll}+$/u.test(tokenText(ctx, i))) return false;
  let p = i - 1;
  if (
    ctx.tokens[p]?.pos === 'ADV' &&
    /^(?:also|further|previously|repeatedly)$/.test(ctx.tokens[p]?.norm ?? '')
  )
    p--;
  if (!/^(?:NOUN|PROPN)$/.test(ctx.tokens[p]?.pos ?? '') || ctx.tokens[p]?.sentence !== t.sentence)
    return false;
  // (not "the alleged victim": a noun right after makes it the noun's adjective)
  const next = ctx.tokens[i + 1];
  if (/^(?:the|he|she|it|they|we|that)$/.test(next?.norm ?? '') && ctx.tokens[i + 2]?.pos !== 'PUNCT')
    return true;
  // ("Tarnia alleged Ola Brisk was a spy": a name, then its verb)
  let j = i + 1;
  while (j < i + 4 && ctx.tokens[j]?.pos === 'PROPN' && /^\p{Lu}/u.test(tokenText(ctx, j))) j++;
  return (
    j > i + 1 && /^(?:AUX|VERB)$/.test(ctx.tokens[j]?.pos ?? '') && !/ing$/.test(ctx.tokens[j]?.norm ?? '')
  );
}

/** "400 pledged delegates", "the party's declared goal": an "-ed" form between a number or a possessive and a noun. */
function isParticipleAdjective(ctx: QuoteContext, i: number): boolean {
  if (!/ed$/.test(ctx.tokens[i]?.norm ?? '') || ctx.tokens[i + 1]?.pos !== 'NOUN') return false;
  const prev = ctx.tokens[i - 1];
  return prev?.pos === 'NUM' || /^['’]s$/.test(prev?.norm ?? '');
}

/** True when token `j` ends a name that is a subject, not a modifier ("rules of the Clean Air Act rules that"). */
function isNameSubject(ctx: QuoteContext, j: number): boolean {
  if (ctx.tokens[j]?.pos !== 'PROPN') return false;
  let k = j;
  while (
    k > 0 &&
    ctx.tokens[k - 1]?.pos === 'PROPN' &&
    ctx.tokens[k - 1]?.sentence === ctx.tokens[j]?.sentence
  )
    k--;
  const before = ctx.tokens[k - 1];
  return (
    !before || before.sentence !== ctx.tokens[j]?.sentence || !/^(?:ADP|DET|PART|ADJ|NOUN)$/.test(before.pos)
  );
}

/**
 * "The report states that", "The New York Times reports that": token `j` ends a short noun phrase opening the
 * sentence with its article, a singular noun or a name agreeing with a verb in -s.
 */
function isOpeningSubject(ctx: QuoteContext, j: number): boolean {
  const head = ctx.tokens[j];
  if (!head || !/^(?:NOUN|PROPN)$/.test(head.pos) || (head.pos === 'NOUN' && /s$/.test(head.norm)))
    return false;
  let k = j;
  while (k > 0 && k > j - 5 && /^(?:NOUN|PROPN|ADJ)$/.test(ctx.tokens[k - 1]?.pos ?? '')) k--;
  const det = ctx.tokens[k - 1];
  const start = ctx.tokens[k - 2];
  return (
    !!det &&
    det.sentence === head.sentence &&
    /^(?:the|a|an|this|its|their)$/.test(det.norm) &&
    (!start || start.sentence !== head.sentence)
  );
}

/**
 * For "<Body> estimates" read as a plural noun: true when an auxiliary or a past form follows before any break
 * ("… estimates output will rise", not "… estimates reserves in the block of …") and no other report verb of the
 * sentence carries it ("…, he said", "he said Tarn estimates …": left to that report).
 */
function estimateIsTheReport(ctx: QuoteContext, i: number): boolean {
  const sentence = ctx.tokens[i]?.sentence;
  let finite = false;
  for (let k = i + 1; k < i + 30; k++) {
    const x = ctx.tokens[k];
    if (!x || x.sentence !== sentence || /^[,;:.!?()]$/.test(x.norm)) break;
    if (x.pos === 'AUX' || (x.pos === 'VERB' && /\p{Ll}ed$/u.test(x.norm))) finite = true;
  }
  if (!finite) return false;
  for (let k = i - 1; k >= 0 && ctx.tokens[k]?.sentence === sentence; k--)
    if (k !== i && SURE_VERBS.has(ctx.tokens[k]?.norm ?? '')) return false;
  for (let k = i + 1; k < ctx.tokens.length && ctx.tokens[k]?.sentence === sentence; k++)
    if (SURE_VERBS.has(ctx.tokens[k]?.norm ?? '')) return false;
  return true;
}

/** True for a cue group in the passive: "was told", "has been told", "were informed". */
export function isPassiveCue(ctx: QuoteContext, g: number, cue: number): boolean {
  const w = ctx.tokens[cue]?.norm ?? '';
  if (w.endsWith('ing') || /^(?:says|tells|adds|say|tell|add)$/.test(w)) return false;
  // ("Pan Am said": a capitalised "Am" ends a name)
  for (let k = g; k < cue; k++)
    if (/^(?:[Ww]as|[Ww]ere|[Ii]s|[Aa]re|[Bb]een|[Bb]e|[Bb]eing|am)$/.test(tokenText(ctx, k))) return true;
  return false;
}
