# The two commands of the README.
#   make run   — build the frontend, start GridGov with the demo county on http://127.0.0.1:8080
#   make test  — every test: lints, unit and API tests on SQLite and on PostgreSQL + Redis,
#                schema drift, the frontend build and the browser tests.

.PHONY: run test schema

run:
	.ci/setup frontend
	cd frontend && npm run build
	cargo run -p gridgov-api -- serve --demo

test:
	.ci/test

# Regenerate the committed schema, the frontend's typed client and its copy of the error codes
# and permissions after an API change.
schema:
	cargo run -q -p gridgov-api -- export-schema --output api/schema.graphql
	cargo run -q -p gridgov-api -- export-codes --output frontend/src/api/codes.generated.ts
	cd frontend && npm run codegen
