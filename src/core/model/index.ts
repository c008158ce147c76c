// The engine's and the annotations' types, re-exported from one place.
export * from './facts';
export * from './annotation';
