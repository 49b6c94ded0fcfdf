export * from './localized-text.ts';
export * from './form-definition.ts';
export * from './form-definition.schema.ts';
export * from './form-problems.ts';
export * from './clinic-options.ts';
export * from './answer-validator.ts';
export * from './date-rules.ts';
export * from './national/national-case-types.ts';
