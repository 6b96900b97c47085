import { graphql } from '../../gql';

export const ImportTemplatesQuery = graphql(`
  query ImportTemplates {
    importTemplates {
      kind
      fileName
      url
      csvUrl
      headers
    }
  }
`);

/** What the wizard shows of a job: progress, counts and the first row errors and warnings. */
export const ImportJobFieldsFragment = graphql(`
  fragment ImportJobFields on ImportJob {
    id
    kind
    status
    dryRun
    fileName
    totalRows
    processedRows
    createdCount
    updatedCount
    errorCount
    errors {
      row
      column
      code
    }
    warningCount
    warnings {
      row
      column
      code
    }
    failureCode
    createdAt
    finishedAt
  }
`);

/** Starts an import of an uploaded file (from `POST /uploads`). */
export const StartImportMutation = graphql(`
  mutation StartImport($input: StartImportInput!) {
    startImport(input: $input) {
      job {
        ...ImportJobFields
      }
      userErrors {
        field
        code
      }
    }
  }
`);

/** Polled while the job is queued or running. */
export const ImportJobQuery = graphql(`
  query ImportJob($id: ID!) {
    importJob(id: $id) {
      ...ImportJobFields
    }
  }
`);
