// The project's own table of organisations news names often: canonical key, usual form, acronyms, long forms.
// `class` is the common noun a later descriptor uses for it ("the alliance", "the agency").

export interface OrganizationEntry {
  canonical: string;
  usual: string;
  acronyms?: string[];
  /** Full names; British and American spellings both. */
  long?: string[];
  /** Other ordinary names ("the Pentagon"). */
  ordinary?: string[];
  class?: string;
  country?: string;
}

export const ORGANIZATIONS: OrganizationEntry[] = [
  { canonical: 'org:nato', usual: 'NATO', acronyms: ['NATO', 'Nato'], long: ['North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation'], class: 'alliance' },
  { canonical: 'org:un', usual: 'UN', acronyms: ['UN', 'U.N.'], long: ['United Nations', 'United Nations Organization', 'United Nations Organisation'], class: 'organization' },
  { canonical: 'org:un-security-council', usual: 'UN Security Council', ordinary: ['Security Council', 'U.N. Security Council'], long: ['United Nations Security Council'], acronyms: ['UNSC'], class: 'council' },
  { canonical: 'org:eu', usual: 'EU', acronyms: ['EU', 'E.U.'], long: ['European Union'], class: 'bloc' },
  { canonical: 'org:european-commission', usual: 'European Commission', ordinary: ['EU Commission'], class: 'commission' },
  { canonical: 'org:imf', usual: 'IMF', acronyms: ['IMF'], long: ['International Monetary Fund'], class: 'fund' },
  { canonical: 'org:world-bank', usual: 'World Bank', class: 'bank' },
  { canonical: 'org:who', usual: 'WHO', acronyms: ['WHO'], long: ['World Health Organization', 'World Health Organisation'], class: 'organization' },
  { canonical: 'org:wto', usual: 'WTO', acronyms: ['WTO'], long: ['World Trade Organization', 'World Trade Organisation'], class: 'organization' },
  { canonical: 'org:opec', usual: 'OPEC', acronyms: ['OPEC', 'Opec'], long: ['Organization of the Petroleum Exporting Countries', 'Organisation of the Petroleum Exporting Countries', 'Organization of Petroleum Exporting Countries'], class: 'cartel' },
  { canonical: 'org:osce', usual: 'OSCE', acronyms: ['OSCE'], long: ['Organization for Security and Co-operation in Europe', 'Organisation for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe'], class: 'organization' },
  { canonical: 'org:oecd', usual: 'OECD', acronyms: ['OECD'], long: ['Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development', 'Organization for Economic Co-operation and Development'], class: 'organization' },
  { canonical: 'org:iaea', usual: 'IAEA', acronyms: ['IAEA'], long: ['International Atomic Energy Agency'], class: 'agency' },
  { canonical: 'org:icc', usual: 'ICC', acronyms: ['ICC'], long: ['International Criminal Court'], class: 'court' },
  { canonical: 'org:asean', usual: 'ASEAN', acronyms: ['ASEAN', 'Asean'], long: ['Association of Southeast Asian Nations', 'Association of South East Asian Nations'], class: 'bloc' },
  { canonical: 'org:african-union', usual: 'African Union', acronyms: ['AU'], class: 'bloc' },
  { canonical: 'org:g7', usual: 'G7', acronyms: ['G7', 'G-7'], long: ['Group of Seven'], class: 'group' },
  { canonical: 'org:g20', usual: 'G20', acronyms: ['G20', 'G-20'], long: ['Group of Twenty'], class: 'group' },
  { canonical: 'org:cis', usual: 'CIS', acronyms: ['CIS'], long: ['Commonwealth of Independent States'], class: 'organization' },
  { canonical: 'org:interpol', usual: 'Interpol', acronyms: ['INTERPOL'], long: ['International Criminal Police Organization', 'International Criminal Police Organisation'], class: 'agency' },
  { canonical: 'org:cia', usual: 'CIA', acronyms: ['CIA'], long: ['Central Intelligence Agency'], class: 'agency', country: 'country:US' },
  { canonical: 'org:fbi', usual: 'FBI', acronyms: ['FBI'], long: ['Federal Bureau of Investigation'], class: 'bureau', country: 'country:US' },
  { canonical: 'org:nsa', usual: 'NSA', acronyms: ['NSA'], long: ['National Security Agency'], class: 'agency', country: 'country:US' },
  { canonical: 'org:fsb', usual: 'FSB', acronyms: ['FSB'], long: ['Federal Security Service'], class: 'agency', country: 'country:RU' },
  { canonical: 'org:kgb', usual: 'KGB', acronyms: ['KGB'], class: 'agency', country: 'country:RU' },
  { canonical: 'org:us-department-of-defense', usual: 'Pentagon', ordinary: ['Defense Department', 'Department of Defense'], acronyms: ['DoD'], class: 'department', country: 'country:US' },
  { canonical: 'org:us-state-department', usual: 'State Department', ordinary: ['Department of State'], class: 'department', country: 'country:US' },
  { canonical: 'org:us-congress', usual: 'Congress', ordinary: ['US Congress', 'U.S. Congress'], long: ['United States Congress'], class: 'congress', country: 'country:US' },
  { canonical: 'org:federal-reserve', usual: 'Federal Reserve', ordinary: ['Fed'], long: ['Federal Reserve System'], class: 'bank', country: 'country:US' },
  { canonical: 'org:ecb', usual: 'ECB', acronyms: ['ECB'], long: ['European Central Bank'], class: 'bank' },
  { canonical: 'org:tass', usual: 'TASS', acronyms: ['TASS', 'Tass'], long: ['Telegraph Agency of the Soviet Union', 'Information Telegraph Agency of Russia'], class: 'agency', country: 'country:RU' },
  { canonical: 'org:ria-novosti', usual: 'RIA Novosti', class: 'agency', country: 'country:RU' },
  { canonical: 'org:reuters', usual: 'Reuters', class: 'agency' },
  { canonical: 'org:associated-press', usual: 'AP', acronyms: ['AP'], long: ['Associated Press'], class: 'agency' },
  { canonical: 'org:afp', usual: 'AFP', acronyms: ['AFP'], long: ['Agence France-Presse', 'Agence France Presse'], class: 'agency' },
  { canonical: 'org:bbc', usual: 'BBC', acronyms: ['BBC'], long: ['British Broadcasting Corporation'], class: 'broadcaster' },
  { canonical: 'org:nbc-news', usual: 'NBC News', ordinary: ['NBC'], long: ['National Broadcasting Company'], class: 'network' },
  { canonical: 'org:cnn', usual: 'CNN', acronyms: ['CNN'], long: ['Cable News Network'], class: 'network' },
  { canonical: 'org:nasa', usual: 'NASA', acronyms: ['NASA', 'Nasa'], long: ['National Aeronautics and Space Administration'], class: 'agency', country: 'country:US' },
  { canonical: 'org:isis', usual: 'Islamic State', acronyms: ['ISIS', 'ISIL'], long: ['Islamic State of Iraq and the Levant', 'Islamic State of Iraq and Syria'], class: 'group' },
];
