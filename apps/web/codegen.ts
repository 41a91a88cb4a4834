import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is printed by the API (apps/api/src/schema/print-schema.ts); operations live next to the
// features that use them, written with the generated `graphql()` function.
const config: CodegenConfig = {
  schema: 'src/graphql/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/graphql/generated/**/*'],
  ignoreNoDocuments: false,
  generates: {
    'src/graphql/generated/': {
      preset: 'client',
      // No index.ts barrel: imports name the file they need (gql.ts or graphql.ts).
      presetConfig: { fragmentMasking: false, skipIndexFile: true },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        strictScalars: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
