// All-capital Latin acronyms inside Arabic text (CNN, FBI, NATO) are organisations unless the
// gazetteer says otherwise (it runs first and wins ties by priority). Two-letter forms are too
// ambiguous (TV, AM, TT) and are left to the gazetteer.

import type { Doc } from '../doc.js';
import { DIGIT, LATIN } from '../tokenize/char-class.js';
import { newCandidate } from '../candidate.js';
import type { Candidate } from '../types.js';

/** Rule ID of the acronym stage. */
export const ACRONYM_RULE = 'latin-acronym-org';

/**
 * Common all-capital words that are not organisations: titles, file and network formats and
 * protocols, hardware and computing terms, medical abbreviations, currencies, diseases.
 */
const NOT_ORGS = new Set(['tcp', 'udp', 'dns', 'ssl', 'tls', 'ssh', 'ftp', 'smtp', 'imap', 'xml', 'json', 'css', 'sql', 'php', 'cpu', 'gpu', 'ram', 'rom', 'ssd', 'hdd', 'dvd', 'bios', 'uefi', 'risc', 'cisc', 'lan', 'wan', 'vpn', 'iot', 'nft', 'gui', 'cli', 'ide', 'sdk', 'jpeg', 'png', 'gif', 'mp4', 'mri', 'ecg', 'icu', 'pcr', 'bmi', 'gmo', 'ceo', 'cfo', 'pdf', 'usb', 'gps', 'dna', 'rna', 'faq', 'diy', 'lol', 'omg', 'btw', 'asap', 'html', 'http', 'https', 'www', 'utc', 'gmt', 'ok', 'vip', 'atm', 'sms', 'led', 'lcd', 'tba', 'tbd', 'etc', 'usd', 'eur', 'gbp', 'jpy', 'cny', 'aed', 'sar', 'egp', 'kwd', 'qar', 'bhd', 'omr', 'jod', 'lbp', 'iqd', 'mad', 'dzd', 'tnd', 'covid', 'sars', 'mers', 'hiv', 'aids', 'gdp', 'api', 'url', 'pm', 'am']);

/**
 * English words that posts and headlines write in capitals (`BREAKING`, `VIDEO`, `LIVE`, `NEW`,
 * a spreadsheet's `#ERROR!`): words, no organisation. `WHO` is left out: in Arabic text it is
 * the World Health Organization.
 */
const CAPITALISED_WORDS = new Set([
  ...['breaking', 'urgent', 'alert', 'news', 'update', 'live', 'video', 'photo', 'photos', 'watch', 'new', 'hot', 'top', 'best', 'wow', 'error', 'bio', 'link', 'click', 'read', 'more', 'info', 'help'],
  ...['free', 'sale', 'offer', 'order', 'shop', 'call', 'follow', 'like', 'share', 'love', 'happy', 'good', 'thanks', 'sorry', 'please', 'note', 'today', 'now', 'open', 'closed', 'close', 'start', 'end'],
  ...['done', 'final', 'full', 'part', 'the', 'and', 'for', 'not', 'all', 'you', 'our', 'via', 'off', 'out', 'win', 'big', 'day', 'night', 'week', 'home', 'game', 'goal', 'team', 'star', 'fake', 'real', 'true', 'false', 'yes', 'stop', 'only', 'just', 'here', 'this', 'that', 'what'],
]);

const ACRONYM_PRIORITY = 30;
/** Shared and frozen, as the other stages' sources: one shape for every source read. */
const SOURCE = Object.freeze({ kind: 'latin' as const, ref: ACRONYM_RULE });

/** Finds all-capital Latin tokens of three to six letters. */
export function matchAcronyms(doc: Doc): Candidate[] {
  const { starts, ends, kinds, count } = doc.tokens;
  const { input, starts: orig } = doc.norm;
  const out: Candidate[] = [];
  for (let t = 0; t < count; t++) {
    if (kinds[t] !== LATIN) continue;
    const s = starts[t]!;
    const e = ends[t]!;
    const len = e - s;
    if (len < 3 || len > 6) continue;
    // Case lives in the original text: every letter upper-case there.
    let upper = true;
    for (let i = s; i < e && upper; i++) {
      const c = input.charCodeAt(orig[i]!);
      upper = c >= 0x41 && c <= 0x5a;
    }
    if (!upper) continue;
    // A Latin word right before or after means a Latin sentence: leave it to the Latin stage.
    if ((t > 0 && kinds[t - 1] === LATIN) || (t + 1 < count && kinds[t + 1] === LATIN)) continue;
    const word = doc.norm.text.slice(s, e);
    if (NOT_ORGS.has(word) || CAPITALISED_WORDS.has(word)) continue;
    // Digits glued on make a designation (an index EGX30, a model MP3, a strain H5N1): the
    // letters alone name no organisation.
    if (gluedDigits(doc, t)) continue;
    // In the candidates' one shape (see candidate.ts): code that reads them all stays fast.
    out.push(newCandidate(s, e, 'ORG', ACRONYM_PRIORITY, SOURCE));
  }
  return out;
}

/** Whether a digit token follows token `t` with nothing or a hyphen between (`EGX30`, `EGX-30`). */
function gluedDigits(doc: Doc, t: number): boolean {
  const { starts, ends, kinds, count } = doc.tokens;
  const e = ends[t]!;
  if (t + 1 < count && kinds[t + 1] === DIGIT && starts[t + 1] === e) return true;
  return t + 2 < count && doc.norm.text.charCodeAt(e) === 0x2d && starts[t + 1] === e && kinds[t + 2] === DIGIT && starts[t + 2] === e + 1;
}
