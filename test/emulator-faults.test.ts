import { DescribeVpcsCommand, EC2Client } from "@aws-sdk/client-ec2";
import { GetAccountAuthorizationDetailsCommand, IAMClient } from "@aws-sdk/client-iam";
import { ListBucketsCommand, S3Client } from "@aws-sdk/client-s3";
import { DescribeNotebookInstanceCommand, ListModelsCommand, SageMakerClient } from "@aws-sdk/client-sagemaker";
import { GetCallerIdentityCommand, STSClient } from "@aws-sdk/client-sts";
import { afterEach, describe, expect, it } from "vitest";
import { type Emulator, type FaultConfig, startEmulator } from "../src/emulator/index.js";
import { clientConfig, failure, instantRetries } from "./helpers/emulator.js";
import { emulatorEstate, MANAGEMENT, MEMBER } from "./helpers/emulator-estate.js";

const running: Emulator[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((emulator) => emulator.stop()));
});

async function emulate(faults: FaultConfig): Promise<Emulator> {
  const emulator = await startEmulator({ snapshot: emulatorEstate(), faults });
  running.push(emulator);
  return emulator;
}

const describeNotebook = (i: number) =>
  new DescribeNotebookInstanceCommand({ NotebookInstanceName: `nb-${String((i % 12) + 1).padStart(2, "0")}` });

describe("injected AccessDenied", () => {
  it("answers the denied operation, in the named account and region only, with each protocol's code", async () => {
    const emulator = await emulate({
      deny: [
        { service: "sagemaker", operation: "ListModels", account: MEMBER, region: "us-east-1" },
        { service: "ec2", operation: "DescribeVpcs" },
        { service: "iam", operation: "GetAccountAuthorizationDetails" },
        { service: "s3", operation: "ListBuckets" },
      ],
    });
    const member = clientConfig(emulator, MEMBER);
    const denied = await failure(new SageMakerClient(member).send(new ListModelsCommand({})));
    expect([denied.name, denied.$metadata.httpStatusCode, denied.message]).toEqual([
      "AccessDeniedException",
      400,
      `User: arn:aws:iam::${MEMBER}:root is not authorized to perform: sagemaker:ListModels because no identity-based policy allows the sagemaker:ListModels action`,
    ]);
    await new SageMakerClient(clientConfig(emulator, MANAGEMENT)).send(new ListModelsCommand({}));
    await new SageMakerClient({ ...member, region: "eu-west-1" }).send(new ListModelsCommand({}));

    const ec2 = await failure(new EC2Client(member).send(new DescribeVpcsCommand({})));
    expect([ec2.name, ec2.$metadata.httpStatusCode]).toEqual(["UnauthorizedOperation", 403]);
    const iam = await failure(new IAMClient(member).send(new GetAccountAuthorizationDetailsCommand({})));
    expect([iam.name, iam.$metadata.httpStatusCode]).toEqual(["AccessDenied", 403]);
    const s3 = await failure(new S3Client({ ...member, forcePathStyle: true }).send(new ListBucketsCommand({})));
    expect([s3.name, s3.$metadata.httpStatusCode]).toEqual(["AccessDenied", 403]);
    expect(s3.message).toContain("s3:ListAllMyBuckets");

    expect(emulator.stats().denied).toEqual({
      "sagemaker:ListModels": 1,
      "ec2:DescribeVpcs": 1,
      "iam:GetAccountAuthorizationDetails": 1,
      "s3:ListBuckets": 1,
    });
  });
});

describe("injected throttling", () => {
  it("answers with each protocol's throttling error once the bucket is empty", async () => {
    const emulator = await emulate({ rateLimits: [{ tps: 0.001, burst: 1 }] });
    const config = clientConfig(emulator, MANAGEMENT);
    const cases = [
      [new SageMakerClient(config), () => new ListModelsCommand({}), "ThrottlingException", 400],
      [new STSClient(config), () => new GetCallerIdentityCommand({}), "Throttling", 400],
      [new EC2Client(config), () => new DescribeVpcsCommand({}), "RequestLimitExceeded", 503],
      [new S3Client({ ...config, forcePathStyle: true }), () => new ListBucketsCommand({}), "SlowDown", 503],
    ] as const;
    for (const [client, command, name, status] of cases) {
      const send = (client as { send(command: unknown): Promise<unknown> }).send.bind(client);
      await send(command());
      const error = await failure(send(command()));
      expect([error.name, error.$metadata.httpStatusCode]).toEqual([name, status]);
    }
  });

  it("is retried by the SDK's own standard retry strategy until the call succeeds", async () => {
    const emulator = await emulate({ rateLimits: [{ operation: "DescribeNotebookInstance", tps: 10, burst: 1 }] });
    const client = new SageMakerClient({
      ...clientConfig(emulator, MANAGEMENT),
      retryMode: "standard",
      maxAttempts: 10,
    });
    const results = [];
    for (let i = 0; i < 3; i++) results.push(await client.send(describeNotebook(i)));
    expect(results.map((r) => r.NotebookInstanceName)).toEqual(["nb-01", "nb-02", "nb-03"]);
    const { throttles, calls } = emulator.stats();
    expect(throttles["sagemaker:DescribeNotebookInstance"]).toBeGreaterThan(0);
    expect(results.reduce((sum, r) => sum + (r.$metadata.attempts ?? 1), 0)).toBe(
      calls["sagemaker:DescribeNotebookInstance"],
    );
  });

  it("under concurrency loses no call: every throttled one is retried and succeeds", async () => {
    const emulator = await emulate({ rateLimits: [{ tps: 200, burst: 5 }] });
    const { strategy, classified } = instantRetries(1000);
    const client = new SageMakerClient({ ...clientConfig(emulator, MANAGEMENT), retryStrategy: strategy });
    const results = await Promise.all(Array.from({ length: 60 }, (_, i) => client.send(describeNotebook(i))));
    expect(results).toHaveLength(60);
    const stats = emulator.stats();
    expect(stats.totalThrottles).toBeGreaterThan(0);
    expect(stats.totalCalls).toBe(60 + stats.totalThrottles);
    expect(new Set(classified)).toEqual(new Set(["THROTTLING"]));
  });
});

describe("injected 5xx errors", () => {
  it("answers a seeded share of calls with InternalFailure or ServiceUnavailable", async () => {
    const emulator = await emulate({ errorRate: 1, seed: 3 });
    const errors = [];
    for (let i = 0; i < 8; i++) {
      errors.push(await failure(new SageMakerClient(clientConfig(emulator, MANAGEMENT)).send(describeNotebook(i))));
    }
    expect(new Set(errors.map((e) => `${e.name} ${e.$metadata.httpStatusCode}`))).toEqual(
      new Set(["InternalFailure 500", "ServiceUnavailable 503"]),
    );
    expect(emulator.stats().serverErrors["sagemaker:DescribeNotebookInstance"]).toBe(8);
  });

  it("are retried by the SDK as server errors until the call succeeds, the same calls for the same seed", async () => {
    const run = async () => {
      const emulator = await emulate({ errorRate: 0.4, seed: 42 });
      const { strategy, classified } = instantRetries(50);
      const client = new SageMakerClient({ ...clientConfig(emulator, MANAGEMENT), retryStrategy: strategy });
      for (let i = 0; i < 20; i++) expect((await client.send(describeNotebook(i))).NotebookInstanceName).toBeDefined();
      return { stats: emulator.stats(), classified };
    };
    const first = await run();
    expect(first.stats.serverErrors["sagemaker:DescribeNotebookInstance"]).toBeGreaterThan(0);
    expect(first.stats.totalCalls).toBe(20 + (first.stats.serverErrors["sagemaker:DescribeNotebookInstance"] ?? 0));
    expect(new Set(first.classified)).toEqual(new Set(["TRANSIENT"]));
    expect((await run()).stats).toEqual(first.stats);
  });
});

describe("injected latency", () => {
  it("delays every response", async () => {
    const emulator = await emulate({ latencyMs: 80 });
    const client = new STSClient(clientConfig(emulator, MANAGEMENT));
    const start = performance.now();
    await client.send(new GetCallerIdentityCommand({}));
    expect(performance.now() - start).toBeGreaterThanOrEqual(75);
  });
});
