import type { AnyControl } from "./control.js";
import sagemaker01 from "./sagemaker-01-notebook-direct-internet-access/control.js";
import sagemaker02 from "./sagemaker-02-notebook-inside-vpc/control.js";
import sagemaker03 from "./sagemaker-03-notebook-root-access/control.js";
import sagemaker04 from "./sagemaker-04-endpoint-config-instance-count/control.js";
import sagemaker05 from "./sagemaker-05-model-network-isolation/control.js";
import sagemaker06 from "./sagemaker-06-app-image-config-tagged/control.js";
import sagemaker07 from "./sagemaker-07-image-tagged/control.js";
import sagemaker08 from "./sagemaker-08-notebook-platform-version/control.js";
import sagemaker09 from "./sagemaker-09-data-quality-job-encrypt-in-transit/control.js";
import sagemaker10 from "./sagemaker-10-model-explainability-job-encrypt-in-transit/control.js";
import sagemaker11 from "./sagemaker-11-data-quality-job-isolation/control.js";
import sagemaker12 from "./sagemaker-12-model-bias-job-isolation/control.js";
import sagemaker13 from "./sagemaker-13-model-quality-job-encrypt-in-transit/control.js";
import sagemaker14 from "./sagemaker-14-monitoring-schedule-isolation/control.js";
import sagemaker15 from "./sagemaker-15-model-bias-job-encrypt-in-transit/control.js";
import sagemaker16 from "./sagemaker-16-model-primary-container-private-registry/control.js";
import sagemaker17 from "./sagemaker-17-feature-group-offline-store-kms/control.js";
import sagemaker18 from "./sagemaker-18-feature-group-online-store-kms/control.js";
import sagemaker19 from "./sagemaker-19-model-multicontainer-private-registry/control.js";
import sagemaker20 from "./sagemaker-20-model-explainability-job-network-isolation/control.js";
import sagemaker21 from "./sagemaker-21-notebook-kms-key/control.js";
import sagemaker22 from "./sagemaker-22-monitoring-schedule-traffic-encryption/control.js";
import sagemaker23 from "./sagemaker-23-inference-experiment-instance-storage-kms/control.js";
import sagemaker24 from "./sagemaker-24-inference-experiment-data-storage-kms/control.js";
import sagemaker25 from "./sagemaker-25-model-quality-job-isolation/control.js";

/** The Security Hub SageMaker controls, SageMaker.1 – SageMaker.25, in id order. */
export const SECURITY_HUB_CONTROLS: readonly AnyControl[] = [
  sagemaker01,
  sagemaker02,
  sagemaker03,
  sagemaker04,
  sagemaker05,
  sagemaker06,
  sagemaker07,
  sagemaker08,
  sagemaker09,
  sagemaker10,
  sagemaker11,
  sagemaker12,
  sagemaker13,
  sagemaker14,
  sagemaker15,
  sagemaker16,
  sagemaker17,
  sagemaker18,
  sagemaker19,
  sagemaker20,
  sagemaker21,
  sagemaker22,
  sagemaker23,
  sagemaker24,
  sagemaker25,
];
