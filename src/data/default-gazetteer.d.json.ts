// Type of the generated default gazetteer (declared by hand so the compiler does not infer
// a type from megabytes of JSON).
import type { PrecompiledEntry } from '../gazetteer/compile-gazetteer.js';

declare const data: {
  profile: string;
  version: string;
  /** Expressions in which a place name names no place (gazetteers/place-idioms.txt). */
  idioms: string[];
  entries: PrecompiledEntry[];
};
export default data;
