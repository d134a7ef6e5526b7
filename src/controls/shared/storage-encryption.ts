import { known, present, type Unresolved } from "../../model/unresolved.js";
import { failed, notApplicable, passed, type Verdict } from "../control.js";

/** A decisive field: its Describe* path and its value, which an IaC source may leave unresolved. */
export interface Field<T> {
  path: string;
  value: T | Unresolved | undefined;
}

/**
 * ML instance families whose local NVMe instance storage EC2 does not announce with a `d` in the family name
 * (ml.m5d, ml.g4dn, ml.p3dn, ml.r7gd do). A family missing here and without a `d` is taken as EBS-backed.
 */
const UNMARKED_INSTANCE_STORE_FAMILIES = new Set([
  "dl1",
  "g5",
  "g6",
  "g6e",
  "p5",
  "p5e",
  "p5en",
  "p6-b200",
  "p6-b300",
  "p6e-gb200",
  "trn1",
  "trn1n",
  "trn2",
]);

/** Whether an `ml.*` instance type has local NVMe instance storage instead of an EBS ML storage volume. */
export function hasInstanceStorage(instanceType: string): boolean {
  const family = /^ml\.([a-z0-9-]+)\./.exec(instanceType)?.[1];
  if (!family) return false;
  if (UNMARKED_INSTANCE_STORE_FAMILIES.has(family)) return true;
  const attributes = /^[a-z]+\d+([a-z]*)/.exec(family)?.[1] ?? "";
  return attributes.includes("d");
}

export const INSTANCE_STORAGE_DECISION =
  "NOT_APPLICABLE when an instance type has local NVMe instance storage (e.g. ml.m5d, ml.g4dn, ml.g5, ml.p3dn, " +
  "ml.p4d): AWS encrypts those disks with a hardware module on the instance and rejects a KMS key for them " +
  "(CreateEndpointConfig KmsKeyId, ResourceConfig and ProcessingClusterConfig VolumeKmsKeyId). mlharden knows the " +
  "families EC2 marks with a `d` plus dl1, g5, g6, g6e, p5*, p6*, trn1* and trn2; any other family is taken as " +
  "EBS-backed.";

/**
 * A KMS key for the ML storage volume of the instances that run a workload. Without one the volume is still
 * encrypted, but with a key you cannot restrict, disable or audit.
 */
export function evaluateVolumeKey(key: Field<string>, instanceTypes: readonly Field<string>[]): Verdict {
  if (present(key.path, key.value)) return passed(`${key.path} is set`, { [key.path]: key.value });
  const types = instanceTypes.flatMap((t) => {
    const type = known(t.path, t.value);
    return type === undefined ? [] : [{ path: t.path, type }];
  });
  const local = types.filter((t) => hasInstanceStorage(t.type));
  if (local.length > 0) {
    return notApplicable(
      `${local.map((t) => t.type).join(", ")} has local instance storage, which AWS encrypts in hardware and for ` +
        "which it rejects a KMS key",
      Object.fromEntries(local.map((t) => [t.path, t.type])),
    );
  }
  return failed(`${key.path} is not set: the storage volume is not encrypted with a KMS key you control`, {
    [key.path]: key.value ?? null,
    ...Object.fromEntries(types.map((t) => [t.path, t.type])),
  });
}
