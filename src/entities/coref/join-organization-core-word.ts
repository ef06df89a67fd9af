import {
  addInDraftOrder,
  type CorefRule,
  type CorefState,
  type Draft,
  nearest,
  visitNewMentions,
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

interface CoreIndex {
  cursor: number[];
  /** Organisation drafts by the word before the legal form of a name they were written as ("Kodak"). */
  byCore: Map<string, Draft[]>;
}

const INDEXES = new WeakMap<CorefState, CoreIndex>();

function organizationsEndedBy(s: CorefState, word: string): Draft[] {
  let index = INDEXES.get(s);
  if (!index) {
    index = { cursor: [], byCore: new Map() };
    INDEXES.set(s, index);
  }
  const { byCore } = index;
  visitNewMentions(s, index.cursor, (d, f) => {
    if (d.kind !== 'organization') return;
    const words = f.text.split(/\s+/);
    if (words.length < 3 || words.length > 4 || !LEGAL_FORM.test(words.at(-1) ?? '')) return;
    const core = words.at(-2) ?? '';
    if (!/^\p{Lu}\p{Ll}{2,}$/u.test(core)) return;
    const list = byCore.get(core);
    if (list) addInDraftOrder(list, d);
    else byCore.set(core, [d]);
  });
  return byCore.get(word) ?? [];
}
