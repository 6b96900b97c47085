import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed documents from the server's exported SDL. Run `npm run codegen` after
// `api/schema.graphql` or any `graphql(...)` document under src/ changes.
const config: CodegenConfig = {
  schema: '../api/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: {
        useTypeImports: true,
        // Documents are plain strings: the fetch client posts them as-is and
        // no GraphQL parser ships to the browser.
        documentMode: 'string',
        enumsAsTypes: true,
        scalars: { JSON: 'unknown', DateTime: 'string', NaiveDate: 'string', Upload: 'File' },
        strictScalars: true,
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
