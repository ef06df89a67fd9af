import { loadCountries, nationalityWords } from '../entities/data/countries.js';

// nouns for a country's people that no nationality list holds as written
const PERSON_NOUNS = [
  'Briton',
  'Brit',
  'Scot',
  'Dane',
  'Swede',
  'Finn',
  'Pole',
  'Turk',
  'Spaniard',
  'Kiwi',
  'Aussie',
  'Filipino',
  'Filipina',
  'Icelander',
  'Luxembourger',
  'Greenlander',
  'Frenchman',
  'Frenchwoman',
  'Englishman',
  'Englishwoman',
  'Scotsman',
  'Scotswoman',
  'Irishman',
  'Irishwoman',
  'Welshman',
  'Welshwoman',
  'Dutchman',
  'Dutchwoman',
];

let demonyms: Set<string> | null = null;

/** "Norwegian", "South African", "New Zealander", "Briton", and their plurals ("Britons", "Frenchmen"). */
function demonymSet(): Set<string> {
  if (demonyms) return demonyms;
  // (words written so, not "U.S.")
  const forms = [
    ...nationalityWords(),
    ...loadCountries().flatMap((c) => c.demonyms),
    ...PERSON_NOUNS,
  ].filter((f) => /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)*$/u.test(f));
  demonyms = new Set(forms.flatMap((f) => [f, /man$/.test(f) ? f.replace(/man$/, 'men') : `${f}s`]));
  return demonyms;
}

/** True when `words` is a country's people as written: "Norwegian", "South African", "Britons". */
export function isDemonym(words: string): boolean {
  return demonymSet().has(words);
}

// "said the New Zealander", "a Briton said", "the 30-year-old South African": a country's person after a determiner
// (and lower-case words) is a descriptor, not a name ("Zealander") (not "the New Zealander Ann Roe")
const DESCRIPTOR =
  /^(?:[Tt]he|[Aa]n?|[Oo]ne|[Aa]nother|[Tt]wo|[Tt]hree|[Ss]everal|[Mm]any|[Ss]ome)\s+(?:[\p{Ll}\d][\p{L}\d-]*\s+)*(.+)$/u;

/** True when `mention` is a determiner, lower-case words and a demonym ending it. */
export function isDemonymDescriptor(mention: string): boolean {
  const last = DESCRIPTOR.exec(mention.replace(/\s+/g, ' ').trim())?.[1];
  return last !== undefined && demonymSet().has(last);
}
