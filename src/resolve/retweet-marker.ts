// `RT` before an @handle is the retweet marker of a social post (`RT @AJArabic: …`), not the
// channel RT that the gazetteer knows by that alias.

import type { Doc } from '../doc.js';
import type { Candidate } from '../types.js';

/** Whether normalized text[start, end) is `rt` (Latin letters are lowercased) and an @handle follows it after spaces. */
function retweetMarker(text: string, start: number, end: number): boolean {
  if (end - start !== 2 || text.charCodeAt(start) !== 0x72 || text.charCodeAt(start + 1) !== 0x74) return false; // r t
  let i = end;
  while (i < text.length && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  return i > end && text.charCodeAt(i) === 0x40; // @
}

/**
 * Drops the outermost candidates that are a retweet marker (sorted, non-overlapping; returns
 * `resolved` itself when there is none).
 *
 * @example
 * ```ts
 * dropRetweetMarkers(prepareDoc('RT @AJArabic: الرئيس'), resolved); // no ORG RT
 * ```
 */
export function dropRetweetMarkers(doc: Doc, resolved: Candidate[]): Candidate[] {
  const text = doc.norm.text;
  // Most documents hold no @ at all: one scan of the text says so.
  if (!text.includes('@')) return resolved;
  const kept = resolved.filter((c) => !retweetMarker(text, c.start, c.end));
  return kept.length === resolved.length ? resolved : kept;
}
