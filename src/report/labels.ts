import type { RemediationKind } from "../controls/control.js";
import { collectionOf, type ResourceType, SAGEMAKER_KINDS } from "../model/resource-types.js";

/** How a fix reads in a table: is it a flag flip on the live resource, or a rebuild? */
export const FIX_LABEL: Record<RemediationKind, string> = {
  "in-place": "in place",
  tag: "in place (tags)",
  recreate: "rebuild",
  "new-version-and-cutover": "rebuild: new version + cutover",
  "re-point": "rebuild: new definition + re-point",
};

export function typeLabel(type: ResourceType): string {
  return SAGEMAKER_KINDS[collectionOf(type)].label;
}
