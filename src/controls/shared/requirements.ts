/** NIST 800-53 r5 requirements AWS relates to both notebook network controls (SageMaker.1 and .2). */
export const NOTEBOOK_NETWORK_REQUIREMENTS = [
  "NIST.800-53.r5 AC-21",
  "NIST.800-53.r5 AC-3",
  "NIST.800-53.r5 AC-3(7)",
  "NIST.800-53.r5 AC-4",
  "NIST.800-53.r5 AC-4(21)",
  "NIST.800-53.r5 AC-6",
  "NIST.800-53.r5 SC-7",
  "NIST.800-53.r5 SC-7(11)",
  "NIST.800-53.r5 SC-7(16)",
  "NIST.800-53.r5 SC-7(20)",
  "NIST.800-53.r5 SC-7(21)",
  "NIST.800-53.r5 SC-7(3)",
  "NIST.800-53.r5 SC-7(4)",
  "NIST.800-53.r5 SC-7(9)",
];
