import { appDatabase } from '../support/app-database';
import { defineApprovalApiSuite } from './approval-api-suite';
import { defineJobsApiSuite, importCandidateRoutes, TEST_READ_LIMIT } from './jobs-api-suite';

// The candidate's side (public jobs API, approval before publishing) on one database.
const load = appDatabase('PostgreSQL', 'jobs', { POSTWRIGHT_RATE_LIMIT_READ: String(TEST_READ_LIMIT) })(
  importCandidateRoutes,
);
defineJobsApiSuite('PostgreSQL', load);
defineApprovalApiSuite('PostgreSQL', load);
