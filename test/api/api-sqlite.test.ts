import { appDatabase } from '../support/app-database';
import { defineApiSuite, importRoutes } from './api-suite';

defineApiSuite('SQLite', appDatabase('SQLite', 'api', { POSTWRIGHT_RATE_LIMIT_CREATE: '5' })(importRoutes));
