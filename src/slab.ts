// Typed-array columns for one document, carved out of a shared buffer. A fresh ArrayBuffer
// per document costs a backing-store allocation and its bookkeeping (zeroing, external-memory
// accounting, a finalizer for the collector), which shows on short documents; views over a
// shared slab cost one small object each. Regions are never reused: a slab is freed when no
// document holds a view of it, so a retained document keeps at most one slab alive.

const SLAB_BYTES = 1 << 17;

let slab = new ArrayBuffer(SLAB_BYTES);
let used = 0;

/**
 * A zeroed region of `bytes` bytes (rounded up to a multiple of 8) as a buffer and its byte
 * offset. Requests larger than a quarter slab get a buffer of their own.
 */
export function takeRegion(bytes: number): { buffer: ArrayBuffer; offset: number } {
  const size = (bytes + 7) & ~7;
  if (size > SLAB_BYTES >> 2) return { buffer: new ArrayBuffer(size), offset: 0 };
  if (used + size > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    used = 0;
  }
  const offset = used;
  used += size;
  return { buffer: slab, offset };
}
