/**
 * Describe* fields (of the resource types IaC adapters produce) whose SDK type is boolean or number. Templates often
 * carry them as strings: CloudFormation parameters are always strings, and `"true"` or `"1"` is legal YAML for a
 * Boolean or Integer property. CloudFormation and Terraform convert them before calling AWS, so the adapters must
 * too, or `EnableNetworkIsolation: "true"` would fail a control and `InitialInstanceCount: "1"` would pass one.
 * `field-types.test.ts` derives both lists from the SDK's schemas, so they cannot drift from it.
 */
export const BOOLEAN_FIELDS: ReadonlySet<string> = new Set([
  "AcceptEula",
  "AppManaged",
  "DisableGlueTableCreation",
  "EnableCapture",
  "EnableDetailedObservability",
  "EnableEnhancedMetrics",
  "EnableInterContainerTrafficEncryption",
  "EnableNetworkIsolation",
  "EnableOnlineStore",
  "EnableSSMAccess",
  "Header",
  "Line",
  "UseLogit",
]);

export const NUMBER_FIELDS: ReadonlySet<string> = new Set([
  "AvailableInstanceCount",
  "ConcurrencyThreshold",
  "ContainerStartupHealthCheckTimeoutInSeconds",
  "CooldownInMinutes",
  "CurrentInstanceCount",
  "CurrentSamplingPercentage",
  "CurrentWeight",
  "DefaultEbsVolumeSizeInGb",
  "DefaultGid",
  "DefaultUid",
  "DesiredInstanceCount",
  "DesiredWeight",
  "Dimension",
  "Gid",
  "IdleTimeoutInMinutes",
  "ImageVersionNumber",
  "InitialInstanceCount",
  "InitialSamplingPercentage",
  "InitialVariantWeight",
  "InstanceCount",
  "LabelIndex",
  "MaxConcurrency",
  "MaxConcurrentInvocationsPerInstance",
  "MaxIdleTimeoutInMinutes",
  "MaxInstanceCount",
  "MaxPayloadInMB",
  "MaxRecordCount",
  "MaxRuntimeInSeconds",
  "MaximumEbsVolumeSizeInGb",
  "MaximumExecutionTimeoutInSeconds",
  "MaximumStepSize",
  "MemorySizeInMB",
  "MetricPublishFrequencyInSeconds",
  "MinIdleTimeoutInMinutes",
  "MinInstanceCount",
  "ModelDataDownloadTimeoutInSeconds",
  "NumberOfSamples",
  "OnlineStoreTotalSizeBytes",
  "PrefixLength",
  "Priority",
  "ProbabilityIndex",
  "ProbabilityThresholdAttribute",
  "ProvisionedConcurrency",
  "ProvisionedReadCapacityUnits",
  "ProvisionedWriteCapacityUnits",
  "SamplingPercentage",
  "Seed",
  "SelectedInstanceCount",
  "TerminationWaitInSeconds",
  "TotalInstanceCount",
  "Uid",
  "UsedByCurrentEndpoint",
  "Value",
  "VariantInstanceProvisionTimeoutInSeconds",
  "VolumeSizeInGB",
  "WaitIntervalInSeconds",
]);

/**
 * Describe* string fields whose values are digits, which a template may write as a number
 * (`MinimumInstanceMetadataServiceVersion: 2` in YAML or HCL); CloudFormation and Terraform send them as strings.
 */
export const DIGIT_STRING_FIELDS: ReadonlySet<string> = new Set(["MinimumInstanceMetadataServiceVersion"]);

/** Maps whose keys are the user's own (environment variables, tags): their values are never coerced. */
const USER_MAPS = new Set(["Environment", "Tags"]);

/**
 * Converts `"true"`/`"false"` and numeric strings in boolean and number fields, and numbers in digit-valued string
 * fields, as CloudFormation and Terraform do.
 */
export function coerceFieldTypes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(coerceFieldTypes);
  if (!isPlainObject(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (USER_MAPS.has(key)) out[key] = field;
    else if (typeof field === "string" && BOOLEAN_FIELDS.has(key)) out[key] = toBoolean(field);
    else if (typeof field === "string" && NUMBER_FIELDS.has(key)) out[key] = toNumber(field);
    else if (typeof field === "number" && DIGIT_STRING_FIELDS.has(key)) out[key] = String(field);
    else out[key] = coerceFieldTypes(field);
  }
  return out;
}

function toBoolean(text: string): boolean | string {
  const lower = text.trim().toLowerCase();
  if (lower === "true") return true;
  if (lower === "false") return false;
  return text;
}

function toNumber(text: string): number | string {
  return /^\s*-?\d+(\.\d+)?\s*$/.test(text) ? Number(text) : text;
}

/** A JSON-like object (not an array, not an Unresolved or other class instance). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
