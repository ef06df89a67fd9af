import { isOrganisationName, stripTitles } from './speaker-names.js';
import type { MentionRule } from './speaker-rule.js';

// "A spokesman for the prosecutor, " / "a spokeswoman for the farm union, ": an unnamed spokesperson "for" a
// principal written with the article or a common noun, its comma right before the mention
const SPOKESPERSON = String.raw`(?:spokes(?:man|woman|person)|representative|aide)\s+for\s+`;
const SPOKESPERSON_FOR = new RegExp(
  String.raw`(?:^|[\s(“"])((?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}-]+\s+){0,2}${SPOKESPERSON}(?:the|a|an|his|her|its|their)\s+(?:[\p{L}.'’&-]+\s+){0,3}[\p{L}.'’&-]+),\s+$`,
  'u',
);
/** What the fix cannot apply without, anywhere in the text: the spokesperson and "for". */
export const SPOKESPERSON_FOR_NEEDS = new RegExp(SPOKESPERSON, 'u');

// "A spokesman for the prosecutor, Comptroller Ann Vale, said …", "a spokeswoman for the farm union, the Varn
// League, said …": the name set off after "a spokesman for the …" names the principal (a titled person, an
// organisation), not the unnamed spokesperson who speaks; the mention is the descriptor, principal and all
// (not "a spokesman for the mayor, Ann Vale, said": a bare name may be the spokesperson's own)
export const mentionSpokespersonFor: MentionRule = ({ quote, text }) => {
  const m = quote.mention;
  const cue = quote.cue;
  if (!m || !cue || cue.start < m.end || !/^\s*,\s*$/.test(text.slice(m.end, cue.start))) return null;
  const from = Math.max(0, m.start - 120);
  const hit = SPOKESPERSON_FOR.exec(text.slice(from, m.start));
  const descriptor = hit?.[1];
  if (!hit || !descriptor) return null;
  const { name, roles } = stripTitles(m.text);
  const principal =
    /^the\s+\p{Lu}/u.test(m.text) ||
    isOrganisationName(m.text) ||
    (roles.length > 0 && /\s/.test(name) && !/^(?:mr|mrs|ms|miss|dr)$/.test(roles[0] ?? ''));
  if (!principal) return null;
  const start = from + hit.index + hit[0].indexOf(descriptor);
  return {
    mention: { start, end: m.end, text: text.slice(start, m.end) },
    cue,
    rule: 'mention/spokesperson-for',
  };
};
