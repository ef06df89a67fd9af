// The project's own country table: the forms news usually uses, and the official long forms it rarely uses.
// Counts come from measure-alias-usage (see README.md); the packages give names but not which one news prefers.

export interface CountryUsage {
  /** The form news usually writes ("Russia", "US"). */
  usual: string;
  /** Everyday forms that are never spin ("U.S.", "America"). */
  ordinary?: string[];
  /** Official or long forms ordinary news copy rarely uses ("Russian Federation"). */
  long?: string[];
}

export const COUNTRY_USAGE: Record<string, CountryUsage> = {
  RU: { usual: 'Russia', long: ['Russian Federation'] },
  US: {
    usual: 'US',
    ordinary: ['U.S.', 'United States', 'USA', 'U.S.A.', 'America', 'the States'],
    long: ['United States of America'],
  },
  GB: {
    usual: 'UK',
    ordinary: ['Britain', 'U.K.', 'United Kingdom', 'Great Britain'],
    long: ['United Kingdom of Great Britain and Northern Ireland'],
  },
  CN: { usual: 'China', long: ["People's Republic of China"] },
  KP: { usual: 'North Korea', ordinary: ['DPRK'], long: ["Democratic People's Republic of Korea"] },
  KR: { usual: 'South Korea', long: ['Republic of Korea'] },
  IR: { usual: 'Iran', long: ['Islamic Republic of Iran'] },
  SY: { usual: 'Syria', long: ['Syrian Arab Republic'] },
  VE: { usual: 'Venezuela', long: ['Bolivarian Republic of Venezuela'] },
  BO: { usual: 'Bolivia', long: ['Plurinational State of Bolivia'] },
  TZ: { usual: 'Tanzania', long: ['United Republic of Tanzania'] },
  MD: { usual: 'Moldova', long: ['Republic of Moldova'] },
  LA: { usual: 'Laos', long: ["Lao People's Democratic Republic"] },
  VN: { usual: 'Vietnam', ordinary: ['Viet Nam'] },
  CZ: { usual: 'Czech Republic', ordinary: ['Czechia'] },
  TR: {
    usual: 'Turkey',
    ordinary: ['Türkiye', 'Turkiye'],
    long: ['Republic of Turkey', 'Republic of Türkiye'],
  },
  DE: { usual: 'Germany', long: ['Federal Republic of Germany'] },
  FR: { usual: 'France', long: ['French Republic'] },
  UA: { usual: 'Ukraine' },
  AE: { usual: 'UAE', ordinary: ['United Arab Emirates', 'Emirates'] },
  NL: { usual: 'Netherlands', ordinary: ['Holland'], long: ['Kingdom of the Netherlands'] },
  MK: { usual: 'North Macedonia', ordinary: ['Macedonia'], long: ['Republic of North Macedonia'] },
  PS: { usual: 'Palestine', long: ['State of Palestine'] },
  TW: { usual: 'Taiwan', long: ['Republic of China'] },
  CD: {
    usual: 'Democratic Republic of Congo',
    ordinary: ['DR Congo', 'DRC', 'Democratic Republic of the Congo'],
  },
  CG: { usual: 'Republic of Congo', ordinary: ['Congo-Brazzaville', 'Republic of the Congo'] },
  CI: { usual: 'Ivory Coast', ordinary: ["Cote d'Ivoire", "Côte d'Ivoire"] },
  MM: { usual: 'Myanmar', ordinary: ['Burma'], long: ['Republic of the Union of Myanmar'] },
  SA: { usual: 'Saudi Arabia', long: ['Kingdom of Saudi Arabia'] },
  VA: { usual: 'Vatican', ordinary: ['Vatican City', 'Holy See'] },
  IN: { usual: 'India', long: ['Republic of India'] },
  BY: { usual: 'Belarus', long: ['Republic of Belarus'] },
};

/** Country names that are also first names: not a country when a capitalized word follows ("Jordan Peterson"). */
export const FIRST_NAME_COUNTRIES = new Set(['Jordan', 'Chad', 'Georgia', 'Israel', 'India', 'Kenya']);

/** Demonyms the nationality package lacks or spells unusually for news. */
export const EXTRA_DEMONYMS: Record<string, string[]> = {
  US: ['American', 'U.S.'],
  GB: ['British', 'UK', 'U.K.'],
  AR: ['Argentine', 'Argentinian'],
  KP: ['North Korean'],
  KR: ['South Korean'],
  BA: ['Bosnian'],
  NL: ['Dutch'],
  PH: ['Filipino', 'Philippine'],
  CH: ['Swiss'],
  AE: ['Emirati'],
  SA: ['Saudi'],
  NZ: ['New Zealand'],
  PS: ['Palestinian'],
  TW: ['Taiwanese'],
  CD: ['Congolese'],
};
