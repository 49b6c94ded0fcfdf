import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, type ValidationRule } from 'graphql';
import type { InputRefusalReason } from '@etj/domain/api-codes';

/**
 * How deep input values may nest (objects and lists, counted from the variables). The deepest
 * real input (a form definition with groups of items and their options) is well under half.
 */
export const MAX_INPUT_DEPTH = 32;

/** What makes an input value unacceptable before any of it reaches a resolver or PostgreSQL. */
export type InputProblem = InputRefusalReason;

/**
 * A UTF-16 surrogate without its partner (`"\udfff"` in JSON is valid JSON): it has no UTF-8
 * form, so PostgreSQL refuses it like a NUL. With the `u` flag a proper pair is one code point
 * and does not match; only a lone half does.
 */
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** What is wrong with one string of the input, if anything. */
export function stringProblem(text: string): InputProblem | null {
  if (text.includes('\u0000')) return 'NUL_CHARACTER';
  if (LONE_SURROGATE.test(text)) return 'ILL_FORMED_STRING';
  return null;
}

/**
 * Walks a JSON-like value without recursion (a hostile value may nest thousands deep): too deep
 * nesting, or a NUL character or a lone surrogate in any string or key, which PostgreSQL refuses
 * in text and jsonb.
 */
export function findInputProblem(value: unknown, maxDepth = MAX_INPUT_DEPTH): InputProblem | null {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }];
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: current, depth } = next;
    if (typeof current === 'string') {
      const problem = stringProblem(current);
      if (problem) return problem;
      continue;
    }
    if (current === null || typeof current !== 'object') continue;
    if (depth >= maxDepth) return 'TOO_DEEP';
    for (const [key, item] of Object.entries(current)) {
      const problem = stringProblem(key);
      if (problem) return problem;
      stack.push({ value: item, depth: depth + 1 });
    }
  }
  return null;
}

/** The refusal for an unacceptable input: the client's fault, HTTP 400. */
export function inputRefusal(problem: InputProblem): GraphQLError {
  return new GraphQLError('BAD_USER_INPUT', {
    extensions: { code: 'BAD_USER_INPUT', reason: problem, http: { status: 400 } },
  });
}

/**
 * Checks the variables of every operation once it is known and before it runs (so before the
 * variables are coerced, which recurses): whatever the transport, GET or POST.
 */
export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    requestDidStart() {
      return Promise.resolve({
        didResolveOperation({ request }) {
          const problem = findInputProblem(request.variables ?? {});
          if (problem) throw inputRefusal(problem);
          return Promise.resolve();
        },
      });
    },
  };
}

/** The same two checks for values written into the document itself. */
export const inputLiteralsRule: ValidationRule = (context) => {
  let depth = 0;
  let reported = false;
  const report = (problem: InputProblem) => {
    if (reported) return;
    reported = true;
    context.reportError(
      new GraphQLError('BAD_USER_INPUT', {
        extensions: { code: 'BAD_USER_INPUT', reason: problem },
      }),
    );
  };
  const nest = {
    enter() {
      depth += 1;
      if (depth > MAX_INPUT_DEPTH) report('TOO_DEEP');
    },
    leave() {
      depth -= 1;
    },
  };
  return {
    ObjectValue: nest,
    ListValue: nest,
    StringValue(node) {
      const problem = stringProblem(node.value);
      if (problem) report(problem);
    },
  };
};
