import { appDatabase } from '../support/app-database';
import { defineTranslationSuite, importTranslationRoutes } from './translations-suite';

const load = appDatabase('SQLite', 'translations', { POSTWRIGHT_RATE_LIMIT_CREATE: '1000' })(importTranslationRoutes);
defineTranslationSuite('SQLite', load);
