import { expandAcronym, isPlaceName } from './speaker-names.js';
import type { SpeakerRule } from './speaker-rule.js';

// what an organisation is: "news agency", "television network", "trade union", "building society"
const KIND = String.raw`(?:(?:news|press|state|official)\s+)?(?:agency|newspaper|paper|magazine|weekly|daily|tabloid|network|channel|broadcaster|website|(?:trade\s+)?union|(?:building\s+)?society|association|charity|(?:pressure|campaign|lobby|environmental|rights)\s+group|think\s+tank|watchdog)`;
// a capitalised name: "Tanjug", "CBS", "Der Spiegel", "Transport 2000", "Usdaw"
const NAME = String.raw`(\p{Lu}[\p{L}\p{M}&.'’-]*(?:\s+(?:\p{Lu}[\p{L}\p{M}&.'’-]*|\d+)){0,3})`;
// "the official Tanjug news agency", "the CBS television network", "Der Spiegel magazine", "the Oslo-based TEA
// watchdog"
const NAME_THEN_KIND = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:(?:\p{Lu}[\p{L}.]*-\p{Ll}+|official|state-run|state|independent|national|local|weekly|daily|left-wing|right-wing|conservative|liberal|influential)\s+)*${NAME}\s+(?:(?:television|radio|cable|tv|TV)\s+)?${KIND}$`,
  'u',
);
// "Environmental group Transport 2000", "the pressure group Fair Ports": the kind, then its name
const KIND_THEN_NAME = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:[\p{L}-]+\s+)?(?:group|union|charity|agency|newspaper|magazine|network|broadcaster|website|association|society)\s+${NAME}$`,
  'u',
);
// a nationality or sentence opener is no name: "the Russian news agency", "the US network"
const NOT_NAME = /^(?:\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i)|The|A|An|One|Some|Many|Its|His|Her|Their)$/u;

// '"…," the official Tanjug news agency said.' → Tanjug: an organisation given with what it is speaks by its name.
export const speakerNameInDescriptor: SpeakerRule = ({ quote, text, names }) => {
  const m = quote.mention?.text;
  if (!m) return null;
  // ("Lloyd's List International newspaper": a mention opening after a possessive is part of a longer name)
  if (
    /\p{L}['’]s?\s*$/u.test(text.slice(Math.max(0, (quote.mention?.start ?? 0) - 12), quote.mention?.start))
  )
    return null;
  const name = (NAME_THEN_KIND.exec(m) ?? KIND_THEN_NAME.exec(m))?.[1];
  if (!name || NOT_NAME.test(name) || isPlaceName(name)) return null;
  // ("the Oslo-based TEA watchdog" after "the Tarn Energy Agency (TEA)": the name the article spells out)
  const long = /^[\p{Lu}&]{2,6}$/u.test(name) ? expandAcronym(names, name) : null;
  return { speaker: long ?? name, rule: 'speaker/name-in-descriptor' };
};
