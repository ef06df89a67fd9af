import type { Word } from '../split-words.js';

/** The rule that reads a run before a band member's noun as the band: "Linkin Park singer Chet Lund". */
export const BAND_BEFORE_MEMBER_RULE = 'entities/band-before-member';
/** The rule that reads "the" and a run before a plant's noun as the plant's place: "the Fenby Marsh nuclear plant". */
export const PLANT_BEFORE_NOUN_RULE = 'entities/plant-before-noun';

// a member of a band, after the band's name: "Linkin Park singer", "the Tarn Lakes lead guitarist"
const BAND_MEMBER = /^(?:singer|frontman|frontwoman|guitarist|drummer|bassist|vocalist|keyboardist)$/;
// a word that may stand between the band and its member: "lead singer", "former drummer" (not "after singer")
const BAND_MEMBER_MODIFIER = /^(?:lead|former|bass|rhythm|founding|original|late|backing)$/;
// works a place names: "the Fenby Marsh mine", "the Tarn Hill reactor"
const WORKS = /^(?:reactor|refinery|smelter|mine|colliery|oilfield|gasfield)s?$/;
// a power plant a place names: "the Fenby Marsh nuclear plant" (a bare "plant" is also a firm's: "the Tarn Motors
// plant")
const POWER = /^(?:nuclear|power|atomic|coal|gas|coal-fired|gas-fired|oil-fired|hydroelectric|geothermal)$/;
const PLANT = /^(?:plant|station)s?$/;

/** The lower-case words right after offset `end`, joined by single spaces, up to `n` of them. */
function wordsAfter(text: string, words: readonly Word[], last: number, end: number, n: number): string[] {
  const out: string[] = [];
  let at = end;
  for (let k = last + 1; k < words.length && out.length < n; k++) {
    const w = words[k] as Word;
    if (text.slice(at, w.start) !== ' ' || !/^\p{Ll}+$/u.test(w.text)) break;
    out.push(w.text);
    at = w.end;
  }
  return out;
}

/**
 * The kind a run of two words or more (`core`..`last`, ending at `end`) takes from the common noun after it:
 * "Linkin Park singer" → an organisation ("lead singer" too); "the Fenby Marsh mine", "the Fenby Marsh nuclear power
 * plant" → a place (only after "the": not "told Ann Park mine workers …"). A person's name is seldom a modifier of
 * these nouns.
 */
export function kindFromNounAfter(
  text: string,
  words: readonly Word[],
  core: number,
  last: number,
  end: number,
): 'organization' | 'place' | undefined {
  if (last <= core) return undefined;
  const after = wordsAfter(text, words, last, end, 3);
  const [a = '', b = ''] = after;
  if (BAND_MEMBER.test(a) || (BAND_MEMBER_MODIFIER.test(a) && BAND_MEMBER.test(b))) return 'organization';
  const before = words[core - 1];
  if (!before || !/^the$/i.test(before.text) || text.slice(before.end, words[core]?.start) !== ' ')
    return undefined;
  if (WORKS.test(a)) return 'place';
  // "nuclear plant", "nuclear power plant"
  const k = after.findIndex((w) => PLANT.test(w));
  return k >= 1 && after.slice(0, k).every((w) => POWER.test(w)) ? 'place' : undefined;
}
