import type { AnyControl } from "./control.js";
import mlh01 from "./mlh-01-notebook-imdsv2/control.js";
import mlh02 from "./mlh-02-endpoint-config-kms-key/control.js";
import mlh03 from "./mlh-03-model-in-vpc/control.js";
import mlh04 from "./mlh-04-domain-vpc-only/control.js";
import mlh05 from "./mlh-05-training-network-isolation/control.js";
import mlh06 from "./mlh-06-training-inter-container-encryption/control.js";
import mlh07 from "./mlh-07-training-in-vpc/control.js";
import mlh08 from "./mlh-08-training-volume-kms-key/control.js";
import mlh09 from "./mlh-09-training-output-kms-key/control.js";
import mlh10 from "./mlh-10-processing-network-isolation/control.js";
import mlh11 from "./mlh-11-processing-inter-container-encryption/control.js";
import mlh12 from "./mlh-12-processing-in-vpc/control.js";
import mlh13 from "./mlh-13-processing-volume-kms-key/control.js";
import mlh14 from "./mlh-14-processing-output-kms-key/control.js";
import mlh15 from "./mlh-15-model-image-registry/control.js";

/** mlharden's own checks for what Security Hub lacks (MLH.N), in id order. */
export const MLHARDEN_CONTROLS: readonly AnyControl[] = [
  mlh01,
  mlh02,
  mlh03,
  mlh04,
  mlh05,
  mlh06,
  mlh07,
  mlh08,
  mlh09,
  mlh10,
  mlh11,
  mlh12,
  mlh13,
  mlh14,
  mlh15,
];
