// brat standoff output: the `.ann` file that goes beside the document's `.txt`.
// One T line per entity (nested ones included: brat draws overlaps), and an AnnotatorNotes
// line carrying the linked ID, canonical name and candidates.

import type { RenderDocument } from './render-document.js';

/** Maps UTF-16 offsets to code-point offsets (brat counts characters as Python does). */
function codePointIndex(text: string): (offset: number) => number {
  let astral = false;
  for (let i = 0; i < text.length && !astral; i++) {
    const c = text.charCodeAt(i);
    astral = c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  }
  if (!astral) return (o) => o;
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      map[i + 1] = cp;
      i++;
    }
    cp++;
  }
  map[text.length] = cp;
  return (o) => map[o]!;
}

/** brat forbids line breaks inside a fragment: split the span into one fragment per line. */
function fragments(text: string, start: number, end: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let from = start;
  for (let i = start; i <= end; i++) {
    if (i === end || text[i] === '\n' || text[i] === '\r') {
      if (i > from) out.push([from, i]);
      from = i + 1;
    }
  }
  return out.length > 0 ? out : [[start, end]];
}

function oneLine(s: string): string {
  return s.replace(/[\t\r\n]+/g, ' ');
}

/**
 * Renders a document's entities as a brat `.ann` file (save the text beside it as `.txt`).
 * Offsets are in code points, as brat expects; entity IDs go into AnnotatorNotes.
 *
 * @example
 * ```ts
 * renderBrat({ text: 'قال بايدن', entities: extract('قال بايدن') });
 * // 'T1\tPERS 4 9\tبايدن\n#1\tAnnotatorNotes T1\twd:Q6279 جو بايدن (Joe Biden)\n'
 * ```
 */
export function renderBrat(doc: RenderDocument): string {
  const cp = codePointIndex(doc.text);
  const lines: string[] = [];
  let n = 0;
  for (const e of doc.entities) {
    n++;
    const frags = fragments(doc.text, e.start, e.end);
    const offsets = frags.map(([s, t]) => `${cp(s)} ${cp(t)}`).join(';');
    const covered = frags.map(([s, t]) => doc.text.slice(s, t)).join(' ');
    lines.push(`T${n}\t${e.label} ${offsets}\t${oneLine(covered)}`);
    const note = [e.id, e.canonical?.ar, e.canonical?.en ? `(${e.canonical.en})` : undefined]
      .filter((x) => x !== undefined && x !== '')
      .join(' ');
    const candidates = e.candidates && e.candidates.length > 0 ? `candidates: ${e.candidates.join(', ')}` : '';
    const text = [note, candidates].filter(Boolean).join('; ');
    if (text) lines.push(`#${n}\tAnnotatorNotes T${n}\t${oneLine(text)}`);
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
