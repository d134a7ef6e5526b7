import type { PropertiesByType, ResourceType, SageMakerCollection } from "./resource-types.js";

/** Where a resource came from, so findings can point back at it. */
export type Origin =
  | { source: "snapshot"; file?: string; path: string }
  | { source: "cloudformation" | "terraform" | "terraform-plan"; file: string; address: string; line?: number };

/**
 * One normalized ML resource. `properties` is the resource's Describe* output, with AWS's defaults applied for
 * omitted fields (see defaults.ts). IaC adapters fill the same shape; a value they cannot resolve is an
 * `Unresolved` at runtime, which controls read through `known()`/`present()`.
 */
export interface Resource<T extends ResourceType = ResourceType> {
  type: T;
  arn: string;
  name: string;
  accountId: string;
  region: string;
  partition: string;
  /** Resource tags; `undefined` when the source could not read them (the tags collection failed). */
  tags: Record<string, string> | undefined;
  properties: PropertiesByType[T];
  origin: Origin;
  /** For IaC sources: the source line of each property path (dot-joined), for precise finding locations. */
  lines?: Record<string, number>;
}

export type AnyResource = { [T in ResourceType]: Resource<T> }[ResourceType];

/** A collection that could not be read, or was read only in part, in one account and region. */
export interface CollectionGap {
  accountId: string;
  region: string;
  /** `sagemaker.<collection>`, `tags`, `ec2.<collection>`, `ecr.repositories`, `iam`, `s3` */
  collection: GapCollection;
  service: string;
  operation: string;
  code: string;
  message: string;
}

export type GapCollection =
  | `sagemaker.${SageMakerCollection}`
  | "tags"
  | `ec2.${string}`
  | `ecr.${string}`
  | "iam"
  | "s3";

/** Everything the evaluator needs: the resources and what could not be read. */
export interface Inventory {
  resources: AnyResource[];
  gaps: CollectionGap[];
  /** Accounts the inventory covers: an ECR registry in one of these is "yours". */
  accountIds: string[];
  /** Account/region pairs that were scanned, so a gap-free empty region is distinguishable from an unscanned one. */
  scopes: { accountId: string; region: string; partition: string }[];
}
