// The project's own alias-frequency table: how often news copy writes each form of an entity.
// Counts: case-sensitive whole-phrase occurrences in the development corpora, made by
// `node dist/src/entities/eval/measure-alias-usage.js ../shared/datasets` over PolNeAR (1,012 articles), open-news (315),
// BBC (2,225) and Reuters-21578 (19,043 bodies), run 2026-11-26. Only entities with a long form are counted.
// A form's share = its count / the sum over the entity's forms; a long form under LONG_FORM_SHARE is "unusual".

export const ALIAS_COUNTS: Record<string, Record<string, number>> = {
  'country:BO': { Bolivia: 72 },
  'country:BY': { Belarus: 5, Byelorussia: 2 },
  'country:CN': { China: 1415 },
  'country:DE': { Germany: 964, 'Federal Republic of Germany': 2 },
  'country:FR': { France: 958 },
  'country:GB': { UK: 1142, Britain: 1008, 'U.K.': 706, 'United Kingdom': 81, 'Great Britain': 32 },
  'country:IN': { India: 470 },
  'country:IR': { Iran: 688, 'Islamic Republic of Iran': 7, Persia: 4 },
  'country:KP': { 'North Korea': 107, DPRK: 5 },
  'country:KR': { 'South Korea': 301, 'Republic of Korea': 2 },
  'country:LA': { Laos: 1 },
  'country:MD': { Moldova: 2 },
  'country:MK': { Macedonia: 3 },
  'country:MM': { Burma: 41, Myanmar: 5 },
  'country:NL': { Netherlands: 165, Holland: 42, 'The Netherlands': 7 },
  'country:PS': { Palestine: 5, 'State of Palestine': 1 },
  'country:RU': { Russia: 310, 'Russian Federation': 1 },
  'country:SA': { 'Saudi Arabia': 258 },
  'country:SY': { Syria: 197, 'Syrian Arab Republic': 1 },
  'country:TR': { Turkey: 300, Turkiye: 2, 'Republic of Turkey': 1 },
  'country:TW': { Taiwan: 458, Formosa: 6, 'Republic of China': 5 },
  'country:TZ': { Tanzania: 40, Tanganyika: 2 },
  'country:US': {
    'U.S.': 9289,
    US: 1924,
    'United States': 1914,
    America: 1090,
    USA: 219,
    'U.S.A.': 29,
    'United States of America': 14,
  },
  'country:VE': { Venezuela: 233 },
  'org:afp': { AFP: 35, 'Agence France-Presse': 8, 'Agence France Presse': 6 },
  'org:asean': {
    ASEAN: 23,
    Asean: 3,
    'Association of Southeast Asian Nations': 2,
    'Association of South East Asian Nations': 1,
  },
  'org:associated-press': { AP: 102, 'Associated Press': 90 },
  'org:bbc': { BBC: 803, 'British Broadcasting Corporation': 5 },
  'org:cia': { CIA: 73, 'Central Intelligence Agency': 7 },
  'org:cis': { CIS: 9 },
  'org:cnn': { CNN: 240, 'Cable News Network': 13 },
  'org:ecb': { ECB: 9, 'European Central Bank': 6 },
  'org:eu': { EU: 324, 'European Union': 106, 'E.U.': 22 },
  'org:fbi': { FBI: 261, 'Federal Bureau of Investigation': 9 },
  'org:federal-reserve': { Fed: 647, 'Federal Reserve': 417, 'Federal Reserve System': 4 },
  'org:fsb': { FSB: 18, 'Federal Security Service': 1 },
  'org:g20': { G20: 5, 'G-20': 2 },
  'org:g7': { 'G-7': 138, 'Group of Seven': 89, G7: 35 },
  'org:iaea': { IAEA: 9, 'International Atomic Energy Agency': 4 },
  'org:icc': { ICC: 39 },
  'org:imf': { IMF: 407, 'International Monetary Fund': 178 },
  'org:interpol': { Interpol: 8 },
  'org:isis': {
    ISIS: 155,
    'Islamic State': 137,
    ISIL: 25,
    'Islamic State of Iraq and the Levant': 2,
    'Islamic State of Iraq and Syria': 1,
  },
  'org:nasa': { NASA: 47, Nasa: 4, 'National Aeronautics and Space Administration': 3 },
  'org:nato': { NATO: 76, Nato: 4, 'North Atlantic Treaty Organisation': 1 },
  'org:nbc-news': { NBC: 123, 'NBC News': 41 },
  'org:nsa': { NSA: 9, 'National Security Agency': 7 },
  'org:oecd': {
    OECD: 183,
    'Organization for Economic Cooperation and Development': 5,
    'Organisation for Economic Co-operation and Development': 2,
  },
  'org:opec': { OPEC: 511, Opec: 84, 'Organization of Petroleum Exporting Countries': 4 },
  'org:tass': { Tass: 23, TASS: 1 },
  'org:un': { 'United Nations': 110, 'U.N.': 73, UN: 56 },
  'org:un-security-council': {
    'Security Council': 44,
    'U.N. Security Council': 7,
    'United Nations Security Council': 4,
    'UN Security Council': 2,
  },
  'org:us-congress': { Congress: 953, 'U.S. Congress': 38, 'US Congress': 9, 'United States Congress': 2 },
  'org:who': { WHO: 30, 'World Health Organization': 13, 'World Health Organisation': 5 },
  'org:wto': { WTO: 30, 'World Trade Organisation': 12, 'World Trade Organization': 6 },
};

/** Below this share of an entity's mentions a long form is unusual in news copy. */
export const LONG_FORM_SHARE = 0.1;

/** Share of `form` among the counted forms of `canonical`, or null when the table has no counts for it. */
export function shareOfForm(canonical: string, form: string): number | null {
  const counts = ALIAS_COUNTS[canonical];
  if (!counts) return null;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total < 10) return null;
  return (counts[form] ?? 0) / total;
}
