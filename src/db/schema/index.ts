export * from './activities';
export * from './financing';
export * from './governance';
export * from './networks';
export * from './organisations';
export * from './plans';
export * from './reference';
export * from './statistics';
