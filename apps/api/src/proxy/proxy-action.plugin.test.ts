import { parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { succeededMutations } from './proxy-action.plugin.ts';

const op = (source: string) => parse(source).definitions[0] as OperationDefinitionNode;

describe('succeededMutations', () => {
  it('names each root mutation that answered without an error under it', () => {
    const operation = op(
      'mutation { a: setCaseArchived(input: {}) { id } markCaseRead(caseId: "x") { id } }',
    );
    expect(
      succeededMutations(operation, { a: { id: '1' }, markCaseRead: { id: '1' } }, []),
    ).toEqual(['setCaseArchived', 'markCaseRead']);
  });

  it('leaves out a field that failed or answered null', () => {
    const operation = op(
      'mutation { markCaseRead(caseId: "x") { id } replyToCase(input: {}) { id } }',
    );
    expect(
      succeededMutations(operation, { markCaseRead: null, replyToCase: { id: '1' } }, []),
    ).toEqual(['replyToCase']);
    expect(
      succeededMutations(operation, { markCaseRead: { id: '1' }, replyToCase: { id: '1' } }, [
        ['replyToCase', 'id'],
      ]),
    ).toEqual(['markCaseRead']);
  });

  it('records nothing for queries or an operation without data', () => {
    expect(succeededMutations(op('{ inbox { unreadCount } }'), { inbox: {} }, [])).toEqual([]);
    expect(
      succeededMutations(op('mutation { markCaseRead(caseId: "x") { id } }'), null, []),
    ).toEqual([]);
  });
});
