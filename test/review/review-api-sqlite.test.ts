import { appDatabase } from '../support/app-database';
import { defineReviewApiSuite, importReviewRoutes } from './review-api-suite';

const limits = { POSTWRIGHT_RATE_LIMIT_WRITE: '12', POSTWRIGHT_RATE_LIMIT_DIFF: '5' };
defineReviewApiSuite('SQLite', appDatabase('SQLite', 'review_api', limits)(importReviewRoutes), 12, 5);
