import {
  type CorefRule,
  type CorefState,
  type Draft,
  nearest,
  type OrganizationWordIndex,
  organizationsByWord,
} from './coref-draft.js';

// the legal form closing a firm's name: the word before it is the name the text goes on to use alone
const LEGAL_FORM = /^(?:Co|Corp|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|N\.V\.|Co\.|Corp\.|Inc\.|Ltd\.)$/;

// "Eastman Kodak Co said … Kodak said": a single word that ends an organisation's name, right before its legal
// form, after one or two words ("Keel Tarn Vell Corp … Vell" too; not "Tarn Corp … Tarn", the opening word, which
// short-organization-name joins); a word read as a person's surname only (a place is no such mention)
export const joinOrganizationCoreWord: CorefRule = (m, s) => {
  const p = m.person;
  if (!p || p.first || p.words.length !== 1) return null;
  const word = p.words[0];
  if (word === undefined) return null;
  // ("Tom Dunn … Pell Dunn Ltd … Dunn said": a person the text names so keeps the word)
  if (s.drafts.some((d) => d.kind === 'person' && d.last === word)) return null;
  const draft = nearest(organizationsEndedBy(s, word), m.start);
  return draft ? { draft, rule: 'entities/organization-core-word' } : null;
};

const INDEXES = new WeakMap<CorefState, OrganizationWordIndex>();

// the word before the legal form of a name of three or four words ("Kodak" of "Eastman Kodak Co")
function coreWord(text: string): string | null {
  const words = text.split(/\s+/);
  if (words.length < 3 || words.length > 4 || !LEGAL_FORM.test(words.at(-1) ?? '')) return null;
  const core = words.at(-2) ?? '';
  return /^\p{Lu}\p{Ll}{2,}$/u.test(core) ? core : null;
}

const organizationsEndedBy = (s: CorefState, word: string): Draft[] =>
  organizationsByWord(INDEXES, s, coreWord, word);
