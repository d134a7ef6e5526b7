import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import type { Snapshot } from "../snapshot/schema.js";
import { type FaultConfig, FaultInjector } from "./faults.js";
import type { WireRequest } from "./protocols/protocol.js";
import { createRouter } from "./router.js";
import { EmulatorState } from "./state.js";
import { type EmulatorStats, StatsRecorder } from "./stats.js";

export { type FaultConfig, loadFaultConfig } from "./faults.js";
export { accessKeyIdFor } from "./identity.js";
export type { EmulatorStats } from "./stats.js";

export interface EmulatorOptions {
  snapshot: Snapshot;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: "127.0.0.1";
  faults?: FaultConfig;
}

export interface Emulator {
  /** `http://127.0.0.1:<port>`: the endpoint for every client (`AWS_ENDPOINT_URL`). */
  url: string;
  port: number;
  stats(): EmulatorStats;
  stop(): Promise<void>;
}

/**
 * Serves a snapshot through the AWS wire protocols the SDK v3 clients and the AWS CLI speak, on 127.0.0.1 only.
 * The state is the emulator's own copy of the snapshot; see docs/emulator.md.
 */
export async function startEmulator(options: EmulatorOptions): Promise<Emulator> {
  const state = new EmulatorState(options.snapshot);
  const faults = new FaultInjector(options.faults);
  const stats = new StatsRecorder();
  const route = createRouter(state, faults, stats);

  const server = createServer((request, response) => {
    serve(request, response).catch((error: unknown) => response.destroy(error as Error));
  });
  async function serve(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const answer = route(await readRequest(request));
    if (faults.latencyMs > 0) await sleep(faults.latencyMs);
    response.writeHead(answer.status, { ...answer.headers, "content-length": Buffer.byteLength(answer.body) });
    response.end(answer.body);
  }

  // Keep idle connections open as AWS endpoints do, so pooled SDK sockets are reused rather than reset.
  server.keepAliveTimeout = 30_000;

  const host = options.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    stats: () => stats.snapshot(),
    stop: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        // SDK clients keep connections alive; close them so stop() returns now.
        server.closeAllConnections();
      }),
  };
}

async function readRequest(request: IncomingMessage): Promise<WireRequest> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const url = new URL(request.url ?? "/", "http://emulator");
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers))
    headers[name] = Array.isArray(value) ? value.join(",") : value;
  return {
    method: request.method ?? "GET",
    path: url.pathname,
    query: url.searchParams,
    headers,
    body: Buffer.concat(chunks).toString("utf8"),
  };
}
