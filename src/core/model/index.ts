// The engine's types, re-exported from one place.
export * from './facts';
