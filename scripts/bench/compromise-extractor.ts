// The baseline for `compromiseRatio`: a plain quote extractor written with compromise, the rule NLP library
// people reach for first. Per sentence: a say-verb makes it a report; quoted text makes it direct, else the
// words after the verb (and "that") are the reported clause; the speaker is the first person, else the first
// pronoun or noun phrase before the verb.
import nlp from 'compromise';

export interface CompromiseQuote {
  type: 'direct' | 'indirect';
  content: string;
  cue: string;
  speaker: string | null;
}

const SAY_VERBS =
  '(say|says|said|saying|tell|tells|told|add|adds|added|state|states|stated|claim|claims|claimed|warn|warns|warned|insist|insists|insisted|note|notes|noted|announce|announces|announced|argue|argues|argued|deny|denies|denied|according)';

const strip = (s: string) => s.replace(/^[\s"'“”‘’«»]+|[\s"'“”‘’«»]+$/g, '');

/** The parts of a compromise view this extractor uses (its published types miss the plugin methods). */
interface Sentence {
  found: boolean;
  text(how?: string): string;
  match(pattern: string): Sentence;
  first(): Sentence;
  people(): Sentence;
  quotations(): Sentence;
  splitAfter(view: Sentence): Sentence;
  out(how: 'array'): string[];
  forEach(fn: (s: Sentence) => void): void;
}

/** Quotes of one text as compromise sees them. */
export function extractWithCompromise(text: string): CompromiseQuote[] {
  const out: CompromiseQuote[] = [];
  const doc = nlp(text) as unknown as { sentences(): Sentence };
  doc.sentences().forEach((sentence) => {
    const cue = sentence.match(SAY_VERBS).first();
    if (!cue.found) return;
    const cueText = cue.text('normal');
    const people = sentence.people();
    const subject = sentence
      .match(`(#Pronoun|#Noun+) #Adverb? ${SAY_VERBS}`)
      .first()
      .match('(#Pronoun|#Noun+)')
      .first();
    const speaker = people.found
      ? people.first().text('normal')
      : subject.found
        ? subject.text('normal')
        : null;
    const quotes = sentence.quotations();
    if (quotes.found) {
      quotes.forEach((q) => {
        const content = strip(q.text());
        if (content) out.push({ type: 'direct', content, cue: cueText, speaker });
      });
      return;
    }
    const parts = sentence.splitAfter(cue).out('array');
    const clause = (parts[1] ?? '').replace(/^\s*that\s+/i, '');
    const content = strip(clause.replace(/[.!?]+\s*$/, ''));
    if (content.split(/\s+/).length >= 3) out.push({ type: 'indirect', content, cue: cueText, speaker });
  });
  return out;
}
