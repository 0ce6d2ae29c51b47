import { appDatabase } from '../support/app-database';
import { definePublishApiSuite, importPublishRoutes } from './publish-api-suite';

definePublishApiSuite('PostgreSQL', appDatabase('PostgreSQL', 'publish')(importPublishRoutes));
