// Countries from maintained packages (i18n-iso-countries, countries-list, i18n-nationality; all MIT) with the
// project's own usage table on top. Built once, at first use, from files installed with the packages.
import { createRequire } from 'node:module';
import { countries as countriesList } from 'countries-list';
import { COUNTRY_USAGE, EXTRA_DEMONYMS } from './country-usage.js';

const require = createRequire(import.meta.url);

export interface CountryRecord {
  code: string;
  canonical: string;
  usual: string;
  /** Everyday names (the usual one included). */
  names: string[];
  /** Official long forms that ordinary news copy rarely uses. */
  long: string[];
  demonyms: string[];
  capital: string | null;
}

interface IsoLocale {
  countries: Record<string, string | string[]>;
}
interface NationalityLocale {
  nationalities: Record<string, string>;
}

const uniq = (xs: string[]) => [...new Set(xs.filter((x) => x.trim() !== ''))];
// "Korea, Republic of", "Netherlands (Kingdom of the)": catalogue forms nobody writes in running text
const isWritable = (s: string) => !/[,()]/.test(s);

let cache: CountryRecord[] | null = null;

/** All countries with names, long forms, demonyms and capital. */
export function loadCountries(): CountryRecord[] {
  if (cache) return cache;
  const iso = require('i18n-iso-countries/langs/en.json') as IsoLocale;
  const nat = require('i18n-nationality/langs/en.json') as NationalityLocale;
  const list = countriesList as Record<string, { name: string; alias?: string[]; capital?: string }>;
  const records: CountryRecord[] = [];
  for (const [code, raw] of Object.entries(iso.countries)) {
    const isoNames = (Array.isArray(raw) ? raw : [raw]).filter(isWritable);
    const entry = list[code];
    const usage = COUNTRY_USAGE[code];
    const long = uniq(usage?.long ?? []);
    const usual = usage?.usual ?? entry?.name ?? isoNames[0] ?? code;
    const names = uniq([
      usual,
      ...(usage?.ordinary ?? []),
      ...isoNames,
      ...(entry ? [entry.name, ...(entry.alias ?? [])] : []),
    ]).filter((n) => !long.includes(n) && isWritable(n));
    // Forms the packages list that the usage table calls long ("Russian Federation") stay long only.
    const nationality = nat.nationalities[code];
    const demonyms = uniq([
      ...(nationality && /^\p{Lu}[\p{L}]+$/u.test(nationality) && !names.includes(nationality)
        ? [nationality]
        : []),
      ...(EXTRA_DEMONYMS[code] ?? []),
    ]);
    records.push({
      code,
      canonical: `country:${code}`,
      usual,
      names,
      long,
      demonyms,
      capital: entry?.capital || null,
    });
  }
  cache = records;
  return records;
}

let nationalityCache: string[] | null = null;

/** Every nationality the package lists that is written as words ("Norwegian", "South African", "New Zealander"). */
export function nationalityWords(): string[] {
  if (nationalityCache) return nationalityCache;
  const nat = require('i18n-nationality/langs/en.json') as NationalityLocale;
  nationalityCache = Object.values(nat.nationalities).filter((n) =>
    /^\p{Lu}\p{L}+(?: \p{Lu}\p{L}+)*$/u.test(n),
  );
  return nationalityCache;
}
