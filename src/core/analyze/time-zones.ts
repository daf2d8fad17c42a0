// The zone a stated time is in: an offset ("GMT+8", "(UTC-06:00)"), an abbreviation (ET, CEST, SGT…),
// a zone's name ("Pacific Time", "Singapore Time") or a city ("Regina time"). Named zones are IANA
// zones, so the offset follows the date's own daylight-saving rules.
import { builtOnFirstUse } from '../caseless';
import { oneByte } from '../one-byte';

export type StatedZone = { offsetMinutes: number } | { zone: string };

const ABBREVIATIONS: Record<string, string> = {
  ET: 'America/New_York',
  EST: 'America/New_York',
  EDT: 'America/New_York',
  CT: 'America/Chicago',
  CST: 'America/Chicago',
  CDT: 'America/Chicago',
  MT: 'America/Denver',
  MST: 'America/Denver',
  MDT: 'America/Denver',
  PT: 'America/Los_Angeles',
  PST: 'America/Los_Angeles',
  PDT: 'America/Los_Angeles',
  AKST: 'America/Anchorage',
  HST: 'Pacific/Honolulu',
  GMT: 'Europe/London',
  BST: 'Europe/London',
  WET: 'Europe/Lisbon',
  WEST: 'Europe/Lisbon',
  CET: 'Europe/Berlin',
  CEST: 'Europe/Berlin',
  EET: 'Europe/Helsinki',
  EEST: 'Europe/Helsinki',
  IST: 'Asia/Kolkata',
  GST: 'Asia/Dubai',
  SGT: 'Asia/Singapore',
  HKT: 'Asia/Hong_Kong',
  JST: 'Asia/Tokyo',
  KST: 'Asia/Seoul',
  AWST: 'Australia/Perth',
  ACST: 'Australia/Adelaide',
  ACDT: 'Australia/Adelaide',
  AEST: 'Australia/Sydney',
  AEDT: 'Australia/Sydney',
  NZST: 'Pacific/Auckland',
  NZDT: 'Pacific/Auckland',
  UTC: 'UTC',
};

const NAMED: [RegExp, string][] = [
  [/\b(?:australian|aus|aust)\.?\s+eastern(?:\s+(?:standard|daylight))?\s+time\b/i, 'Australia/Sydney'],
  [/\b(?:australian|aus|aust)\.?\s+central(?:\s+(?:standard|daylight))?\s+time\b/i, 'Australia/Adelaide'],
  [/\b(?:australian|aus|aust)\.?\s+western(?:\s+standard)?\s+time\b/i, 'Australia/Perth'],
  [/(?<!\b(?:australian|aus|aust)\.?\s)\beastern(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, 'America/New_York'],
  [/\bcentral\s+(?:standard\s+|daylight\s+)?time\b|\bcentral\s*\)/i, 'America/Chicago'],
  [/\bmountain(?:\s+(?:standard|daylight))?\s+time\b/i, 'America/Denver'],
  [/\bpacific(?:\s+(?:standard|daylight))?(?:\s+time)?\b/i, 'America/Los_Angeles'],
  [/\bcentral\s+european(?:\s+(?:summer|standard))?\s+time\b/i, 'Europe/Berlin'],
  [/\bbritish\s+summer\s+time\b|\bu\.?k\.?\s+time\b/i, 'Europe/London'],
  [/\bindia(?:n)?\s+(?:standard\s+)?time\b/i, 'Asia/Kolkata'],
  [/\bsingapore\s+(?:standard\s+)?time\b/i, 'Asia/Singapore'],
];

const CITIES: Record<string, string> = {
  'new york': 'America/New_York',
  toronto: 'America/Toronto',
  boston: 'America/New_York',
  chicago: 'America/Chicago',
  denver: 'America/Denver',
  regina: 'America/Regina',
  calgary: 'America/Edmonton',
  'los angeles': 'America/Los_Angeles',
  'san francisco': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  vancouver: 'America/Vancouver',
  london: 'Europe/London',
  dublin: 'Europe/Dublin',
  lisbon: 'Europe/Lisbon',
  paris: 'Europe/Paris',
  berlin: 'Europe/Berlin',
  amsterdam: 'Europe/Amsterdam',
  madrid: 'Europe/Madrid',
  zurich: 'Europe/Zurich',
  stockholm: 'Europe/Stockholm',
  dubai: 'Asia/Dubai',
  mumbai: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  singapore: 'Asia/Singapore',
  'hong kong': 'Asia/Hong_Kong',
  tokyo: 'Asia/Tokyo',
  perth: 'Australia/Perth',
  sydney: 'Australia/Sydney',
  melbourne: 'Australia/Melbourne',
  brisbane: 'Australia/Brisbane',
  auckland: 'Pacific/Auckland',
};

const OFFSET = oneByte(/\b(?:GMT|UTC)\s?([+\-−–])\s?(\d{1,2})(?::?(\d{2}))?\b/i);
// Upper case anywhere; lower case only right after a time of day ("3:00pm sgt"), where it cannot be a word.
const ABBREVIATION = new RegExp(String.raw`\b(${Object.keys(ABBREVIATIONS).join('|')})\b`);
const ABBREVIATION_AFTER_TIME = new RegExp(String.raw`(?:\d|[ap]\.?m\.?)\s?\(?(${Object.keys(ABBREVIATIONS).join('|')})\b`, 'i');
const CITY = new RegExp(String.raw`\b(${Object.keys(CITIES).join('|')})\s+time\b`, 'i');

// Outlook names a zone by its standard offset and its cities: "(UTC+00:00) Dublin, Edinburgh, Lisbon, London"
// is London's time, summer time included, not UTC.
const WINDOWS_ZONE = new RegExp(oneByte(String.raw`\(UTC[+\-−–]\d{2}:\d{2}\)[ \t]{0,3}(?:[A-Z][\w .]{0,20},[ \t]{0,3}){0,4}(${Object.keys(CITIES).join('|')})\b`), 'i');

const buildPatterns = builtOnFirstUse(() => [OFFSET, ABBREVIATION, ABBREVIATION_AFTER_TIME, CITY, WINDOWS_ZONE]);

/** The zone `text` states for its times, or null when it states none. */
export function statedZone(text: string): StatedZone | null {
  buildPatterns();
  const windowsCity = WINDOWS_ZONE.exec(text)?.[1]?.toLowerCase();
  if (windowsCity && CITIES[windowsCity]) return { zone: CITIES[windowsCity] };
  const offset = OFFSET.exec(text);
  if (offset?.[2]) {
    const sign = offset[1] === '+' ? 1 : -1;
    return { offsetMinutes: sign * (Number(offset[2]) * 60 + Number(offset[3] ?? 0)) };
  }
  const abbreviation = ABBREVIATION.exec(text)?.[1] ?? ABBREVIATION_AFTER_TIME.exec(text)?.[1]?.toUpperCase();
  if (abbreviation && ABBREVIATIONS[abbreviation]) return { zone: ABBREVIATIONS[abbreviation] };
  for (const [pattern, zone] of NAMED) if (pattern.test(text)) return { zone };
  const city = CITY.exec(text)?.[1]?.toLowerCase();
  return city && CITIES[city] ? { zone: CITIES[city] } : null;
}
