/** A worker pool's queue is full: the client should come back in `retryAfterSeconds` (a 503 with Retry-After). */
export class PoolBusyError extends Error {
  constructor(
    readonly retryAfterSeconds: number,
    message: string,
  ) {
    super(message);
    this.name = 'PoolBusyError';
  }
}
