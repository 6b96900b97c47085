//! Checks on the document before anything runs: at most N aliases (the depth and complexity
//! limits are the schema's own), and stable error codes for documents that do not parse or
//! validate. A mutation document also marks the request as one that writes.

use super::context::RequestCtx;
use crate::error::ErrorCode;
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextValidation,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType, Selection, SelectionSet};
use async_graphql::{ServerError, ServerResult, ValidationResult, Variables};
use std::sync::Arc;

pub struct DocumentPolicy {
    pub max_aliases: usize,
    pub max_depth: usize,
}

impl ExtensionFactory for DocumentPolicy {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentPolicyExtension {
            max_aliases: self.max_aliases,
            max_depth: self.max_depth,
        })
    }
}

struct DocumentPolicyExtension {
    max_aliases: usize,
    max_depth: usize,
}

pub fn with_code(mut error: ServerError, code: ErrorCode) -> ServerError {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    extensions.set("code", code.as_str());
    error
}

fn count_aliases(set: &SelectionSet) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(field) => {
                usize::from(field.node.alias.is_some())
                    + count_aliases(&field.node.selection_set.node)
            }
            Selection::InlineFragment(fragment) => count_aliases(&fragment.node.selection_set.node),
            Selection::FragmentSpread(_) => 0,
        })
        .sum()
}

/// The depth of a selection set, following fragment spreads. Introspection fields (`__…`)
/// do not count: GraphiQL's introspection query is deep by nature and bounded by the schema.
fn depth_of(
    set: &SelectionSet,
    document: &ExecutableDocument,
    visiting: &mut Vec<String>,
) -> usize {
    set.items
        .iter()
        .map(|item| match &item.node {
            Selection::Field(field) if field.node.name.node.starts_with("__") => 0,
            Selection::Field(field) => {
                1 + depth_of(&field.node.selection_set.node, document, visiting)
            }
            Selection::InlineFragment(fragment) => {
                depth_of(&fragment.node.selection_set.node, document, visiting)
            }
            Selection::FragmentSpread(spread) => {
                let name = spread.node.fragment_name.node.to_string();
                // A fragment cycle is refused by validation; here it only must not recurse forever.
                if visiting.contains(&name) {
                    return 0;
                }
                let Some(fragment) = document.fragments.get(&spread.node.fragment_name.node) else {
                    return 0;
                };
                visiting.push(name);
                let depth = depth_of(&fragment.node.selection_set.node, document, visiting);
                visiting.pop();
                depth
            }
        })
        .max()
        .unwrap_or(0)
}

fn aliases_in(document: &ExecutableDocument) -> usize {
    let operations: usize = document
        .operations
        .iter()
        .map(|(_, op)| count_aliases(&op.node.selection_set.node))
        .sum();
    let fragments: usize = document
        .fragments
        .values()
        .map(|f| count_aliases(&f.node.selection_set.node))
        .sum();
    operations + fragments
}

#[async_trait::async_trait]
impl Extension for DocumentPolicyExtension {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next
            .run(ctx, query, variables)
            .await
            .map_err(|e| with_code(e, ErrorCode::GraphqlParseFailed))?;
        let aliases = aliases_in(&document);
        if aliases > self.max_aliases {
            return Err(with_code(
                ServerError::new(
                    format!(
                        "the document has {aliases} aliases; at most {} are allowed",
                        self.max_aliases
                    ),
                    None,
                ),
                ErrorCode::QueryRejected,
            ));
        }
        let depth = document
            .operations
            .iter()
            .map(|(_, op)| depth_of(&op.node.selection_set.node, &document, &mut Vec::new()))
            .max()
            .unwrap_or(0);
        if depth > self.max_depth {
            return Err(with_code(
                ServerError::new(
                    format!(
                        "the document is nested {depth} deep; at most {} is allowed",
                        self.max_depth
                    ),
                    None,
                ),
                ErrorCode::QueryRejected,
            ));
        }
        let writes = document
            .operations
            .iter()
            .any(|(_, op)| op.node.ty == OperationType::Mutation);
        if writes && let Some(rc) = ctx.data_opt::<Arc<RequestCtx>>() {
            rc.db.expect_writes();
        }
        Ok(document)
    }

    async fn validation(
        &self,
        ctx: &ExtensionContext<'_>,
        next: NextValidation<'_>,
    ) -> Result<ValidationResult, Vec<ServerError>> {
        next.run(ctx).await.map_err(|errors| {
            errors
                .into_iter()
                .map(|e| {
                    let limit = e.message.contains("too complex");
                    with_code(
                        e,
                        if limit {
                            ErrorCode::QueryRejected
                        } else {
                            ErrorCode::GraphqlValidationFailed
                        },
                    )
                })
                .collect()
        })
    }
}
