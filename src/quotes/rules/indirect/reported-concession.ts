// ", although he would remain a supporter", ", though the sale could be delayed": a concession whose verb is a
// modal of reported speech (the clause before it shifted back too) goes on with the report
const MODAL_CONCESSION =
  /^,\s+(?:although|though)\s+(?:(?:he|she|they|it|we|there|(?:the|its|their|his|her|this|that|such|some|any)(?:\s+[\p{L}\p{N}'’-]+){1,3}|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2})\s+)(?:would|could|might|should)\b/u;

/** True when `after` (the text from the comma after a reported clause) opens such a concession. */
export function reportedConcession(after: string): boolean {
  return MODAL_CONCESSION.test(after);
}
