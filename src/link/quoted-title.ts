// A quoted title: a show's, a book's or a film's name in quote marks ("Andrea Mitchell Reports," “Meet the Press”),
// up to six words, each capitalised or a short function word, its comma or period inside the marks.
const QUOTED_TITLE =
  /["\u201C](?:(?:\p{Lu}[\p{L}'’&.-]*|\d+|the|of|and|a|an|in|on|for|to|at|with)[ \t]+){0,5}\p{Lu}[\p{L}'’&.-]*[,.]?["\u201D]/gu;

/** The text with its quoted titles blanked, lengths kept: what stays quoted is words someone said or wrote. */
export function withoutQuotedTitles(text: string): string {
  return text.replace(QUOTED_TITLE, (m) => ' '.repeat(m.length));
}
