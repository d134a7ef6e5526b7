import type { ResourceType } from "./resource-types.js";
import { isUnresolved } from "./unresolved.js";

/**
 * AWS's defaults for fields a Describe* response, a template or a plan may omit: the one place where every source
 * (live snapshot, emulator, CloudFormation, Terraform) fills them, so a control never has to know a default.
 *
 * Each entry is a dot path into the Describe* output and the value AWS uses when the field is absent. A path whose
 * parent object is absent is filled only when `createParent` is set: e.g. a monitoring job definition with no
 * `NetworkConfig` runs without isolation, so the defaults are materialized there too; a schedule without an inline
 * `MonitoringJobDefinition` gets none, since it references a named definition instead.
 */
export interface DefaultRule {
  path: string;
  value: unknown;
  /** Create absent parent objects: all of them (`true`), or only those below this dot path, which must exist. */
  createParent?: boolean | string;
  /** Why this is AWS's behaviour, shown by `mlharden explain`. */
  why: string;
}

const NETWORK_CONFIG_DEFAULTS: DefaultRule[] = [
  {
    path: "NetworkConfig.EnableNetworkIsolation",
    value: false,
    createParent: true,
    why: "Monitoring jobs run without network isolation unless requested.",
  },
  {
    path: "NetworkConfig.EnableInterContainerTrafficEncryption",
    value: false,
    createParent: true,
    why: "Traffic between monitoring-job instances is plaintext unless requested.",
  },
];

export const AWS_DEFAULTS: Partial<Record<ResourceType, DefaultRule[]>> = {
  "AWS::SageMaker::NotebookInstance": [
    {
      path: "DirectInternetAccess",
      value: "Enabled",
      why: "CreateNotebookInstance defaults DirectInternetAccess to Enabled.",
    },
    { path: "RootAccess", value: "Enabled", why: "CreateNotebookInstance defaults RootAccess to Enabled." },
    {
      path: "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion",
      value: "1",
      createParent: true,
      why: "Notebook instances accept IMDSv1 unless MinimumInstanceMetadataServiceVersion is 2.",
    },
    {
      path: "PlatformIdentifier",
      value: "notebook-al2023-v1",
      why: "Since 15 May 2026 new notebook instances default to Amazon Linux 2023 (notebook-al2023-v1).",
    },
  ],
  "AWS::SageMaker::Model": [
    { path: "EnableNetworkIsolation", value: false, why: "CreateModel defaults EnableNetworkIsolation to false." },
  ],
  "AWS::SageMaker::FeatureGroup": [
    {
      path: "OnlineStoreConfig.EnableOnlineStore",
      value: false,
      why: "OnlineStoreConfig.EnableOnlineStore defaults to false: without it the feature group has no online store.",
    },
    {
      path: "OnlineStoreConfig.StorageType",
      value: "Standard",
      why: "An online store created without StorageType (and every one created before InMemory existed) uses Standard storage.",
    },
  ],
  "AWS::SageMaker::DataQualityJobDefinition": NETWORK_CONFIG_DEFAULTS,
  "AWS::SageMaker::ModelQualityJobDefinition": NETWORK_CONFIG_DEFAULTS,
  "AWS::SageMaker::ModelBiasJobDefinition": NETWORK_CONFIG_DEFAULTS,
  "AWS::SageMaker::ModelExplainabilityJobDefinition": NETWORK_CONFIG_DEFAULTS,
  "AWS::SageMaker::MonitoringSchedule": [
    {
      path: "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableNetworkIsolation",
      value: false,
      createParent: "MonitoringScheduleConfig.MonitoringJobDefinition",
      why: "An inline monitoring job definition runs without network isolation unless requested.",
    },
    {
      path: "MonitoringScheduleConfig.MonitoringJobDefinition.NetworkConfig.EnableInterContainerTrafficEncryption",
      value: false,
      createParent: "MonitoringScheduleConfig.MonitoringJobDefinition",
      why: "An inline monitoring job definition sends plaintext between instances unless requested.",
    },
  ],
  "AWS::SageMaker::Domain": [
    {
      path: "AppNetworkAccessType",
      value: "PublicInternetOnly",
      why: "CreateDomain defaults AppNetworkAccessType to PublicInternetOnly.",
    },
  ],
  "AWS::SageMaker::TrainingJob": [
    {
      path: "EnableNetworkIsolation",
      value: false,
      why: "CreateTrainingJob defaults EnableNetworkIsolation to false.",
    },
    {
      path: "EnableInterContainerTrafficEncryption",
      value: false,
      why: "CreateTrainingJob defaults EnableInterContainerTrafficEncryption to false.",
    },
  ],
  "AWS::SageMaker::ProcessingJob": [
    {
      path: "NetworkConfig.EnableNetworkIsolation",
      value: false,
      createParent: true,
      why: "Processing jobs run without network isolation unless requested.",
    },
    {
      path: "NetworkConfig.EnableInterContainerTrafficEncryption",
      value: false,
      createParent: true,
      why: "Processing jobs send plaintext between instances unless requested.",
    },
  ],
};

/** Fills AWS's defaults into a copy of `properties`; present values (including unresolved ones) are kept. */
export function applyDefaults<P extends object>(type: ResourceType, properties: P): P {
  const rules = AWS_DEFAULTS[type];
  if (!rules) return properties;
  const copy = { ...properties };
  for (const rule of rules) fill(copy as Record<string, unknown>, rule);
  return copy;
}

function fill(target: Record<string, unknown>, rule: DefaultRule): void {
  const keys = rule.path.split(".");
  const last = keys.pop() as string;
  // How many leading parents must already be present for the default to apply.
  const mustExist =
    rule.createParent === true
      ? 0
      : typeof rule.createParent === "string"
        ? rule.createParent.split(".").length
        : keys.length;
  let node: Record<string, unknown> = target;
  for (const [depth, key] of keys.entries()) {
    const next = node[key];
    if (next === undefined || next === null) {
      if (depth < mustExist) return;
      node[key] = {};
    } else if (typeof next !== "object" || Array.isArray(next) || isUnresolved(next)) {
      return; // an unresolved value or a malformed field: leave it for the control to judge
    }
    // Copy on write so the caller's object is never mutated.
    node[key] = { ...(node[key] as Record<string, unknown>) };
    node = node[key] as Record<string, unknown>;
  }
  if (node[last] === undefined || node[last] === null) node[last] = rule.value;
}
