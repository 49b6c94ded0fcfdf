import { z } from 'zod';
import type { AnswerOption, ClinicOptionDeclaration, FormDefinition } from './form-definition.ts';
import { answerOptionSchema } from './form-definition.schema.ts';

export type ClinicOptionValue = boolean | string[] | AnswerOption[];

/** A clinic's settings for one case type, keyed by the definition's clinic-option keys. */
export type ClinicOptions = Readonly<Record<string, ClinicOptionValue>>;

/** The national defaults: what a clinic gets before its administrator changes anything. */
export function defaultClinicOptions(definition: FormDefinition): ClinicOptions {
  return Object.fromEntries(definition.clinicOptions.map((option) => [option.key, option.default]));
}

function valueSchema(option: ClinicOptionDeclaration): z.ZodType<ClinicOptionValue> {
  switch (option.kind) {
    case 'flag':
      return z.boolean();
    case 'selection': {
      const codes = option.choices.map((choice) => choice.code);
      return z
        .array(z.string())
        .refine((chosen) => chosen.every((code) => codes.includes(code)), 'not one of the choices')
        .refine((chosen) => new Set(chosen).size === chosen.length, 'duplicate choice');
    }
    case 'options':
      return z
        .array(answerOptionSchema)
        .min(1)
        .refine(
          (options) => new Set(options.map((o) => o.code)).size === options.length,
          'duplicate option code',
        );
  }
}

/** The zod schema of a clinic's options for `definition`; missing keys take the defaults. */
export function clinicOptionsSchema(definition: FormDefinition): z.ZodType<ClinicOptions> {
  const shape = Object.fromEntries(
    definition.clinicOptions.map((option) => [option.key, valueSchema(option).optional()]),
  );
  return z.strictObject(shape).transform((given) => {
    const resolved: Record<string, ClinicOptionValue> = {};
    for (const option of definition.clinicOptions) {
      resolved[option.key] = given[option.key] ?? option.default;
    }
    return resolved;
  });
}

export type ClinicOptionsResult =
  { ok: true; value: ClinicOptions } | { ok: false; problems: { path: string; message: string }[] };

/** Checks stored or submitted clinic options against the definition and fills in defaults. */
export function parseClinicOptions(definition: FormDefinition, raw: unknown): ClinicOptionsResult {
  const result = clinicOptionsSchema(definition).safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    })),
  };
}
