// Reads CoNLL text (`TOKEN<TAB>TAG` per line, blank line between sentences) from a string.
// Node-free on purpose: the caller reads the file, so the scorer also runs in a browser.

/** One sentence of a CoNLL file: parallel arrays of tokens and their tags. */
export interface ConllSentence {
  tokens: string[];
  tags: string[];
  /** 1-based line number of the sentence's first token, for error messages. */
  line: number;
}

/**
 * Splits CoNLL text into sentences. The tag is the last whitespace-separated field
 * (so `TOKEN TAG` with a space also works); `\r\n` line ends are accepted.
 * Throws on a non-blank line with fewer than two fields.
 */
export function parseConll(source: string): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let current: ConllSentence | undefined;
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] as string).replace(/\r$/, '');
    if (line.trim() === '') {
      if (current) sentences.push(current);
      current = undefined;
      continue;
    }
    const tab = line.lastIndexOf('\t');
    const cut = tab >= 0 ? tab : line.lastIndexOf(' ');
    if (cut <= 0) throw new Error(`CoNLL line ${i + 1}: expected "TOKEN<TAB>TAG", got ${JSON.stringify(line)}`);
    // Only the first field is the token; middle columns (if any) are ignored.
    const first = line.search(/[\t ]/);
    const token = line.slice(0, first > 0 ? first : cut);
    const tag = line.slice(cut + 1).trim();
    if (!current) current = { tokens: [], tags: [], line: i + 1 };
    current.tokens.push(token);
    current.tags.push(tag);
  }
  if (current) sentences.push(current);
  return sentences;
}
