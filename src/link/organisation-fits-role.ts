// Whether an organisation's name can be what a role noun stands for: "the central bank" is no World Trade
// Organisation, "the government" no Conservative party, "the company" no ministry.

// names of public bodies: "Cabinet Office", "Food and Agriculture Organisation", "Powys Health Board"
const PUBLIC_BODY =
  /\b(?:Ministry|Department|Office|Committee|Council|Commission|Government|Administration|Parliament|Assembly|Congress|Senate|Agency|Authority|Organi[sz]ation|Court|Board|Bureau|Institute|Union|Party|Police|Army|Navy|Forces|Federation|Association)\b/;
// names of businesses: "Norvel Corp", "Dane Airlines", "Keel Securities"
const BUSINESS =
  /\b(?:Inc|Corp|Corporation|Co|Ltd|plc|PLC|LLC|AG|SA|NV|Group|Holdings|Airlines|Airways|Motors|Securities|Capital|Partners|Industries|Bank|Bancorp)\b\.?/;

/** A name closed by a firm's legal form: "Tarn Fair LP", "Vell Bancorp", "Keel Cablevision L.P.", "Dorn Ltd". */
export const LEGAL_FORM_END =
  /\s(?:Inc|Corp|Corporation|Co|Cos|Ltd|Plc|PLC|LLC|LP|L\.P|LLP|AG|SA|NV|GmbH|Bancorp|Bancorporation)\.?$/;

// roles only a body of the state holds, named by its own word ("the committee" → "… Select Committee")
const OWN_WORD: Record<string, RegExp> = {
  government: /\b(?:Government|Administration)\b/,
  ministry: /\b(?:Ministry|Department)\b/,
  department: /\b(?:Department|Ministry)\b/,
  committee: /\bCommittee\b/,
  council: /\bCouncil\b/,
  commission: /\bCommission\b/,
  board: /\bBoard\b/,
  court: /\bCourt\b/,
  federation: /\bFederation\b/,
};

/** Trades named by what they do: "the bookmaker", "the lender", "the carmaker". */
export const TRADE_ROLES: readonly string[] = [
  'bookmaker',
  'lender',
  'brewer',
  'miner',
  'carmaker',
  'automaker',
  'drugmaker',
  'chipmaker',
  'conglomerate',
  'supplier',
  'provider',
  'distributor',
  'refiner',
  'exporter',
  'importer',
  'shipper',
  'developer',
  'outfit',
];

// roles a business holds: "the company", "the carrier", "the lender"
const BUSINESS_ROLES = new Set([
  'company',
  'firm',
  'giant',
  'maker',
  'manufacturer',
  'retailer',
  'carrier',
  'airline',
  'insurer',
  'operator',
  'publisher',
  'studio',
  'label',
  'broadcaster',
  'network',
  'channel',
  'newspaper',
  'daily',
  'paper',
  'magazine',
  'business',
  'chain',
  'supermarket',
  'store',
  'corporation',
  'partnership',
  ...TRADE_ROLES,
  'bank',
]);

// roles a public or non-profit body holds: "the organisation", "the regulator", "the union"
const BODY_ROLES = new Set([
  'organisation',
  'organization',
  'body',
  'regulator',
  'watchdog',
  'association',
  'union',
  'charity',
]);

/** True when `organisation` can be what `role` ("company", "government", "party") stands for. */
export function organisationFitsRole(role: string, organisation: string): boolean {
  // "of Agricultural Commodity Markets", "Of the January", "I": no organisation's name
  if (!/^[\p{Lu}\d]/u.test(organisation) || /^(?:Of|The|In|On|At|For|By|And|But|I)\b/.test(organisation))
    return false;
  const own = OWN_WORD[role];
  if (own) return own.test(organisation);
  // "the party" in a story about the party's committee: not the committee
  if (role === 'party')
    return (
      !BUSINESS.test(organisation) &&
      !/\b(?:Committee|Council|Commission|Ministry|Department|Office|Government|Court|Agency|Board)\b/.test(
        organisation,
      )
    );
  // "the central bank", "the bank": a bank's name or one that names no public body
  if (role === 'bank') return /\b(?:Bank|Reserve)\b/.test(organisation) || !PUBLIC_BODY.test(organisation);
  // ("Keel Thomson Organisation Ltd": a name closed by a firm's legal form is a business's, whatever word it holds)
  if (BUSINESS_ROLES.has(role)) return LEGAL_FORM_END.test(organisation) || !PUBLIC_BODY.test(organisation);
  if (BODY_ROLES.has(role)) return !BUSINESS.test(organisation);
  return true;
}
