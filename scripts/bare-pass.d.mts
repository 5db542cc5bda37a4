/** Runs the bare regex tokenization over the documents; returns the number of tokens. */
export function countBareTokens(documents: readonly string[]): number;
