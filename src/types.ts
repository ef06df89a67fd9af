// The analysis model. Every annotation is a [start, end) range of UTF-16 indices into `Analysis.text`,
// which is the article text exactly as read. Words follow docs/glossary.md.

/** A dated news article as onrecord reads it. */
export interface Article {
  id: string;
  /** Publication date, `YYYY-MM-DD` (a timestamp's date part), or null when unknown. */
  date: string | null;
  text: string;
  title?: string;
  url?: string;
  /** The outlet that published it ("BBC", "TASS"). */
  source?: string;
  /** Full publication timestamp when the input had one (ISO 8601). */
  published?: string;
}

export interface Span {
  start: number;
  end: number;
}

/** Names the rule that made a derived fact ("quotes/said-after-quote"). */
export type RuleName = string;

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

export interface Token extends Span {
  /** The token as written: the text's slice [start, end) (wink's own string, so reading it allocates nothing). */
  text: string;
  /** Universal POS tag from wink-nlp ("NOUN", "VERB", "PROPN", …). */
  pos: string;
  /** Lower-cased normal form. */
  norm: string;
  sentence: number;
}

export type MentionKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'pronoun'
  | 'descriptor' // "the president", "an official", "the company"
  | 'group' // "analysts", "officials"
  | 'other';

export interface Mention extends Span {
  id: string;
  text: string;
  kind: MentionKind;
  /** Id of the in-article entity this mention refers to, when resolved. */
  entity: string | null;
  rule: RuleName;
}

export interface Entity {
  id: string;
  /** The fullest name the article gives ("Vladimir Putin"), or the descriptor as written ("an official"). */
  name: string;
  kind: MentionKind;
  /** Canonical cross-article key ("person:vladimir-putin", "country:RU", "org:nato"). */
  canonical: string | null;
  mentions: string[];
  aliases: string[];
  rule: RuleName;
  /** Roles the article gives a person, lower case ("russian president", "former director"). */
  roles?: string[];
  /** Country whose government a seat or capital stands for ("the Kremlin" → country:RU); a relation, not a rename. */
  governmentOf?: string;
}

export type QuoteType = 'direct' | 'indirect' | 'belief';

export interface TextSpan extends Span {
  text: string;
}

export interface Quote extends Span {
  id: string;
  type: QuoteType;
  /** The quoted words without marks (direct) or the reported clause (indirect). */
  content: string;
  cue: TextSpan | null;
  /** The span standing for the speaker ("Putin", "the president", "he"). */
  mention: TextSpan | null;
  /** Resolved speaker: fullest name the article gives, or the descriptor as written; null when no source. */
  speaker: string | null;
  /** In-article entity id of the speaker. */
  speakerEntity: string | null;
  /** Statement date (YYYY-MM-DD, YYYY-MM or YYYY) or null. */
  when: string | null;
  /** The time expression `when` came from. */
  whenTimex: string | null;
  /** True for a partial direct quote embedded in a reported sentence. */
  partial: boolean;
  /** Rules that found the quote, its speaker and its date. */
  rule: RuleName;
  speakerRule: RuleName | null;
  whenRule: RuleName | null;
  confidence: number;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface TimeExpression extends Span {
  id: string;
  text: string;
  type: TimexType;
  /** TIMEX3-style value: 2017-06-02, 2017-06, 2017, 2017-W22, 2017-Q1, 2017-SU, 199, P1M, PRESENT_REF, … */
  value: string;
  rule: RuleName;
}

/** An unusual long form used where ordinary usage expects the short one ("Russian Federation" for Russia). */
export interface SpinSubstitution extends Span {
  text: string;
  /** The usual form ("Russia"). */
  usual: string;
  canonical: string;
  /** How unusual the use is: 1 in running text, less in a formal name ("Constitution of the Russian Federation"). */
  weight?: number;
  rule?: RuleName;
}

export interface Diagnostic {
  code: string;
  message: string;
  start?: number;
  end?: number;
}

export interface Analysis {
  version: number;
  article: Omit<Article, 'text'>;
  text: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  mentions: Mention[];
  entities: Entity[];
  quotes: Quote[];
  timexes: TimeExpression[];
  spin: SpinSubstitution[];
  diagnostics: Diagnostic[];
}

export interface AnalyzeOptions {
  /** `statements` (default): direct and indirect quotes; `all`: also beliefs and thoughts. */
  kinds?: 'statements' | 'all';
  /** Span conventions: `guide` (default, gold/GUIDE.md) or `polnear` (PolNeAR's: whole reported clause around a partial quote, bare cue verb). */
  spans?: 'guide' | 'polnear';
}

/** One quote as `onrecord extract` prints it (the scorer's record, plus offsets). */
export interface QuoteRecord {
  article: string;
  type: QuoteType;
  content: string;
  start: number;
  end: number;
  speaker: string | null;
  mention: string | null;
  mentionStart: number | null;
  mentionEnd: number | null;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  when: string | null;
  published: string | null;
  speakerId?: string | null;
  clusterId?: string | null;
}
