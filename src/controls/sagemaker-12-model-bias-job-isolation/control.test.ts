import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { networkIsolationCases } from "../test-helpers/monitoring-cases.js";
import control from "./control.js";

describe("SageMaker.12 model bias job definition network isolation", () => {
  controlCases(control, networkIsolationCases("ModelBias"));
});
