export * from './iin-cipher';
