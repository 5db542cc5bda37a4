// The bare pass kashf's throughput is compared with: a regex tokenization into runs of letters
// or digits and single other characters. Plain JavaScript, so that a benchmark process can
// load it without a TypeScript loader (see bench-child.mjs).

/** Runs of letters or digits, or one other non-space character. */
const BARE_TOKEN = /[\p{L}\p{N}]+|[^\s\p{L}\p{N}]/gu;

/**
 * Runs the bare regex tokenization over the documents; returns the number of tokens.
 * @param {readonly string[]} documents
 * @returns {number}
 */
export function countBareTokens(documents) {
  let tokens = 0;
  for (const doc of documents) {
    BARE_TOKEN.lastIndex = 0;
    while (BARE_TOKEN.exec(doc) !== null) tokens++;
  }
  return tokens;
}
