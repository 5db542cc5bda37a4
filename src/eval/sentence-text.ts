// Rebuilds a sentence's text from its tokens, keeping each token's character span, so
// that character-offset entities can be mapped back onto gold tokens.

/** A token's half-open UTF-16 span in the rebuilt sentence text. */
export interface TokenSpan {
  start: number;
  end: number;
}

/** The rebuilt text and one span per token. */
export interface SentenceText {
  text: string;
  spans: TokenSpan[];
}

/**
 * Joins tokens with single spaces. The corpora keep no original spacing, so this is the
 * closest text available; for clitic-split corpora (FANE) it yields `و هي`, which the
 * scorer handles because it compares token spans, not strings.
 */
export function buildSentenceText(tokens: readonly string[]): SentenceText {
  const spans: TokenSpan[] = [];
  let offset = 0;
  for (const token of tokens) {
    spans.push({ start: offset, end: offset + token.length });
    offset += token.length + 1;
  }
  return { text: tokens.join(' '), spans };
}
