import type { AnyControl } from "./control.js";
import sagemaker01 from "./sagemaker-01-notebook-direct-internet-access/control.js";
import sagemaker03 from "./sagemaker-03-notebook-root-access/control.js";
import sagemaker09 from "./sagemaker-09-data-quality-job-encrypt-in-transit/control.js";
import sagemaker10 from "./sagemaker-10-model-explainability-job-encrypt-in-transit/control.js";
import sagemaker11 from "./sagemaker-11-data-quality-job-isolation/control.js";
import sagemaker12 from "./sagemaker-12-model-bias-job-isolation/control.js";
import sagemaker13 from "./sagemaker-13-model-quality-job-encrypt-in-transit/control.js";
import sagemaker14 from "./sagemaker-14-monitoring-schedule-isolation/control.js";
import sagemaker15 from "./sagemaker-15-model-bias-job-encrypt-in-transit/control.js";
import sagemaker20 from "./sagemaker-20-model-explainability-job-network-isolation/control.js";
import sagemaker22 from "./sagemaker-22-monitoring-schedule-traffic-encryption/control.js";
import sagemaker25 from "./sagemaker-25-model-quality-job-isolation/control.js";

/** The Security Hub SageMaker controls, SageMaker.1 – SageMaker.25, in id order. */
export const SECURITY_HUB_CONTROLS: readonly AnyControl[] = [
  sagemaker01,
  sagemaker03,
  sagemaker09,
  sagemaker10,
  sagemaker11,
  sagemaker12,
  sagemaker13,
  sagemaker14,
  sagemaker15,
  sagemaker20,
  sagemaker22,
  sagemaker25,
];
