// "Norsk Data A/S said": a company form written with a slash after a capitalised run makes the run a company's
// name (the form's "A" is no name word, so the run stops before it)
const SLASH_FORM = /[ \t]+(?:A\/S|S\/A)(?![\p{L}\p{N}])/uy;

/** True when a slashed company form ("A/S", "S/A") follows the name ending at `end`. */
export function companyFormAfter(text: string, end: number): boolean {
  // (most names have no slash within a few characters: no regex run for them)
  if (text[end + 2] !== '/' && text[end + 3] !== '/') return false;
  SLASH_FORM.lastIndex = end;
  return SLASH_FORM.test(text);
}
