import { appDatabase } from '../support/app-database';
import { definePublishApiSuite, importPublishRoutes } from './publish-api-suite';

definePublishApiSuite('SQLite', appDatabase('SQLite', 'publish')(importPublishRoutes));
