import { genderOfFirstName } from '../entities/data/first-name-gender.js';
import { tokenIndexAt } from '../quotes/quote-context.js';
import { rangeIndexHolding } from '../quotes/span-index.js';
import { organisationFitsRole } from './organisation-fits-role.js';
import { BUSINESS_ROLE } from './speaker-business-subject.js';
import { isCommonWord, isOrganisationName, isPlaceName, stripTitles } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// a possessive name opening a sentence, then the rest of the subject it owns: "Tarnex's Port Vell zinc smelter",
// "But Tarnex's chief executive"
const OPENING_POSSESSOR =
  /^(?:(?:But|And|Meanwhile),?\s+)?(\p{Lu}[\p{L}\p{M}&.-]*(?:\s+\p{Lu}[\p{L}\p{M}&.-]*){0,3})['’]s\s+/u;

/**
 * "Tarnex's Port Vell zinc smelter is halting output for a month. The company said …": a business named by its kind
 * right after a sentence whose subject a business owns goes to that owner, not to the firm the story names most or
 * first (not a person's, a place's: "Ann Lee's firm", "Lorne's biggest bank"; nor one the kind does not fit).
 */
export const speakerBusinessPossessor: SpeakerRule = ({ quote, seg, text }) => {
  const m = quote.mention;
  const kind = m ? BUSINESS_ROLE.exec(m.text)?.[1] : undefined;
  if (!m || !kind) return null;
  const k = rangeIndexHolding(seg.sentences, m.start);
  const here = seg.sentences[k];
  const before = seg.sentences[k - 1];
  // the mention opens its sentence, a quote's words at most before it; the subject is in the sentence before
  if (!here || !before || before.paragraph !== here.paragraph) return null;
  if (here.start < m.start && !(quote.start >= here.start && quote.end <= m.start)) return null;
  const o = OPENING_POSSESSOR.exec(text.slice(before.start, before.end));
  const name = o?.[1];
  if (!o || !name) return null;
  const at = before.start + o[0].indexOf(name);
  if (at >= quote.start && at < quote.end) return null;
  // the owned phrase, one to five words, runs up to a verb: "is halting", "cut"
  const j = tokenIndexAt(seg.tokens, before.start + o[0].length);
  let verb = -1;
  for (let i = j + 1; i <= j + 5 && i < seg.tokens.length; i++) {
    const t = seg.tokens[i];
    if (!t || t.start >= before.end || !/^[\p{L}\p{M}-]+$/u.test(text.slice(t.start, t.end))) break;
    if (t.pos === 'VERB' || t.pos === 'AUX') {
      verb = i;
      break;
    }
  }
  if (verb < 0) return null;
  const opener = seg.tokens[tokenIndexAt(seg.tokens, at)];
  const first = name.split(/\s+/)[0] ?? name;
  if (
    opener?.pos !== 'PROPN' ||
    isPlaceName(name) ||
    (genderOfFirstName(first) !== null && !isOrganisationName(name)) ||
    (!/\s/.test(name) && isCommonWord(name, text, true)) ||
    /^(?:The|A|An|It|This|That|Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Prof)\.?$/.test(first) ||
    stripTitles(name).roles.length > 0 ||
    !organisationFitsRole(kind, name)
  )
    return null;
  return { speaker: name, rule: 'speaker/business-possessor' };
};
