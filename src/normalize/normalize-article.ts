import type { Article } from '../types.js';

/** The article with its one text and a same-length folded copy for matching. */
export interface Document {
  article: Article;
  /** The article text exactly as read: every offset points into it. */
  text: string;
  /** `text` with typographic variants folded one-for-one (’ → ', “ ” « » → ", – — → -), same length. */
  folded: string;
}

const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2033': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2012': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};

export function foldText(text: string): string {
  return text.replace(
    /[\u2018\u2019\u201A\u201B\u2032\u201C-\u201F\u00AB\u00BB\u2033\u2012-\u2014\u2212\u00A0\u2009\u202F]/g,
    (c) => FOLD[c] ?? c,
  );
}

export function normalizeArticle(article: Article): Document {
  return { article, text: article.text, folded: foldText(article.text) };
}
