// HTML escaping for text and attribute values: everything from a document goes through here.

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `& < > " '` so a string is safe as HTML text or a quoted attribute value.
 *
 * @example
 * ```ts
 * escapeHtml('<b>"بايدن"</b>'); // '&lt;b&gt;&quot;بايدن&quot;&lt;/b&gt;'
 * ```
 */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/** Returns the URL when it is plain http(s), else undefined: no `javascript:` links. */
export function safeUrl(url: string | undefined): string | undefined {
  return url !== undefined && /^https?:\/\/[^\s"'<>]+$/i.test(url) ? url : undefined;
}
