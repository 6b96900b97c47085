// PostGraphile v5 over GridGov's database, for the benchmark comparison (see README.md).
//
// Connects as the unprivileged gridgov_app (env DATABASE_URL), exposes the `public` schema and
// scopes every request to the tenant named by the `x-tenant-id` header: PostGraphile runs each
// request in a transaction that first does set_config('app.tenant_id', <header>, true), so
// GridGov's row-level-security policies apply exactly as they do to GridGov's own queries.
// No authentication (no JWT): the header is trusted, as the runner is the only client.
import { makePgService } from "postgraphile/adaptors/pg";
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { PostGraphileConnectionFilterPreset } from "postgraphile-plugin-connection-filter";

const databaseUrl = process.env.DATABASE_URL;
if (!databaseUrl) {
  throw new Error("DATABASE_URL is not set (postgres://gridgov_app@127.0.0.1:5432/gridgov_bench)");
}

/** @type {GraphileConfig.Preset} */
const preset = {
  extends: [PostGraphileAmberPreset, PostGraphileConnectionFilterPreset],
  // By default v5 offers conditions, filters and orders only on indexed columns; the dashboard
  // filters on residents.status and party_members.left_on, which have no index (as v4's
  // --no-ignore-indexes).
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: databaseUrl,
      schemas: ["public"],
      // Same pool size as GridGov's default (database.max_connections = 16).
      poolConfig: { max: Number(process.env.PG_POOL_MAX ?? 16) },
      // Per request: the tenant for row-level security. Without the header the setting is
      // empty and the policies show nothing.
      pgSettings(requestContext) {
        const header = requestContext.node?.req?.headers["x-tenant-id"];
        const tenant = Array.isArray(header) ? header[0] : header;
        return { "app.tenant_id": tenant ?? "" };
      },
    }),
  ],
  schema: {
    // Filters on related tables (W1's key-group counts, W2's parent category).
    connectionFilterRelations: true,
    connectionFilterComputedColumns: false,
    connectionFilterSetofFunctions: false,
    connectionFilterArrays: false,
    // Production: no schema export, no introspection-time warnings as errors.
    exportSchemaSDLPath: undefined,
  },
  grafast: {
    // Production: no EXPLAIN in responses.
    explain: false,
  },
  grafserv: {
    host: process.env.HOST ?? "127.0.0.1",
    port: Number(process.env.PORT ?? 5678),
    graphqlPath: "/graphql",
    graphiql: false,
    graphiqlOnGraphQLGET: false,
    graphqlOverGET: false,
    watch: false,
    websockets: false,
    // Like GridGov's 1 MiB body limit.
    maxRequestLength: 1024 * 1024,
  },
};

export default preset;
