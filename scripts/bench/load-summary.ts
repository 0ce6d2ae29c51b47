import type autocannon from 'autocannon';
import { round } from './stats';

/** An autocannon run as the report gives it: throughput, latency and whatever did not answer 2xx. */
export const loadSummary = (result: Awaited<ReturnType<typeof autocannon>>) => ({
  requestsPerSecond: round(result.requests.average, 0),
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  requests: result.requests.total,
  non2xx: result.non2xx,
  errors: result.errors + result.timeouts,
});
