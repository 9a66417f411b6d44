export * from './api.js';
export * from './clauses.js';
export * from './closeCodes.js';
export * from './documents.js';
export * from './ids.js';
export * from './principles.js';
export * from './roles.js';
export * from './schemas.js';
