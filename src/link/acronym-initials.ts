// A Latin acronym written right after an organisation's Arabic name, with no brackets
// (`منظمة الصحة العالمية WHO`), is its abbreviation only when it spells the initials of the
// organisation's English name: a bare Latin word there may as well begin the next phrase.
// Brackets or quotation marks say so on their own (see link-document.ts).

/**
 * Whether the normalized (lower-case) acronym `acronym` spells the initials of the English
 * name `en`: of its capitalized words (`World Health Organization`: who; `Organization of the
 * Petroleum Exporting Countries`: opec), or of all its words (`Médecins Sans Frontières`: msf).
 *
 * @example
 * ```ts
 * spellsInitials('who', 'World Health Organization'); // true
 * spellsInitials('who', 'World Trade Organization');  // false
 * ```
 */
export function spellsInitials(acronym: string, en: string): boolean {
  if (acronym.length < 2) return false;
  const words = en.split(/[\s,-]+/).filter((w) => w.length > 0);
  let capitals = '';
  let all = '';
  for (const w of words) {
    const first = w[0]!;
    all += first;
    if (first !== first.toLowerCase()) capitals += first;
  }
  return acronym === capitals.toLowerCase() || acronym === all.toLowerCase();
}
