import { expect, it } from "vitest";
import { evaluate } from "../../evaluate/evaluate.js";
import type { Finding } from "../../evaluate/finding.js";
import { SAGEMAKER_KINDS, type SageMakerCollection } from "../../model/resource-types.js";
import { validateSnapshot } from "../../snapshot/load.js";
import type { CollectionError } from "../../snapshot/schema.js";
import { inventoryFromSnapshot } from "../../snapshot/to-inventory.js";
import type { AnyControl, Status } from "../control.js";

export const ACCOUNT = "111122223333";
export const REGION = "us-east-1";

/** One row of a control's case table: a raw Describe* response and the verdict Security Hub would give. */
export interface ControlCase {
  name: string;
  /** The raw Describe* output, exactly as the SDK returns it (omitted fields take AWS's defaults). */
  item: Record<string, unknown>;
  status: Status;
  /** A subset of the finding's observed values that must match. */
  observed?: Record<string, unknown>;
  params?: Record<string, unknown>;
  /** The resource's tags; "unreadable" records a failed tags collection. */
  tags?: Record<string, string> | "unreadable";
  /** Other resources in the same region (e.g. a job definition a schedule references). */
  others?: Partial<Record<SageMakerCollection, Record<string, unknown>[]>>;
  errors?: CollectionError[];
  /** Account ids the snapshot covers besides ACCOUNT. */
  accounts?: string[];
}

/** Runs a case through the whole pipeline: snapshot validation → resource model (defaults) → control. */
export function runCase(control: AnyControl, testCase: ControlCase): Finding {
  const collection = (Object.keys(SAGEMAKER_KINDS) as SageMakerCollection[]).find(
    (c) => SAGEMAKER_KINDS[c].type === control.resourceType,
  ) as SageMakerCollection;
  const kind = SAGEMAKER_KINDS[collection];
  const arn = String(testCase.item[kind.arnField]);
  const sagemaker: Record<string, Record<string, unknown>[]> = { ...testCase.others };
  sagemaker[collection] = [...(sagemaker[collection] ?? []), testCase.item];
  const errors = [...(testCase.errors ?? [])];
  if (testCase.tags === "unreadable") {
    errors.push({
      service: "tagging",
      operation: "GetResources",
      collection: "tags",
      code: "AccessDeniedException",
      message: "not authorized",
    });
  }
  const snapshot = validateSnapshot({
    format: "mlharden/snapshot@1",
    collectedAt: "2026-11-28T00:00:00Z",
    accounts: [
      {
        accountId: ACCOUNT,
        partition: "aws",
        regions: [
          {
            region: REGION,
            sagemaker,
            tags: testCase.tags && testCase.tags !== "unreadable" ? { [arn]: testCase.tags } : {},
            errors,
          },
        ],
      },
      ...(testCase.accounts ?? []).map((accountId) => ({ accountId, regions: [] })),
    ],
  });
  const findings = evaluate(inventoryFromSnapshot(snapshot), {
    controls: [control],
    parameters: testCase.params ? { [control.id]: testCase.params } : undefined,
  });
  const finding = findings.find((f) => f.resourceArn === arn);
  if (!finding) throw new Error(`no finding for ${arn}`);
  return finding;
}

/** Registers one vitest test per case. */
export function controlCases(control: AnyControl, cases: ControlCase[]): void {
  for (const testCase of cases) {
    it(`${testCase.status}: ${testCase.name}`, () => {
      const finding = runCase(control, testCase);
      expect(finding.status, finding.reason).toBe(testCase.status);
      expect(finding.controlId).toBe(control.id);
      if (testCase.observed) expect(finding.observed).toMatchObject(testCase.observed);
    });
  }
}
