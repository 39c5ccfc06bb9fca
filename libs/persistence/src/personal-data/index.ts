export * from './iin-cipher';
export * from './secret-box';
