// The baseline for `tokenizerRatio`: bare wink-nlp with only its POS tagger, every token's tag read out.
import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** A function that tokenizes and POS-tags a text with bare wink-nlp and returns its token count. */
export function createWinkTagger(): (text: string) => number {
  const nlp = winkNLP(model, ['pos']);
  const its = nlp.its;
  return (text) => {
    const tags = nlp.readDoc(text).tokens().out(its.pos) as string[];
    return tags.length;
  };
}
