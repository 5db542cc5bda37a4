// HTML output: a self-contained right-to-left page (no external resources) where each entity
// is highlighted in its label's colour with the label shown, linked to Wikidata when it has an
// ID there, and a legend. Every piece of text is escaped.

import { LABELS, type Entity, type Label } from '../types.js';
import { escapeHtml, safeUrl } from './escape-html.js';
import { LABEL_COLORS } from './label-colors.js';
import type { RenderDocument } from './render-document.js';

/**
 * Style sheet used by {@link renderHtml}; pages embedding {@link renderHtmlFragment} can reuse it.
 *
 * @example
 * ```ts
 * const text = 'زار بايدن روسيا';
 * element.innerHTML = `<style>${HTML_STYLE}</style>` + renderHtmlFragment({ text, entities: extract(text) });
 * ```
 */
export const HTML_STYLE = `
body{font-family:"Noto Naskh Arabic","Amiri","Segoe UI","Tahoma",sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;line-height:2.3;color:#1b1b1b;background:#fff}
h1{font-size:1.4rem}h2{font-size:1.1rem;direction:ltr;text-align:right;font-family:monospace;color:#555}
.kashf-doc{white-space:pre-wrap;font-size:1.15rem}
.kashf-ent{border-radius:.3em;padding:.1em .25em;box-decoration-break:clone;-webkit-box-decoration-break:clone;color:#111}
.kashf-ent .kashf-ent{outline:1px dashed rgba(0,0,0,.45)}
.kashf-label{font:bold .62em/1 system-ui,sans-serif;margin-inline-start:.3em;padding:.15em .3em;border-radius:.25em;background:rgba(0,0,0,.14);color:#222;vertical-align:middle;unicode-bidi:isolate;text-decoration:none}
a.kashf-label{text-decoration:underline}
.kashf-legend{display:flex;flex-wrap:wrap;gap:.4rem;margin:1rem 0;padding:0;list-style:none;line-height:1.6}
.kashf-legend li{padding:.1rem .5rem;border-radius:.3rem;font:.85rem system-ui,sans-serif;direction:ltr}
.kashf-empty{color:#777}
`;

interface Node {
  entity: Entity;
  children: Node[];
}

/** Builds the containment tree of entities (nested entities become children). */
function nest(entities: readonly Entity[]): Node[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const roots: Node[] = [];
  const stack: Node[] = [];
  for (const entity of sorted) {
    while (stack.length > 0 && stack[stack.length - 1]!.entity.end <= entity.start) stack.pop();
    const node = { entity, children: [] };
    const parent = stack[stack.length - 1];
    // A partial overlap (never produced by kashf) is left out rather than breaking the markup.
    if (parent && entity.end <= parent.entity.end) parent.children.push(node);
    else if (parent) continue;
    else roots.push(node);
    stack.push(node);
  }
  return roots;
}

function title(e: Entity): string {
  const parts: string[] = [e.label];
  if (e.id) parts.push(e.id);
  if (e.canonical?.ar) parts.push(e.canonical.ar);
  if (e.canonical?.en) parts.push(e.canonical.en);
  if (e.candidates && e.candidates.length > 0) parts.push(`candidates: ${e.candidates.join(', ')}`);
  return parts.join(' · ');
}

function renderSpan(text: string, from: number, to: number, nodes: readonly Node[]): string {
  let out = '';
  let at = from;
  for (const { entity: e, children } of nodes) {
    if (e.start < at || e.end > to) continue;
    out += escapeHtml(text.slice(at, e.start));
    const url = safeUrl(e.url);
    const label = url
      ? `<a class="kashf-label" dir="ltr" href="${escapeHtml(url)}" target="_blank" rel="noopener noreferrer">${e.label}</a>`
      : `<span class="kashf-label" dir="ltr">${e.label}</span>`;
    const attrs = [`class="kashf-ent"`, `data-label="${e.label}"`];
    if (e.id) attrs.push(`data-id="${escapeHtml(e.id)}"`);
    attrs.push(`style="background:${LABEL_COLORS[e.label] ?? '#eee'}"`, `title="${escapeHtml(title(e))}"`);
    out += `<mark ${attrs.join(' ')}>${renderSpan(text, e.start, e.end, children)}${label}</mark>`;
    at = e.end;
  }
  return out + escapeHtml(text.slice(at, to));
}

/**
 * Renders one document as an HTML fragment: a right-to-left `<div>` with each entity in a
 * `<mark>` coloured by label, showing its label (a link to Wikidata when linked).
 *
 * @example
 * ```ts
 * renderHtmlFragment({ text: 'قال بايدن', entities: extract('قال بايدن') });
 * // '<div class="kashf-doc" dir="rtl" lang="ar">قال <mark class="kashf-ent" data-label="PERS" …>بايدن<a … href="https://www.wikidata.org/wiki/Q6279">PERS</a></mark></div>'
 * ```
 */
export function renderHtmlFragment(doc: RenderDocument): string {
  const nodes = nest(doc.entities.filter((e) => e.start >= 0 && e.end <= doc.text.length && e.start < e.end));
  return `<div class="kashf-doc" dir="rtl" lang="ar">${renderSpan(doc.text, 0, doc.text.length, nodes)}</div>`;
}

/**
 * A legend of the labels: the ones given, or all 21, each in its colour.
 *
 * @example
 * ```ts
 * renderLegend(['PERS', 'GPE']); // '<ul class="kashf-legend"><li style="background:#ffd6a5">PERS</li>…</ul>'
 * // beside renderHtml({ text: 'بايدن في روسيا', entities }) for a page with its key
 * ```
 */
export function renderLegend(labels: readonly Label[] = LABELS): string {
  const items = labels.map((l) => `<li style="background:${LABEL_COLORS[l]}">${l}</li>`).join('');
  return `<ul class="kashf-legend" aria-label="labels">${items}</ul>`;
}

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Page title (default `kashf`). */
  title?: string;
}

/**
 * Renders documents as one self-contained right-to-left HTML page: a legend of the labels
 * found, then each document with its entities highlighted. No scripts, no external resources.
 *
 * @example
 * ```ts
 * const text = 'وشدد بايدن على ضرورة اتخاذ روسيا إجراءات';
 * const page = renderHtml([{ id: 'news.txt', text, entities: extract(text) }], { title: 'أخبار' });
 * // '<!doctype html><html lang="ar" dir="rtl">…'
 * ```
 */
export function renderHtml(docs: readonly RenderDocument[], options: RenderHtmlOptions = {}): string {
  return renderHtmlHead(usedLabels(docs), options) + docs.map(renderHtmlArticle).join('\n') + HTML_TAIL;
}

/** The page head and legend of {@link renderHtml}, for writers that stream documents. */
export function renderHtmlHead(legend: readonly Label[] = LABELS, options: RenderHtmlOptions = {}): string {
  const name = escapeHtml(options.title ?? 'kashf');
  return (
    `<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n` +
    `<meta name="viewport" content="width=device-width, initial-scale=1">\n` +
    `<title>${name}</title>\n<style>${HTML_STYLE}</style>\n</head>\n<body>\n<h1>${name}</h1>\n${renderLegend(legend)}\n`
  );
}

/** One document as an `<article>` of {@link renderHtml}. */
export function renderHtmlArticle(doc: RenderDocument): string {
  const heading = doc.id !== undefined ? `<h2>${escapeHtml(doc.id)}</h2>\n` : '';
  const empty = doc.entities.length === 0 ? `<p class="kashf-empty">لم يُعثر على كيانات.</p>\n` : '';
  return `<article>\n${heading}${empty}${renderHtmlFragment(doc)}\n</article>\n`;
}

/** The closing tags of {@link renderHtml}. */
export const HTML_TAIL = '</body>\n</html>\n';

function usedLabels(docs: readonly RenderDocument[]): Label[] {
  const used = new Set<string>();
  for (const d of docs) for (const e of d.entities) used.add(e.label);
  return LABELS.filter((l) => used.has(l));
}
