import { Readable } from "node:stream";
import { DescribeNotebookInstanceCommand, type SageMakerClient } from "@aws-sdk/client-sagemaker";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CallGates } from "./call-layer.js";
import { ClientPool, type RequestHandler } from "./clients.js";
import { Pacing } from "./pacing.js";
import { CallStats } from "./stats.js";

/** A SageMaker endpoint that answers from a script, one entry per HTTP attempt (JSON 1.1, as AWS does). */
function scripted(answers: { status: number; type?: string }[]) {
  const sent: string[] = [];
  const handler = {
    handle: async (request: { headers: Record<string, string> }) => {
      sent.push(request.headers["x-amz-target"] ?? "");
      const answer = answers.shift() ?? { status: 200 };
      const body = answer.type
        ? { __type: answer.type, message: `${answer.type} (scripted)` }
        : {
            NotebookInstanceName: "nb",
            NotebookInstanceArn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/nb",
          };
      return {
        response: {
          statusCode: answer.status,
          headers: { "content-type": "application/x-amz-json-1.1", "x-amzn-requestid": "r" },
          body: Readable.from([Buffer.from(JSON.stringify(body))]),
        },
      };
    },
    updateHttpClientConfig() {},
    httpHandlerConfigs: () => ({}),
  };
  return { handler: handler as unknown as RequestHandler, sent };
}

function client(handler: RequestHandler, maxAttempts: number) {
  const stats = new CallStats();
  const pool = new ClientPool({
    layer: {
      gates: new CallGates(8, 4),
      pacing: new Pacing(() => Date.now() / 1000),
      stats,
      maxAttempts,
      redriveDelayMs: () => 0,
    },
    requestHandler: handler,
  });
  const sagemaker: SageMakerClient = pool.get("sagemaker", {
    accountId: "111122223333",
    region: "us-east-1",
    credentials: async () => ({ accessKeyId: "AKIA111122223333TEST", secretAccessKey: "test" }),
  });
  return { sagemaker, stats };
}

const describeNotebook = new DescribeNotebookInstanceCommand({ NotebookInstanceName: "nb" });

describe("the call layer on every SDK client", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it("drives a throttled call again until AWS answers, beyond maxAttempts, counting every attempt", async () => {
    const { handler, sent } = scripted([
      { status: 400, type: "ThrottlingException" },
      { status: 400, type: "ThrottlingException" },
      { status: 400, type: "ThrottlingException" },
    ]);
    const { sagemaker, stats } = client(handler, 1);
    // Throttled at once, the operation is paced slowly at first: let the pacer's clock run.
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    let settled = false;
    const sending = sagemaker.send(describeNotebook).finally(() => {
      settled = true;
    });
    while (!settled) {
      await vi.advanceTimersByTimeAsync(100);
      await new Promise((resolve) => setImmediate(resolve));
    }
    vi.useRealTimers();
    const output = await sending;
    expect(output.NotebookInstanceName).toBe("nb");
    expect(sent).toEqual(Array(4).fill("SageMaker.DescribeNotebookInstance"));
    expect(stats.report().operations["sagemaker:DescribeNotebookInstance"]).toEqual({
      calls: 4,
      throttles: 3,
      errors: 0,
    });
  });

  it("gives a transient failure maxAttempts attempts in all, then lets it through", async () => {
    const { handler, sent } = scripted(Array(5).fill({ status: 500, type: "InternalFailure" }));
    const { sagemaker, stats } = client(handler, 3);
    await expect(sagemaker.send(describeNotebook)).rejects.toMatchObject({ name: "InternalFailure" });
    expect(sent).toHaveLength(3);
    expect(stats.report()).toMatchObject({ calls: 3, throttles: 0, errors: 3 });
  });

  it("does not retry an error that will not change, like AccessDenied", async () => {
    const { handler, sent } = scripted([{ status: 400, type: "AccessDeniedException" }]);
    const { sagemaker } = client(handler, 3);
    await expect(sagemaker.send(describeNotebook)).rejects.toMatchObject({ name: "AccessDeniedException" });
    expect(sent).toHaveLength(1);
  });
});
