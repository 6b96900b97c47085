// Serves PostGraphile (graphile.config.mjs) on env PORT (default 5678), POST /graphql.
import { createServer } from "node:http";
import { postgraphile } from "postgraphile";
import { grafserv } from "postgraphile/grafserv/node";
import preset from "./graphile.config.mjs";

const pgl = postgraphile(preset);
const serv = pgl.createServ(grafserv);
const server = createServer();
server.on("error", (e) => {
  console.error(e);
  process.exit(1);
});
await serv.addTo(server);
// Build the schema before taking requests, so the first requests are not slowed by it.
await pgl.getSchemaResult();
const { host, port } = preset.grafserv;
server.listen(port, host, () => {
  console.log(`PostGraphile listening on http://${host}:${port}/graphql`);
});
const stop = async () => {
  server.close();
  await pgl.release();
  process.exit(0);
};
process.on("SIGTERM", stop);
process.on("SIGINT", stop);
