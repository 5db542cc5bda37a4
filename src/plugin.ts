// The plugin shape: a named stage that proposes candidates for a prepared document.
// Built-in optional stages (such as `kashf/latin`) and users' own stages share it.

import type { Doc } from './doc.js';
import type { Candidate } from './types.js';

/** A stage added to an extractor through `createExtractor({ plugins })`. */
export interface KashfPlugin {
  /** Short name, shown when explaining results. */
  readonly name: string;
  /**
   * Proposes candidates for a document: normalized-text offsets (`doc.norm.text`), mapped
   * back to the caller's string by kashf. Must not keep state between documents.
   */
  match(doc: Doc): Candidate[];
}
