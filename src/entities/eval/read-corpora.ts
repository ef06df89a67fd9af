// Evaluation only (never imported by the core or by tests): reads article texts from ../shared/datasets.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface CorpusText {
  corpus: string;
  id: string;
  text: string;
}

/** Texts of PolNeAR (one per doc), open-news, BBC and Reuters-21578 found under `dir`. */
export function* readCorpora(dir: string, only?: string[]): Generator<CorpusText> {
  const want = (name: string) => !only || only.includes(name);
  const polnear = join(dir, 'polnear/jsonl');
  if (want('polnear') && existsSync(polnear)) {
    const seen = new Set<string>();
    for (const f of readdirSync(polnear)
      .filter((f) => f.endsWith('.jsonl'))
      .sort()) {
      for (const line of readFileSync(join(polnear, f), 'utf8').split('\n')) {
        if (!line.trim()) continue;
        const r = JSON.parse(line) as { doc_id: string; text: string };
        if (seen.has(r.doc_id)) continue;
        seen.add(r.doc_id);
        yield { corpus: 'polnear', id: r.doc_id, text: r.text };
      }
    }
  }
  const news = join(dir, 'open-news/articles.jsonl');
  if (want('open-news') && existsSync(news)) {
    for (const line of readFileSync(news, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const r = JSON.parse(line) as { id: string; text: string };
      yield { corpus: 'open-news', id: r.id, text: r.text };
    }
  }
  const bbc = join(dir, 'bbc');
  if (want('bbc') && existsSync(bbc)) {
    for (const topic of readdirSync(bbc).sort()) {
      const d = join(bbc, topic);
      if (!existsSync(d) || topic.includes('.')) continue;
      for (const f of readdirSync(d).sort())
        yield { corpus: 'bbc', id: `${topic}/${f}`, text: readFileSync(join(d, f), 'latin1') };
    }
  }
  const reuters = join(dir, 'reuters21578');
  if (want('reuters') && existsSync(reuters)) {
    for (const f of readdirSync(reuters)
      .filter((f) => f.endsWith('.sgm'))
      .sort()) {
      const sgm = readFileSync(join(reuters, f), 'latin1');
      let n = 0;
      for (const m of sgm.matchAll(/<BODY>([\s\S]*?)<\/BODY>/g)) {
        yield {
          corpus: 'reuters',
          id: `${f}#${n++}`,
          text: (m[1] ?? '').replace(/&lt;/g, '<').replace(/&amp;/g, '&'),
        };
      }
    }
  }
}
