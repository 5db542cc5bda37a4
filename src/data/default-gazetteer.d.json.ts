// Type of the generated default gazetteer (declared by hand so the compiler does not infer
// a type from megabytes of JSON).
import type { GazetteerEntry } from '../types.js';

declare const data: {
  profile: string;
  version: string;
  entries: GazetteerEntry[];
};
export default data;
