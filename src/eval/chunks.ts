// BIO tags ⇄ chunks (typed token ranges), with conlleval's reading of ill-formed tags.

/** A typed run of tokens: token indices `[start, end)` within one sentence. */
export interface Chunk {
  start: number;
  end: number;
  type: string;
}

function splitTag(tag: string): { prefix: string; type: string } {
  if (tag === 'O' || tag === '') return { prefix: 'O', type: '' };
  const dash = tag.indexOf('-');
  // A bare type (`PER`) reads as a continuation, like conlleval's default.
  if (dash < 0) return { prefix: 'I', type: tag };
  return { prefix: tag.slice(0, dash), type: tag.slice(dash + 1) };
}

/**
 * Reads chunks from BIO (also IOBES) tags the way conlleval does: `B-X` and `S-X` start a
 * chunk; `I-X`/`E-X` continue one only when the previous token is inside a chunk of the
 * same type, and otherwise start a new chunk (so `O I-PER` counts as a PER chunk).
 */
export function chunksFromTags(tags: readonly string[]): Chunk[] {
  const chunks: Chunk[] = [];
  let open: Chunk | undefined;
  let previousPrefix = 'O';
  for (let i = 0; i < tags.length; i++) {
    const { prefix, type } = splitTag(tags[i] as string);
    if (prefix === 'O') {
      open = undefined;
    } else {
      const continues =
        open !== undefined &&
        open.type === type &&
        (prefix === 'I' || prefix === 'E') &&
        previousPrefix !== 'E' &&
        previousPrefix !== 'S';
      if (continues && open) {
        open.end = i + 1;
      } else {
        open = { start: i, end: i + 1, type };
        chunks.push(open);
      }
    }
    previousPrefix = prefix;
  }
  return chunks;
}

/** Writes chunks as BIO tags over `length` tokens. Chunks must not overlap. */
export function tagsFromChunks(chunks: readonly Chunk[], length: number): string[] {
  const tags: string[] = new Array<string>(length).fill('O');
  for (const chunk of chunks) {
    for (let i = chunk.start; i < chunk.end; i++) tags[i] = (i === chunk.start ? 'B-' : 'I-') + chunk.type;
  }
  return tags;
}
