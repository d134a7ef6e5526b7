import { Agent as HttpAgent } from "node:http";
import { Agent as HttpsAgent } from "node:https";
import { EC2Client } from "@aws-sdk/client-ec2";
import { ECRClient } from "@aws-sdk/client-ecr";
import { IAMClient } from "@aws-sdk/client-iam";
import { OrganizationsClient } from "@aws-sdk/client-organizations";
import { ResourceGroupsTaggingAPIClient } from "@aws-sdk/client-resource-groups-tagging-api";
import { S3Client } from "@aws-sdk/client-s3";
import { SageMakerClient, type SageMakerClientConfig } from "@aws-sdk/client-sagemaker";
import { STSClient } from "@aws-sdk/client-sts";
import { type CallLayer, installCallLayer, type MiddlewareHost } from "./call-layer.js";
import type { CredentialProvider } from "./credentials.js";
import type { CollectorService } from "./operations.js";

const CLIENTS = {
  sts: STSClient,
  organizations: OrganizationsClient,
  ec2: EC2Client,
  iam: IAMClient,
  s3: S3Client,
  ecr: ECRClient,
  tagging: ResourceGroupsTaggingAPIClient,
  sagemaker: SageMakerClient,
} as const satisfies Record<CollectorService, unknown>;

export type Clients = { [S in CollectorService]: InstanceType<(typeof CLIENTS)[S]> };

/** The request handler every client shares (tests inject a fake one). */
export type RequestHandler = SageMakerClientConfig["requestHandler"];

export interface ClientSettings {
  layer: CallLayer;
  /** Client settings resolved once for all clients (see `resolveSdkSettings`). */
  shared?: Record<string, unknown>;
  /** An explicit endpoint for every service (the emulator); without it the SDK honours `AWS_ENDPOINT_URL[_<SERVICE>]`. */
  endpoint?: string;
  requestHandler?: RequestHandler;
}

/** Where a client's calls are made: whose credentials, which account-region they count against. */
export interface ClientScope {
  /** The account the credentials act in (or a label before it is known). */
  accountId: string;
  region: string;
  credentials: CredentialProvider;
}

/**
 * One SDK client per (account, region, service), created on first use and reused for the whole scan: the SDK's
 * adaptive retry state and the connection pool live in the client, so a client per call would throw both away.
 */
export class ClientPool {
  private readonly clients = new Map<string, Clients[CollectorService]>();
  private readonly requestHandler: RequestHandler;

  constructor(private readonly settings: ClientSettings) {
    // One keep-alive pool across all clients: thousands of clients must not each hold their own sockets.
    this.requestHandler = settings.requestHandler ?? {
      httpAgent: new HttpAgent({ keepAlive: true, maxSockets: 256 }),
      httpsAgent: new HttpsAgent({ keepAlive: true, maxSockets: 256 }),
    };
  }

  get<S extends CollectorService>(service: S, scope: ClientScope): Clients[S] {
    const key = `${scope.accountId}|${scope.region}|${service}`;
    let client = this.clients.get(key) as Clients[S] | undefined;
    if (!client) {
      client = this.create(service, scope);
      this.clients.set(key, client);
    }
    return client;
  }

  destroy(): void {
    for (const client of this.clients.values()) client.destroy();
    this.clients.clear();
  }

  private create<S extends CollectorService>(service: S, scope: ClientScope): Clients[S] {
    const { endpoint, shared } = this.settings;
    const config: Record<string, unknown> = {
      ...shared,
      region: scope.region,
      credentials: scope.credentials,
      requestHandler: this.requestHandler,
      // One attempt per SDK call: retrying is the call layer's, paced per operation (see call-layer.ts).
      maxAttempts: 1,
      retryMode: "standard",
      ...(endpoint ? { endpoint } : {}),
    };
    // A custom endpoint has no per-bucket DNS names: address buckets by path.
    if (service === "s3") {
      config.forcePathStyle = Boolean(endpoint ?? endpointFromEnvironment("S3"));
      config.followRegionRedirects = true;
    }
    const Client = CLIENTS[service] as unknown as new (config: Record<string, unknown>) => Clients[S];
    const client = new Client(config);
    installCallLayer(
      client as unknown as MiddlewareHost,
      this.settings.layer,
      `${scope.accountId}|${scope.region}`,
      service,
    );
    return client;
  }
}

/**
 * Settings the SDK would otherwise look up for every new client, in the environment and then the shared config
 * files — thousands of clients in an organization-wide scan: the same values, resolved once. `maxAttempts` is
 * the user's (`AWS_MAX_ATTEMPTS`, `max_attempts`), for the call layer's retries.
 */
export async function resolveSdkSettings(
  region: string,
  profile?: string,
): Promise<{ client: Record<string, unknown>; maxAttempts: number }> {
  const probe = new STSClient({ region, ...(profile ? { profile } : {}) });
  try {
    const { config } = probe;
    const userAgentAppId = await resolve(config.userAgentAppId);
    return {
      client: {
        ...(profile ? { profile } : {}),
        useFipsEndpoint: await resolve(config.useFipsEndpoint),
        useDualstackEndpoint: await resolve(config.useDualstackEndpoint),
        authSchemePreference: await resolve(config.authSchemePreference),
        userAgentAppId: () => Promise.resolve(userAgentAppId),
      },
      maxAttempts: await resolve(config.maxAttempts),
    };
  } finally {
    probe.destroy();
  }
}

function resolve<T>(value: T | (() => Promise<T>)): Promise<T> {
  return typeof value === "function" ? (value as () => Promise<T>)() : Promise.resolve(value);
}

/** The endpoint override the SDK itself would pick up from the environment for a service id such as `S3`. */
export function endpointFromEnvironment(serviceId: string): string | undefined {
  if (process.env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS === "true") return undefined;
  return process.env[`AWS_ENDPOINT_URL_${serviceId}`] || process.env.AWS_ENDPOINT_URL || undefined;
}
