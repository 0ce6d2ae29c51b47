import { appDatabase } from '../support/app-database';
import { defineLogoApiSuite, importLogoRoutes } from './logo-api-suite';

defineLogoApiSuite('SQLite', appDatabase('SQLite', 'logo')(importLogoRoutes));
