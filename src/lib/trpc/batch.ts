/**
 * The most procedure calls one request to /api/trpc may carry. The server refuses larger
 * batches (400) and the browser's batch link splits its calls into requests of at most this.
 */
export const MAX_BATCH_SIZE = 10;
