import type { AnyControl } from "./control.js";
import sagemaker01 from "./sagemaker-01-notebook-direct-internet-access/control.js";
import sagemaker03 from "./sagemaker-03-notebook-root-access/control.js";

/** The Security Hub SageMaker controls, SageMaker.1 – SageMaker.25, in id order. */
export const SECURITY_HUB_CONTROLS: readonly AnyControl[] = [sagemaker01, sagemaker03];
