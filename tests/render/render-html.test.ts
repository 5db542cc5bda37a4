import { describe, expect, it } from 'vitest';
import { LABEL_COLORS, renderHtml, renderHtmlFragment, renderLegend } from '../../src/render/index.js';
import { LABELS, type Entity } from '../../src/types.js';
import { seedDoc } from './seed-docs.js';

const source = { kind: 'user', ref: 'test' } as const;

/** The text a browser would show, minus the label badges. */
function visibleText(html: string): string {
  return html
    .replace(/<(a|span) class="kashf-label"[^>]*>[^<]*<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

describe('renderHtmlFragment', () => {
  it('highlights an entity in its colour, shows the label and links to Wikidata', () => {
    const text = 'قال بايدن';
    const e: Entity = { start: 4, end: 9, text: 'بايدن', label: 'PERS', id: 'wd:Q6279', url: 'https://www.wikidata.org/wiki/Q6279', source };
    const html = renderHtmlFragment({ text, entities: [e] });
    expect(html).toContain('dir="rtl"');
    expect(html).toContain(`style="background:${LABEL_COLORS.PERS}"`);
    expect(html).toContain('data-id="wd:Q6279"');
    expect(html).toMatch(/<mark [^>]*>بايدن<a class="kashf-label" dir="ltr" href="https:\/\/www\.wikidata\.org\/wiki\/Q6279"[^>]*>PERS<\/a><\/mark>/);
    expect(visibleText(html)).toBe(text);
  });

  it('escapes every piece of text and refuses non-http links', () => {
    const text = '<script>alert("x")</script> & \'بايدن\'';
    const start = text.indexOf('بايدن');
    const e: Entity = {
      start,
      end: start + 5,
      text: 'بايدن',
      label: 'PERS',
      id: 'x:"><img src=x onerror=alert(1)>',
      url: 'javascript:alert(1)',
      source,
    };
    const html = renderHtmlFragment({ text, entities: [e] });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;');
    expect(visibleText(html)).toBe(text);
  });

  it('draws nested entities inside their outer entity', () => {
    const text = 'قال وزير الخارجية الأميركي';
    const outer: Entity = { start: 4, end: text.length, text: text.slice(4), label: 'OCC', source };
    const at = text.indexOf('الأميركي');
    const inner: Entity = { start: at, end: text.length, text: 'الأميركي', label: 'NORP', source };
    const html = renderHtmlFragment({ text, entities: [outer, inner] });
    expect(html).toMatch(/<mark [^>]*data-label="OCC"[^>]*>وزير الخارجية <mark [^>]*data-label="NORP"[^>]*>الأميركي<span[^>]*>NORP<\/span><\/mark><span[^>]*>OCC<\/span><\/mark>/);
    expect(visibleText(html)).toBe(text);
  });
});

describe('renderHtml', () => {
  it('makes a self-contained RTL page of a seed article with a legend of the labels found', () => {
    const doc = seedDoc('000_f3d42182cc130942.txt', true);
    const page = renderHtml([doc], { title: 'خبر <1>' });
    expect(page).toMatch(/^<!doctype html>\n<html lang="ar" dir="rtl">/);
    expect(page).toContain('<title>خبر &lt;1&gt;</title>');
    expect(page).not.toMatch(/<(script|link|img|iframe)\b/);
    expect(page).not.toMatch(/(src|href)="(?!https:\/\/www\.wikidata\.org\/wiki\/Q)/);
    const legend = /<ul class="kashf-legend"[^>]*>(.*?)<\/ul>/.exec(page)![1]!;
    const used = new Set(doc.entities.map((e) => e.label));
    expect(legend.match(/<li /g)).toHaveLength(used.size);
    expect(page.match(/<mark /g)).toHaveLength(doc.entities.length);
    expect(page).toMatch(/data-label="PERS"[^>]*>بايدن</);
    expect(page).toMatch(/data-label="GPE"[^>]*>روسيا</);
    const article = /<div class="kashf-doc"[^>]*>([\s\S]*)<\/div>\n<\/article>/.exec(page)![1]!;
    expect(visibleText(article)).toBe(doc.text);
  });

  it('lists all 21 labels in a full legend', () => {
    expect(renderLegend().match(/<li /g)).toHaveLength(LABELS.length);
  });
});
