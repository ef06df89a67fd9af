// Invented articles (fictional people and outlets) with hand-made analyses, so the server tests do not depend on
// the quote engine's current output. Offsets are found with indexOf in the invented text.
import type { QuoteCluster } from '../src/corpus/cluster-types.js';
import type { Provenance } from '../src/corpus/provenance-types.js';
import type { StoredArticle } from '../src/store/store.js';
import type { Analysis, Article, Entity, Quote, QuoteType, SpinSubstitution } from '../src/types.js';

export interface QuoteSpec {
  /** The quote's span as written in the text (for direct quotes, with the marks). */
  span: string;
  type: QuoteType;
  speaker: string | null;
  /** The speaker mention as written, found after the span's start (or anywhere). */
  mention?: string;
  cue?: string;
  when?: string;
}

export interface ArticleSpec extends Article {
  quotes: QuoteSpec[];
  spin?: Array<{ text: string; usual: string; canonical: string }>;
}

function find(text: string, needle: string, from = 0): { start: number; end: number } {
  const at = text.indexOf(needle, from);
  const start = at >= 0 ? at : text.indexOf(needle);
  if (start < 0) throw new Error(`Fixture text lacks "${needle}"`);
  return { start, end: start + needle.length };
}

export function makeStoredArticle(spec: ArticleSpec): StoredArticle {
  const { quotes: quoteSpecs, spin: spinSpecs = [], ...article } = spec;
  const { text, ...meta } = article;
  const entities: Entity[] = [];
  const entityOf = (name: string): string => {
    const found = entities.find((e) => e.name === name);
    if (found) return found.id;
    const id = `e${entities.length + 1}`;
    entities.push({
      id,
      name,
      kind: /^\p{Ll}/u.test(name) ? 'descriptor' : 'person',
      canonical: null,
      mentions: [],
      aliases: [],
      rule: 'test/fixture',
    });
    return id;
  };
  const quotes: Quote[] = quoteSpecs.map((q, i) => {
    const at = find(text, q.span);
    const content =
      q.type === 'direct' ? q.span.replace(/^[“"]/, '').replace(/[”"]$/, '').replace(/,$/, '') : q.span;
    const mention = q.mention ? { ...find(text, q.mention, at.end), text: q.mention } : null;
    const cue = q.cue ? { ...find(text, q.cue, Math.max(0, at.start - 40)), text: q.cue } : null;
    return {
      id: `q${i + 1}`,
      ...at,
      type: q.type,
      content,
      cue,
      mention,
      speaker: q.speaker,
      speakerEntity: q.speaker ? entityOf(q.speaker) : null,
      when: q.when ?? null,
      whenTimex: null,
      partial: false,
      rule: 'test/fixture',
      speakerRule: q.speaker ? 'test/fixture' : null,
      whenRule: q.when ? 'test/fixture' : null,
      confidence: 1,
    };
  });
  const spin: SpinSubstitution[] = spinSpecs.map((s) => ({
    ...find(text, s.text),
    text: s.text,
    usual: s.usual,
    canonical: s.canonical,
  }));
  const analysis: Analysis = {
    version: 1,
    article: meta,
    text,
    paragraphs: [],
    sentences: [],
    mentions: [],
    entities,
    quotes,
    timexes: [],
    spin,
    diagnostics: [],
  };
  return { article, analysis };
}

export const SCRIPT_QUOTE = '<script>window.__pwned = 1</script> is not a plan';

export const FIXTURE_ARTICLES: ArticleSpec[] = [
  {
    id: 'harbour-1',
    date: '2024-03-04',
    title: 'Eastvale bridge to open in spring, mayor says',
    source: 'Daily Harbour',
    url: 'https://harbour.example/bridge',
    text:
      'EASTVALE, March 4. The new bridge over the Lune will open in spring, the mayor said on Monday.\n\n' +
      '“The bridge will open before the first ferry of May,” Mayor Mara Quill told reporters.\n\n' +
      'Council treasurer Tomas Brenn said the budget had room for one more lane.',
    quotes: [
      {
        span: 'The new bridge over the Lune will open in spring',
        type: 'indirect',
        speaker: 'Mara Quill',
        mention: 'the mayor',
        cue: 'said',
      },
      {
        span: '“The bridge will open before the first ferry of May,”',
        type: 'direct',
        speaker: 'Mara Quill',
        mention: 'Mayor Mara Quill',
        cue: 'told reporters',
        when: '2024-03-04',
      },
      {
        span: 'the budget had room for one more lane',
        type: 'indirect',
        speaker: 'Tomas Brenn',
        mention: 'Tomas Brenn',
        cue: 'said',
      },
    ],
  },
  {
    id: 'coast-7',
    date: '2024-03-05',
    title: 'Quill: bridge before the ferries',
    source: 'Coastline Post',
    url: 'javascript:alert(1)',
    text:
      'Mara Quill has promised a bridge. “The bridge will open before the first ferry of May,” she said on Monday, ' +
      'speaking at the Republic of Eastvale town hall.',
    quotes: [
      {
        span: '“The bridge will open before the first ferry of May,”',
        type: 'direct',
        speaker: 'Mara Quill',
        mention: 'she',
        cue: 'said',
        when: '2024-03-04',
      },
    ],
    spin: [{ text: 'Republic of Eastvale', usual: 'Eastvale', canonical: 'place:eastvale' }],
  },
  {
    id: 'wire-3',
    date: '2024-04-10',
    title: 'Opposition scoffs <b>loudly</b> at <img src=x onerror="window.__pwned=2"> bridge plan',
    source: 'Valley Wire',
    text:
      `“${SCRIPT_QUOTE},” said opposition leader Ivo Sandor on Tuesday.\n\n` +
      'Mara Quill said the critics had not read the plan.',
    quotes: [
      {
        span: `“${SCRIPT_QUOTE},”`,
        type: 'direct',
        speaker: 'Ivo Sandor',
        mention: 'Ivo Sandor',
        cue: 'said',
        when: '2024-04-09',
      },
      {
        span: 'the critics had not read the plan',
        type: 'indirect',
        speaker: 'Mara Quill',
        mention: 'Mara Quill',
        cue: 'said',
      },
    ],
  },
  {
    id: 'harbour-9',
    date: '2024-06-20',
    title: 'Bridge opening delayed',
    source: 'Daily Harbour',
    text: '“We will be a month late, not a year late,” Mara Quill said. An engineer said the steel arrived wet.',
    quotes: [
      {
        span: '“We will be a month late, not a year late,”',
        type: 'direct',
        speaker: 'Mara Quill',
        mention: 'Mara Quill',
        cue: 'said',
      },
      {
        span: 'the steel arrived wet',
        type: 'indirect',
        speaker: 'an engineer',
        mention: 'An engineer',
        cue: 'said',
      },
    ],
  },
];

export function fixtureArticles(): StoredArticle[] {
  return FIXTURE_ARTICLES.map(makeStoredArticle);
}

/** The two reports of Mara Quill's ferry promise: one cluster. */
export const FERRY_CLUSTER = 'cluster-ferry';
export const FERRY_QUOTE_IDS = ['harbour-1', 'coast-7'].map((article) => {
  const stored = makeStoredArticle(FIXTURE_ARTICLES.find((a) => a.id === article) as ArticleSpec);
  const q = stored.analysis.quotes.find((x) => x.content.startsWith('The bridge will open before'));
  if (!q) throw new Error('Fixture lacks the ferry quote');
  return `${article}:${q.start}-${q.end}:${q.type}`;
});

/** The ferry cluster as the corpus layer answers it (with a wire copy carried by a third outlet). */
export function ferryClusterFixture(): QuoteCluster {
  const [harbour, coast] = FERRY_QUOTE_IDS as [string, string];
  const base = {
    speaker: 'Mara Quill',
    speakerId: 'speaker:mara-quill',
    content: 'The bridge will open before the first ferry of May',
    type: 'direct' as const,
  };
  const first = {
    ...base,
    quoteId: harbour,
    article: 'harbour-1',
    outlet: 'Daily Harbour',
    time: '2024-03-04',
    copyOf: null,
  };
  return {
    id: FERRY_CLUSTER,
    speaker: 'Mara Quill',
    speakerKey: 'speaker:mara-quill',
    canonical: base.content,
    variants: [{ text: base.content, reports: 2, outlets: 2 }],
    reports: [
      first,
      {
        ...base,
        quoteId: coast,
        article: 'coast-7',
        outlet: 'Coastline Post',
        time: '2024-03-05',
        copyOf: null,
      },
    ],
    firstReport: first,
    firstReportTies: 0,
    outlets: 2,
    independentReports: 2,
    first: '2024-03-04',
    last: '2024-03-05',
    spreadHours: 24,
    alsoAttributedTo: [{ clusterId: 'cluster-other', speaker: 'Tomas Brenn' }],
    rules: ['cluster/same-text'],
  };
}

/** coast-7's provenance as the corpus layer answers it: one sentence from harbour-1, with a spun alias. */
export function coastProvenanceFixture(): Provenance {
  const coast = FIXTURE_ARTICLES.find((a) => a.id === 'coast-7') as ArticleSpec;
  return {
    article: 'coast-7',
    copyOf: null,
    sources: [
      {
        article: 'harbour-1',
        outlet: 'Daily Harbour',
        time: '2024-03-04',
        sentences: 1,
        share: 0.4,
        spun: true,
      },
    ],
    stitched: false,
    spun: true,
    reusedShare: 0.4,
    substitutions: [
      {
        ...find(coast.text, 'Republic of Eastvale'),
        text: 'Republic of Eastvale',
        usual: 'Eastvale',
        canonical: 'place:eastvale',
        source: 'harbour-1',
      },
    ],
    sentences: [
      {
        sentence: 0,
        ...find(coast.text, 'Mara Quill has promised a bridge.'),
        source: 'harbour-1',
        sourceSentence: 0,
        spun: false,
        dice: 0.9,
        cosine: 0.9,
        rule: 'reuse/verified-sentence',
      },
    ],
    rules: ['provenance/spun'],
  };
}
