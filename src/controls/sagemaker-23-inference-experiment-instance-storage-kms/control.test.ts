import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { shadowInferenceExperiment } from "../test-helpers/inference-experiment-fixtures.js";
import control from "./control.js";

const base = shadowInferenceExperiment();

describe("SageMaker.23 inference experiment instance storage KMS", () => {
  controlCases(control, [
    {
      name: "KmsKey set to a key alias ARN",
      item: { ...base, KmsKey: "arn:aws:kms:us-east-1:111122223333:alias/ml-inference" },
      status: "PASSED",
      observed: { KmsKey: "arn:aws:kms:us-east-1:111122223333:alias/ml-inference" },
    },
    { name: "no KmsKey", item: base, status: "FAILED", observed: { KmsKey: null } },
  ]);
});
