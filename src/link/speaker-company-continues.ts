import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { firstStartingAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { LEGAL_FORM_END as CLOSED_BY_LEGAL_FORM, organisationFitsRole } from './organisation-fits-role.js';
import {
  cachedRegExp,
  escapeRegExp,
  isOrganisationName,
  isPlaceName,
  type NameIndex,
} from './speaker-names.js';
import { paragraphOf, type SpeakerChoice, type SpeakerInput, type SpeakerRule } from './speaker-rule.js';

// "the company", "the carmaker", "the pan-Nordic bourse", "the US company", "the Swedish firm", "the Oslo-based
// firm": a business named by its kind (not "the Gelch group": a name of its own)
export const BUSINESS =
  /^[Tt]he\s+(?:(?:[\p{Ll}-]+|(?:\p{Lu}[\p{L}.]*\s+)?\p{Lu}[\p{L}.]*-\p{Ll}+|[\p{Lu}.]{2,}|\p{Lu}\p{Ll}+(?:ish|ese|ian|an|i)|French|Dutch)\s+)?(company|firm|group|bank|carrier|airline|retailer|insurer|maker|carmaker|chipmaker|manufacturer|bookmaker|bourse|exchange|operator|publisher|chain|lender|giant|partnership)$/u;
// "the agency", "the rating agency": a body named by its kind, only for the one quoted just before ("Tarn Ratings
// Inc said it may cut Vell Corp's debt. The agency said …"; not a business opening the clause: kept from BUSINESS)
const AGENCY = /^[Tt]he\s+(?:[\p{Ll}-]+\s+)?(agency)$/u;
// speakers the organisation rules named
const ORGANISATION_RULE =
  /^speaker\/(?:organisation-name|longer-organisation-name|class-named|acronym-expanded)\b/;

/**
 * Whether the quote before was an organisation's: named so by the organisation rules or by its name, "it" as its
 * mention, or its mention saying "it" of itself ("Norvel Tigers said it has expanded …", "… said its sales …").
 */
export function spokeAsOrganisation(
  prev: {
    speaker: string | null;
    speakerRule?: string | null;
    mention?: { text: string } | null;
  },
  text: string,
  names: NameIndex,
): boolean {
  if (ORGANISATION_RULE.test(prev.speakerRule ?? '')) return true;
  const speaker = prev.speaker ?? '';
  // ("Michael Lamberty", "Officials", "Houston": a person, a group of people, a place)
  if (!/^\p{Lu}/u.test(speaker) || /\s\p{Ll}+$/u.test(speaker) || isPlaceName(speaker)) return false;
  if (isOrganisationName(speaker)) return true;
  // ("Cedar Vell LP", "Dalton Bancorp": a given name opening a name its legal form closes)
  if (CLOSED_BY_LEGAL_FORM.test(speaker)) return true;
  // (a first name, or a title in the mention: "Mr Lamberty")
  if (
    genderOfFirstName(speaker.split(/\s+/)[0] ?? '') !== null ||
    /^(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\b/.test(prev.mention?.text ?? '')
  )
    return false;
  if (
    !/\s/.test(speaker) &&
    !/^[\p{Lu}&]{2,}$/u.test(speaker) &&
    !names.organisations.some((o) => o.name === speaker) &&
    !coreWordOfFirm(names, speaker)
  )
    return false;
  const m = prev.mention?.text;
  if (!m) return false;
  if (/^it$/i.test(m)) return true;
  return cachedRegExp(
    // (a wire's ticker may follow the name: "Tarn AB <TARN.ST> said it …")
    String.raw`(?<![\p{L}\p{M}])${escapeRegExp(m)}(?:\s+<[^<>\s]+>)?\s+(?:also\s+)?(?:said|says|reported|announced)\s+(?:that\s+)?(?:it|its)\b`,
    'u',
  ).test(text);
}

// "Westmoor Tarlow Co said … Tarlow said it …": a word the text writes right before a firm's legal form, after
// one or two words of its name (entities/organization-core-word)
const LEGAL_FORM_END =
  /^(?:\p{Lu}[\p{L}&-]*\s+){1,2}(\p{Lu}\p{Ll}{2,})\s+(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV)\.?$/u;
function coreWordOfFirm(names: NameIndex, word: string): boolean {
  return names.organisations.some((o) => LEGAL_FORM_END.exec(o.name)?.[1] === word);
}

// "Ardent, which said it found the flaw, still plans …. Because of the glitch, however, the company said …": the
// organisation quoted in the sentence just before, not the one the story mentions most; "Norvel Tigers said it
// has expanded its routes. ¶ The company also said …": the sentence just before may close the paragraph before
export const speakerCompanyContinues: SpeakerRule = ({ quote, previous, seg, text, names }) => {
  const written = quote.mention?.text ?? '';
  const kind = (BUSINESS.exec(written) ?? AGENCY.exec(written))?.[1]?.toLowerCase();
  if (!kind) return null;
  // ("the New China News Agency said. … The news agency said": an agency named so is left to the role rules)
  if (kind === 'agency' && /\bAgency\b/.test(text)) return null;
  if (kind === 'agency') return agencyBefore(quote.start, previous, seg, text, names);
  const prev = previous[previous.length - 1];
  if (!prev?.speaker || !spokeAsOrganisation(prev, text, names)) return null;
  if (kind === 'partnership' && !isPartnership(prev.speaker, text)) return null;
  const sameParagraph = paragraphOf(seg, quote.start) === paragraphOf(seg, prev.start);
  const here = rangeIndexHolding(seg.sentences, quote.start);
  const there = rangeIndexHolding(seg.sentences, prev.start);
  if (here < 0 || there < 0) return null;
  if (paragraphOf(seg, quote.start) - paragraphOf(seg, prev.start) > 1 || here - there > 1) {
    // "Brask AB said it won a contract from Vell West Co. ¶ No details were given. ¶ The company said …": the
    // business the lead quotes, the only source so far, a few sentences on (not a customer the lead names)
    const lead = there <= 1 && previous.every((q) => q.speaker === prev.speaker);
    if (!lead || here - there > 4 || !organisationFitsRole(kind, prev.speaker)) return null;
    // ("the bank" is no "Tarn Holdings AG" whose name says no bank)
    if (kind === 'bank' && !/ban[kc]/i.test(prev.speaker)) return null;
    // ("Vell Corp said it was disappointed by Tarn's answer. ¶ Tarn earlier urged holders to reject it. The company
    // said …": another firm opening the sentence just before in the paragraph is the one meant)
    const before = seg.sentences[here - 1];
    const opener = before ? seg.tokens[firstStartingAt(seg.tokens, before.start)] : undefined;
    if (
      before &&
      opener &&
      before.paragraph === seg.sentences[here]?.paragraph &&
      opener.pos === 'PROPN' &&
      !previous.some((q) => opener.start >= q.start && opener.start < q.end) &&
      !prev.speaker.includes(text.slice(opener.start, opener.end))
    )
      return null;
    return { speaker: withSuffix(names, prev.speaker), rule: 'speaker/company-continues-lead' };
  }
  // ("the bank" is no Norvel Motors; the old rule's same-paragraph case keeps every kind)
  if (!sameParagraph && !organisationFitsRole(kind, prev.speaker)) return null;
  return { speaker: withSuffix(names, prev.speaker), rule: 'speaker/company-continues-previous' };
};

/**
 * "the partnership" is a partnership the text names so: "Tarn Fair LP", "Vell Gas Partners L.P.", "Dorn Co, a
 * Lorne investment partnership, …" (not the bank advising a takeover partnership, nor its target)
 */
function isPartnership(name: string, text: string): boolean {
  return (
    /\b(?:LP|L\.P|Partners|Partnership)\b/.test(name) ||
    cachedRegExp(
      String.raw`(?<![\p{L}\p{M}])${escapeRegExp(name)},\s+an?\s+(?:[\p{L}-]+\s+){0,3}partnership\b`,
      'u',
    ).test(text)
  );
}

// a body's name that can be an agency's: "Wexton Ratings Service Inc", "Energy Information Administration", "Lorne
// Press Trust", "Securities Commission"
const AGENCY_NAME =
  /\b(?:Agency|Service|Services|Administration|Commission|Department|Bureau|Authority|Office|Board|Ratings?|Press|News|Trust)\b/;
// what a rating agency's own quote says: "S and P said it cut 43 ratings", "it may upgrade Vell Corp's debt"
const RATING_WORDS = /\b(?:ratings?|rated|(?:up|down)grad(?:e|ed|es|ing))\b/i;

/**
 * "Tarn Ratings Inc said it may upgrade Vell Corp. ¶ Vell said it sold its stations. The agency said …": the
 * nearest organisation of the last four quotes (two paragraphs back at most) that can be an agency: a name with an
 * agency's word, one the text calls an agency ("the Lornish news agency Tanpress"), one whose own named quote
 * speaks of ratings, or the story's first source; else the organisation quoted just before when its name is no
 * business's ("Lorne Investment said …. The government agency said"); null when none (the role rules then).
 */
function agencyBefore(
  at: number,
  previous: SpeakerInput['previous'],
  seg: SpeakerInput['seg'],
  text: string,
  names: NameIndex,
): SpeakerChoice | null {
  const here = paragraphOf(seg, at);
  const lead = previous[0]?.speaker;
  // ("Standard and Poor's" and "Standard and Poor's Corp": one name, with or without its legal form)
  const same = (a: string, b: string) => a.startsWith(b) || b.startsWith(a);
  for (let i = previous.length - 1; i >= 0 && i >= previous.length - 4; i--) {
    const p = previous[i];
    if (!p || here - paragraphOf(seg, p.start) > 2) break;
    const s = p.speaker;
    if (!s || !/^\p{Lu}/u.test(s) || isPlaceName(s)) continue;
    const called =
      // ("the Lornish news agency Tanpress", not "The agency" itself)
      (/\bagency\b/i.test(p.mention?.text ?? '') && /\p{Lu}/u.test((p.mention?.text ?? '').slice(1))) ||
      cachedRegExp(
        String.raw`\bagency,?\s+${escapeRegExp(s)}\b|(?<![\p{L}\p{M}])${escapeRegExp(s)}(?:['’]s)?,?\s+(?:(?:an?|the)\s+)?(?:[\p{L}-]+\s+){0,2}agency\b`,
        'u',
      ).test(text.slice(0, at));
    if (called) return { speaker: withSuffix(names, s), rule: 'speaker/company-continues-previous' };
    if (!spokeAsOrganisation(p, text, names)) continue;
    const agency =
      AGENCY_NAME.test(s) ||
      (lead !== null && lead !== undefined && same(lead, s)) ||
      previous.some(
        (q) =>
          q.speaker &&
          same(q.speaker, s) &&
          !/^(?:it|they)$/i.test(q.mention?.text ?? '') &&
          RATING_WORDS.test(q.content),
      );
    if (agency) return { speaker: withSuffix(names, s), rule: 'speaker/company-continues-previous' };
  }
  const story = storySource(at, previous, seg);
  if (story) return { speaker: withSuffix(names, story), rule: 'speaker/company-continues-lead' };
  const prev = previous[previous.length - 1];
  if (
    !prev?.speaker ||
    !organisationFitsRole('organisation', prev.speaker) ||
    !spokeAsOrganisation(prev, text, names) ||
    here - paragraphOf(seg, prev.start) > 1
  )
    return null;
  const sentence = rangeIndexHolding(seg.sentences, at);
  const there = rangeIndexHolding(seg.sentences, prev.start);
  if (sentence < 0 || there < 0 || sentence - there > 1) return null;
  return { speaker: withSuffix(names, prev.speaker), rule: 'speaker/company-continues-previous' };
}

/**
 * "Tarn Statistics Office said sales rose. ¶ In May sales rose 3 pct. ¶ The federal agency said …": the story's only
 * source so far, quoted in its lead by its bare name, three sentences back at most, when that name is no person's
 * or place's
 */
function storySource(
  at: number,
  previous: SpeakerInput['previous'],
  seg: SpeakerInput['seg'],
): string | null {
  const first = previous[0];
  const lead = first?.speaker;
  if (!first || !lead || previous.some((q) => q.speaker !== lead)) return null;
  const here = rangeIndexHolding(seg.sentences, at);
  const there = rangeIndexHolding(seg.sentences, first.start);
  const last = rangeIndexHolding(seg.sentences, previous[previous.length - 1]?.start ?? first.start);
  if (here < 0 || there < 0 || there > 1 || here - last > 3) return null;
  const words = lead.split(/\s+/);
  if (
    words.length < 2 ||
    !/^\p{Lu}/u.test(lead) ||
    /\s\p{Ll}+$/u.test(lead) ||
    isPlaceName(lead) ||
    genderOfFirstName(words[0] ?? '') !== null ||
    // (the lead names it bare, with no role: "Tarn Statistics Office said", not "spokesman Tarik Vell said")
    (first.mention?.text ?? '').replace(/^the\s+/i, '') !== lead
  )
    return null;
  return lead;
}

// "Mathematical Applications" → "Mathematical Applications Group Inc": the name with the company suffix the text
// gives it
const SUFFIX = /^(?:\s+(?:Group|Holdings|Corp|Corporation|Inc|Co|Ltd|Plc|PLC|LLC|LP|AG|SA|NV)\.?)+$/;
function withSuffix(names: NameIndex, speaker: string): string {
  let best = speaker;
  for (const run of names.runs)
    if (run.length > best.length && run.startsWith(speaker) && SUFFIX.test(run.slice(speaker.length)))
      best = run;
  return best;
}
