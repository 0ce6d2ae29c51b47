import { appDatabase } from '../support/app-database';
import { defineLogoApiSuite, importLogoRoutes } from './logo-api-suite';

defineLogoApiSuite('PostgreSQL', appDatabase('PostgreSQL', 'logo')(importLogoRoutes));
