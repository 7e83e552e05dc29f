export * from './volumes';
