/** The extractors the benchmark compares, in the order their indices name them. */
export const VARIANTS: readonly string[];
