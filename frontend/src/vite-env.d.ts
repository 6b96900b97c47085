/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** GraphQL endpoint; defaults to the same origin's /graphql. */
  readonly VITE_GRAPHQL_URL?: string;
  /** Where import files are posted; defaults to the same origin's /uploads. */
  readonly VITE_UPLOAD_URL?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}
