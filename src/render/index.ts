// Output renderers: pure functions from extraction results to text formats. Node-free.

export { splitNested, type RenderDocument } from './render-document.js';
export { renderJson, renderJsonl, type RenderJsonOptions } from './render-json.js';
export { renderConll, tagTokens, type TaggedToken } from './render-conll.js';
export { renderBrat } from './render-brat.js';
export { renderTsv, TSV_HEADER } from './render-tsv.js';
export {
  renderHtml,
  renderHtmlFragment,
  renderHtmlHead,
  renderHtmlArticle,
  renderLegend,
  HTML_STYLE,
  HTML_TAIL,
  type RenderHtmlOptions,
} from './render-html.js';
export { LABEL_COLORS } from './label-colors.js';
export { escapeHtml } from './escape-html.js';
