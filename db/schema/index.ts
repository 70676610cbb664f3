export * from './settings';
export * from './committee';
export * from './units';
export * from './appointments';
export { NOW_UTC } from './common';
export * from './changeLog';
