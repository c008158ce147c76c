// Storage entry: open the database and get the annotation repository.
export { createDb, DB_NAME } from './db';
export type { ClaimlightDb, DbDeps } from './db';
export { createRepository } from './repository';
export type { RepositoryOptions } from './repository';
export type { AnnotationQuery, AnnotationListResult, ImportResult, AnnotationRepository } from './repository-types';
