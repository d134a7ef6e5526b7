import type { ResourceType } from "../../model/resource-types.js";
import { Unresolved } from "../../model/unresolved.js";
import { isPlainObject } from "../field-types.js";

/**
 * How one `aws_sagemaker_*` type maps onto the Describe* output. Attribute and block names become PascalCase
 * (`direct_internet_access` → `DirectInternetAccess`, `volume_size_in_gb` → `VolumeSizeInGB`); `renames` lists the
 * names that do not follow that rule, by Terraform path (block names joined by dots). Nested blocks are lists in
 * Terraform; they become single objects except the `lists`, which are lists in the Describe* output too.
 */
export interface TerraformMapping {
  type: ResourceType;
  nameAttribute: string;
  renames?: Record<string, string>;
  lists?: readonly string[];
}

const JOB_DEFINITION = (type: ResourceType, prefix: string): TerraformMapping => ({
  type,
  nameAttribute: "name",
  renames: { name: "JobDefinitionName", [`${prefix}_job_output_config.monitoring_outputs`]: "MonitoringOutputs" },
  lists: [`${prefix}_job_output_config.monitoring_outputs`],
});

/**
 * Every `aws_sagemaker_*` type (AWS provider) whose resource type a control applies to. The provider has no
 * model bias or explainability job definition, inference experiment, or job resources.
 */
export const TERRAFORM_TYPES: Record<string, TerraformMapping> = {
  aws_sagemaker_notebook_instance: {
    type: "AWS::SageMaker::NotebookInstance",
    nameAttribute: "name",
    renames: {
      name: "NotebookInstanceName",
      volume_size: "VolumeSizeInGB",
      lifecycle_config_name: "NotebookInstanceLifecycleConfigName",
    },
  },
  aws_sagemaker_model: {
    type: "AWS::SageMaker::Model",
    nameAttribute: "name",
    renames: {
      name: "ModelName",
      container: "Containers",
      "container.additional_model_data_source": "AdditionalModelDataSources",
      "primary_container.additional_model_data_source": "AdditionalModelDataSources",
    },
    lists: ["container", "container.additional_model_data_source", "primary_container.additional_model_data_source"],
  },
  aws_sagemaker_endpoint_configuration: {
    type: "AWS::SageMaker::EndpointConfig",
    nameAttribute: "name",
    renames: { name: "EndpointConfigName", kms_key_arn: "KmsKeyId" },
    lists: ["production_variants", "shadow_production_variants", "data_capture_config.capture_options"],
  },
  aws_sagemaker_endpoint: {
    type: "AWS::SageMaker::Endpoint",
    nameAttribute: "name",
    renames: { name: "EndpointName" },
    lists: ["deployment_config.auto_rollback_configuration.alarms"],
  },
  aws_sagemaker_monitoring_schedule: {
    type: "AWS::SageMaker::MonitoringSchedule",
    nameAttribute: "name",
    renames: { name: "MonitoringScheduleName" },
  },
  aws_sagemaker_data_quality_job_definition: JOB_DEFINITION("AWS::SageMaker::DataQualityJobDefinition", "data_quality"),
  aws_sagemaker_model_quality_job_definition: JOB_DEFINITION(
    "AWS::SageMaker::ModelQualityJobDefinition",
    "model_quality",
  ),
  aws_sagemaker_feature_group: {
    type: "AWS::SageMaker::FeatureGroup",
    nameAttribute: "feature_group_name",
    renames: { feature_definition: "FeatureDefinitions" },
    lists: ["feature_definition"],
  },
  aws_sagemaker_app_image_config: {
    type: "AWS::SageMaker::AppImageConfig",
    nameAttribute: "app_image_config_name",
    renames: { "kernel_gateway_image_config.kernel_spec": "KernelSpecs" },
    lists: ["kernel_gateway_image_config.kernel_spec"],
  },
  aws_sagemaker_image: { type: "AWS::SageMaker::Image", nameAttribute: "image_name" },
  aws_sagemaker_domain: {
    type: "AWS::SageMaker::Domain",
    nameAttribute: "domain_name",
    renames: {
      "default_user_settings.kernel_gateway_app_settings.custom_image": "CustomImages",
      "default_user_settings.jupyter_server_app_settings.code_repository": "CodeRepositories",
      "default_user_settings.jupyter_lab_app_settings.custom_image": "CustomImages",
      "default_user_settings.jupyter_lab_app_settings.code_repository": "CodeRepositories",
      "default_user_settings.custom_file_system_config": "CustomFileSystemConfigs",
    },
    lists: [
      "default_user_settings.kernel_gateway_app_settings.custom_image",
      "default_user_settings.jupyter_server_app_settings.code_repository",
      "default_user_settings.jupyter_lab_app_settings.custom_image",
      "default_user_settings.jupyter_lab_app_settings.code_repository",
      "default_user_settings.custom_file_system_config",
    ],
  },
};

/** Terraform-only attributes and meta-arguments that are no Describe* field. Tags are read separately. */
const NOT_PROPERTIES = new Set([
  "arn",
  "id",
  "tags",
  "tags_all",
  "name_prefix",
  "region",
  "count",
  "for_each",
  "provider",
  "depends_on",
  "lifecycle",
  "timeouts",
  "provisioner",
  "connection",
  "dynamic",
]);

/** Words the SDK writes in capitals: `VolumeSizeInGB`, `MemorySizeInMB`, `EnableSSMAccess`. */
const ACRONYMS: Record<string, string> = { gb: "GB", mb: "MB", ssm: "SSM" };

export function pascalCase(name: string): string {
  return name
    .split("_")
    .map((word) => ACRONYMS[word] ?? word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}

export interface Converted {
  properties: Record<string, unknown>;
  lines: Record<string, number>;
}

/**
 * Converts a resource's Terraform attributes (hcl2json's or a plan's shape) to Describe*-shaped properties, and the
 * Terraform source lines (by Terraform path, `block.0.attribute`) to lines by Describe* dot path.
 */
export function toDescribeShape(
  mapping: TerraformMapping,
  attributes: Record<string, unknown>,
  tfLines: Record<string, number> = {},
): Converted {
  const lines: Record<string, number> = {};
  const renames = mapping.renames ?? {};
  const lists = new Set(mapping.lists ?? []);

  const convertObject = (
    object: Record<string, unknown>,
    schemaPath: string,
    tfPath: string,
    apiPath: string,
  ): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(object)) {
      if (schemaPath === "" && NOT_PROPERTIES.has(key)) continue;
      if (value === null || value === undefined) continue;
      const childSchema = schemaPath ? `${schemaPath}.${key}` : key;
      const field = renames[childSchema] ?? pascalCase(key);
      const childTf = tfPath ? `${tfPath}.${key}` : key;
      const childApi = apiPath ? `${apiPath}.${field}` : field;
      const line = tfLines[childTf];
      if (line !== undefined) lines[childApi] = line;
      const converted = convertValue(value, childSchema, childTf, childApi, lists.has(childSchema));
      if (converted !== undefined) out[field] = converted;
    }
    return out;
  };

  const convertValue = (value: unknown, schemaPath: string, tfPath: string, apiPath: string, list: boolean) => {
    // An absent block is `[]` in a plan; an empty list attribute means "not set" to every check alike.
    if (Array.isArray(value) && value.length === 0) return undefined;
    if (!Array.isArray(value) || !value.some(isPlainObject)) return value; // scalars, scalar lists, user maps
    const blocks = value.map((block, i) => {
      const line = tfLines[`${tfPath}.${i}`];
      const elementPath = list ? `${apiPath}.${i}` : apiPath;
      if (line !== undefined && lines[elementPath] === undefined) lines[elementPath] = line;
      return isPlainObject(block) ? convertObject(block, schemaPath, `${tfPath}.${i}`, elementPath) : block;
    });
    if (list) return blocks;
    return blocks[0];
  };

  return { properties: convertObject(attributes, "", "", ""), lines };
}

/** A `dynamic "name"` block's content depends on its `for_each`: the block is unknown, as a whole. */
export function dynamicBlocks(attributes: Record<string, unknown>): Record<string, Unresolved> {
  const dynamic = attributes.dynamic;
  if (!isPlainObject(dynamic)) return {};
  return Object.fromEntries(Object.keys(dynamic).map((name) => [name, new Unresolved(`dynamic "${name}" block`)]));
}
