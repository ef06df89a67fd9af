// '"We will fight this," Ammerly said.': the closing quote after a comma opens no sentence, so the one word after
// it, when a report verb follows, is read as a name written mid-sentence (not "…," The firm said: "The" has no
// verb right after it)
const QUOTE_COMMA_GAP = /^[,]["”]\s+$/;
const REPORT_VERB_AFTER =
  /^\s+(?:also\s+)?(?:said|says|told|added|adds|stated|noted|argued|insisted|explained|warned)\b/;

/** True when `gap` (between a quote's last word and `word`) is `," ` and a report verb follows the word at `end`. */
export function nameAfterQuoteComma(folded: string, gap: string, end: number): boolean {
  return QUOTE_COMMA_GAP.test(gap) && REPORT_VERB_AFTER.test(folded.slice(end, end + 20));
}
