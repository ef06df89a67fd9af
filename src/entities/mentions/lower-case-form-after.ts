// "Tarnmiller Trucking inc said …": a legal form written in small letters after a capitalised run makes the run a
// company's name (the small word is no name word, so the run stops before it); the form must end its phrase
// (not "Tom Reid incurred …": a whole word only)
const LOWER_FORM = /[ \t]+(?:inc|corp|ltd|plc|llc)(?:\.|(?=[ \t]*(?:[,;:)\n]|$|[ \t]\p{Ll})))/uy;

/** True when a company form in small letters ("inc", "corp", "ltd") follows the name ending at `end`. */
export function lowerCaseFormAfter(text: string, end: number): boolean {
  // (most names are followed by anything but " i", " c", " l", " p": no regex run for them)
  const c = text[end + 1];
  if (c !== 'i' && c !== 'c' && c !== 'l' && c !== 'p') return false;
  LOWER_FORM.lastIndex = end;
  return LOWER_FORM.test(text);
}
