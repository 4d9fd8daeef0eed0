export * from './protocol';
export * from './schemas';
export * from './sender';
export * from './handlers';
