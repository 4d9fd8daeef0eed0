export * from './articles';
export * from './live';
export { DATABASE_NAME, ParallaxDb, SCHEMA, openDatabase, type SchemaVersion } from './schema';
export type * from './types';
export * from './errors';
export * from './coverage';
export * from './event-articles';
