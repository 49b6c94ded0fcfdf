import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import type { GraphQLObjectType } from 'graphql';
import { createSchema } from './schema.ts';

describe('deny by default', () => {
  it('every query, mutation and subscription declares who may call it', async () => {
    const schema = await createSchema();
    const roots = [
      schema.getQueryType(),
      schema.getMutationType(),
      schema.getSubscriptionType(),
    ].filter((type): type is GraphQLObjectType => Boolean(type));
    const unmarked: string[] = [];
    let checked = 0;
    for (const root of roots) {
      for (const field of Object.values(root.getFields())) {
        checked += 1;
        const access = field.extensions.access as { public?: true; actors?: string[] } | undefined;
        if (!access || (!access.public && (access.actors ?? []).length === 0))
          unmarked.push(`${root.name}.${field.name}`);
      }
    }
    expect(checked).toBeGreaterThan(0);
    expect(unmarked).toEqual([]);
  });
});

describe('terms gate', () => {
  it('only the operations that show and accept the terms answer before they are accepted', async () => {
    const schema = await createSchema();
    const open: string[] = [];
    for (const root of [schema.getQueryType(), schema.getMutationType()]) {
      for (const field of Object.values(root?.getFields() ?? {})) {
        const access = field.extensions.access as { beforeTerms?: true } | undefined;
        if (access?.beforeTerms) open.push(`${root?.name ?? ''}.${field.name}`);
      }
    }
    // Adding an operation here is a deliberate decision: it answers people who have not agreed.
    expect(open.sort()).toEqual([
      'Mutation.acceptCitizenTerms',
      'Mutation.acceptStaffTerms',
      'Mutation.keepSessionAlive',
      'Query.citizenMe',
      'Query.sessionStatus',
      'Query.staffMe',
    ]);
  });
});
