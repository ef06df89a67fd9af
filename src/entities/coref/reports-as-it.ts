// "Varkos said it would cut jobs", "Varkos said its board …": a one-word name whose report goes on with "it"
// doing what a firm does, or with a firm's "its", is a firm's or a body's, not a person's (not "Vell said he …",
// nor "Vell said it was unfair", "it had been hard", "it will be long": there "it" is the matter)
const REPORTS_AS_IT = new RegExp(
  '^\\s+(?:has\\s+|had\\s+)?(?:said|says|stated|announced|added)\\s+(?:that\\s+)?(?:' +
    'it\\s+(?:(?:has|had)\\s+(?!been\\b)\\p{Ll}+ed|(?:will|would)\\s+(?!be\\b|not\\s+be\\b|have\\s+been\\b)\\p{Ll}+|' +
    'plans|planned|intends|intended|expects|expected|agreed|filed|completed|sold|bought|acquired|signed|received|' +
    'reached|raised|rejected|also\\s+(?:said|plans|agreed|sold|bought|filed))\\b' +
    '|its\\s+(?:board|shares|net|profit|profits|earnings|sales|revenue|revenues|unit|subsidiary|offer|bid|' +
    'directors|chairman|president|stake|stock|results|loss|losses|operating|first|second|third|fourth)\\b)',
  'u',
);

/** True when the name ending at `end` reports with "it"/"its" as a firm ("… said it has filed …"). */
export function reportsAsIt(text: string, end: number): boolean {
  return REPORTS_AS_IT.test(text.slice(end, end + 60));
}
