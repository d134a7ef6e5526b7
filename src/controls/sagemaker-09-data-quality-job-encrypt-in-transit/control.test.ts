import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import { encryptionInTransitCases } from "../test-helpers/monitoring-cases.js";
import control from "./control.js";

describe("SageMaker.9 data quality job definition inter-container traffic encryption", () => {
  controlCases(control, encryptionInTransitCases("DataQuality"));
});
