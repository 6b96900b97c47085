//! Checks on the document before anything runs, and stable error codes for documents that do
//! not parse or validate. The limits run in the extension's first hook, `prepare_request`:
//! a token count on the raw text, then (on the parsed document, which the request keeps so it
//! is parsed once) fragments, cycles, depth, fields, aliases, directives and control
//! characters — each linear in the document's size (`document_limits`). Only then do
//! async-graphql's own checks run, some of which expand fragments without memoising. A
//! mutation document also marks the request as one that writes.

use super::context::RequestCtx;
use super::document_limits::{self, Limits, Refusal};
use crate::error::ErrorCode;
use async_graphql::extensions::{
    Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextPrepareRequest,
    NextValidation,
};
use async_graphql::parser::types::{ExecutableDocument, OperationType};
use async_graphql::{Request, ServerError, ServerResult, ValidationResult, Variables};
use std::sync::Arc;

pub struct DocumentPolicy {
    pub limits: Limits,
}

impl ExtensionFactory for DocumentPolicy {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(DocumentPolicyExtension {
            limits: self.limits,
        })
    }
}

struct DocumentPolicyExtension {
    limits: Limits,
}

pub fn with_code(mut error: ServerError, code: ErrorCode) -> ServerError {
    let extensions = error.extensions.get_or_insert_with(Default::default);
    extensions.set("code", code.as_str());
    error
}

fn refused(refusal: &Refusal, limits: &Limits) -> ServerError {
    let code = match refusal {
        Refusal::ControlCharacter => ErrorCode::BadUserInput,
        _ => ErrorCode::QueryRejected,
    };
    with_code(ServerError::new(refusal.message(limits), None), code)
}

#[async_trait::async_trait]
impl Extension for DocumentPolicyExtension {
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        document_limits::scan(&request.query, &self.limits)
            .map_err(|r| refused(&r, &self.limits))?;
        if request.variables.iter().any(|(name, value)| {
            document_limits::value_has_control(value)
                || name.chars().any(document_limits::is_forbidden_control)
        }) {
            return Err(refused(&Refusal::ControlCharacter, &self.limits));
        }
        let limits = self.limits;
        let document = request
            .parsed_query()
            .map_err(|e| with_code(e, ErrorCode::GraphqlParseFailed))?;
        document_limits::check(document, &limits).map_err(|r| refused(&r, &limits))?;
        next.run(ctx, request).await
    }

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
