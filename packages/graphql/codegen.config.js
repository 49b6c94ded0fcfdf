// Shared graphql-codegen config: each SPA generates typed documents from the committed
// schema.graphql (never from a running server) into its own gitignored src/gql/.
import { fileURLToPath } from 'node:url';

/** Absolute path of the committed schema the API emits. */
export const schemaPath = fileURLToPath(new URL('./schema.graphql', import.meta.url));

/**
 * The codegen config for one SPA, run from that SPA's folder.
 * @returns {import('@graphql-codegen/cli').CodegenConfig}
 */
export function spaCodegenConfig() {
  return {
    schema: schemaPath,
    documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
    ignoreNoDocuments: false,
    silent: true,
    // Formatted like the rest of the tree, so the root's `prettier --check .` passes with them
    // present; no ignore file here, because the app's .gitignore lists src/gql/.
    hooks: { afterAllFileWrite: ['prettier --write --log-level warn --ignore-path /dev/null'] },
    generates: {
      './src/gql/': {
        preset: 'client',
        presetConfig: { fragmentMasking: false },
        config: {
          enumsAsTypes: true,
          useTypeImports: true,
          strictScalars: true,
          scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
          skipTypename: false,
        },
      },
    },
  };
}
