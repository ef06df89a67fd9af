// Reads the token-per-line BIO timex format (`token<TAB>B-TYPE<TAB>value`, `*!-DCTVALUE="…"-!*` opens a document)
// into documents with a rebuilt text and character spans.
import type { ScoredTimex } from './score-timexes.js';

export interface BioDocument {
  dct: string | null;
  text: string;
  timexes: Array<ScoredTimex & { text: string }>;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?)\]%]|'s|'|n't|'re|'ve|'ll|'d|'m|'')$/;
const NO_SPACE_AFTER = /^(?:[([$]|``)$/;

export function readBioTimexes(tsv: string): BioDocument[] {
  const docs: BioDocument[] = [];
  let doc: BioDocument | null = null;
  let prev = '';
  let open: (ScoredTimex & { text: string }) | null = null;
  const closeOpen = () => {
    if (open && doc) {
      open.text = doc.text.slice(open.start, open.end);
      doc.timexes.push(open);
    }
    open = null;
  };
  for (const line of tsv.split('\n')) {
    const dct = /^\*!-DCTVALUE="([^"]+)"-!\*/.exec(line);
    if (dct) {
      closeOpen();
      doc = { dct: dct[1]?.slice(0, 10) ?? null, text: '', timexes: [] };
      docs.push(doc);
      prev = '';
      continue;
    }
    if (!doc) continue;
    if (!line.trim()) {
      closeOpen();
      if (doc.text && !doc.text.endsWith('\n')) doc.text += '\n';
      prev = '';
      continue;
    }
    const [rawToken = '', tag = 'O', value = '-'] = line.split('\t');
    const token = rawToken === '``' || rawToken === "''" ? '"' : rawToken;
    const needsSpace =
      doc.text.length > 0 &&
      !doc.text.endsWith('\n') &&
      !NO_SPACE_BEFORE.test(rawToken) &&
      !NO_SPACE_AFTER.test(prev);
    if (needsSpace) doc.text += ' ';
    const start = doc.text.length;
    doc.text += token;
    prev = rawToken;
    if (tag.startsWith('B-') || (tag.startsWith('I-') && !open)) {
      closeOpen();
      open = { start, end: doc.text.length, type: tag.slice(2), value, text: '' };
    } else if (tag.startsWith('I-') && open) {
      (open as ScoredTimex).end = doc.text.length;
    } else closeOpen();
  }
  closeOpen();
  return docs;
}
