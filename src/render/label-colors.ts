// One background colour per label, light enough for black text in both themes of a page.

import type { Label } from '../types.js';

/**
 * Background colour of each label in the HTML output and the demo.
 *
 * @example
 * ```ts
 * for (const e of extract('زار بايدن روسيا')) console.log(e.text, LABEL_COLORS[e.label]);
 * // بايدن #ffd6a5
 * // روسيا #9bf6ff
 * ```
 */
export const LABEL_COLORS: Readonly<Record<Label, string>> = {
  PERS: '#ffd6a5',
  NORP: '#fdffb6',
  OCC: '#e4c1f9',
  ORG: '#a0c4ff',
  GPE: '#9bf6ff',
  LOC: '#caffbf',
  FAC: '#bdb2ff',
  EVENT: '#ffc6ff',
  DATE: '#d0f4de',
  TIME: '#b8e0d2',
  CARDINAL: '#e9ecef',
  ORDINAL: '#dee2e6',
  PERCENT: '#fcd5ce',
  QUANTITY: '#f8edeb',
  UNIT: '#ece4db',
  MONEY: '#b9fbc0',
  CURR: '#98f5e1',
  LANGUAGE: '#f1c0e8',
  PRODUCT: '#cfbaf0',
  LAW: '#ffadad',
  WEBSITE: '#90dbf4',
};
