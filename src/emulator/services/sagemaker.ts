import * as sdk from "@aws-sdk/client-sagemaker";
import { SAGEMAKER_COLLECTIONS, SAGEMAKER_KINDS, type SageMakerCollection } from "../../model/resource-types.js";
import { AwsError } from "../errors.js";
import { jsonProtocol } from "../protocols/json.js";
import { operationShapes, shapeOf } from "../protocols/shape.js";
import { epochSeconds } from "../protocols/timestamps.js";
import type { Item } from "../state.js";
import {
  type OperationContext,
  type OperationHandler,
  pageSize,
  paginate,
  requiredString,
  type ServiceDefinition,
} from "./service.js";

/**
 * How SageMaker answers a Describe of a missing name. The older APIs answer a ValidationException whatever their
 * model says; the codes and messages here are those seen in public reports and in AWS's own SageMaker operator
 * code (DescribeTransformJob's by analogy with DescribeProcessingJob's). The newer APIs answer ResourceNotFound, as
 * modelled, with messages in the emulator's own words.
 */
const NOT_FOUND: Record<SageMakerCollection, { arnType: string; error: (name: string, arn: string) => AwsError }> = {
  notebookInstances: { arnType: "notebook-instance", error: () => validation("RecordNotFound") },
  models: { arnType: "model", error: (_, arn) => validation(`Could not find model "${arn}".`) },
  endpointConfigs: {
    arnType: "endpoint-config",
    error: (_, arn) => validation(`Could not find endpoint configuration "${arn}".`),
  },
  endpoints: { arnType: "endpoint", error: (_, arn) => validation(`Could not find endpoint "${arn}".`) },
  trainingJobs: { arnType: "training-job", error: () => validation("Requested resource not found.") },
  processingJobs: {
    arnType: "processing-job",
    error: (name) => validation(`Could not find requested job with name ${name}`),
  },
  transformJobs: {
    arnType: "transform-job",
    error: (name) => validation(`Could not find requested job with name ${name}`),
  },
  monitoringSchedules: {
    arnType: "monitoring-schedule",
    error: (_, arn) => notFound(`Monitoring Schedule ${arn} does not exist.`),
  },
  dataQualityJobDefinitions: jobDefinitionNotFound("data-quality-job-definition"),
  modelQualityJobDefinitions: jobDefinitionNotFound("model-quality-job-definition"),
  modelBiasJobDefinitions: jobDefinitionNotFound("model-bias-job-definition"),
  modelExplainabilityJobDefinitions: jobDefinitionNotFound("model-explainability-job-definition"),
  featureGroups: {
    arnType: "feature-group",
    error: (name) => notFound(`Resource Not Found: Amazon SageMaker can't find a feature group with name ${name}`),
  },
  appImageConfigs: {
    arnType: "app-image-config",
    error: (_, arn) => notFound(`App Image Config ${arn} does not exist.`),
  },
  images: { arnType: "image", error: (_, arn) => notFound(`Image ${arn} does not exist.`) },
  inferenceExperiments: {
    arnType: "inference-experiment",
    error: (name) => notFound(`Inference experiment ${name} does not exist.`),
  },
  domains: { arnType: "domain", error: (_, arn) => notFound(`Domain ${arn} does not exist.`) },
};

/** The List* inputs the emulator honours; any other filter is refused rather than silently ignored. */
const LIST_INPUTS = new Set([
  "NextToken",
  "MaxResults",
  "SortBy",
  "SortOrder",
  "NameContains",
  "CreationTimeAfter",
  "CreationTimeBefore",
]);

function validation(message: string): AwsError {
  return new AwsError("ValidationException", message);
}

function notFound(message: string): AwsError {
  return new AwsError("ResourceNotFound", message);
}

function jobDefinitionNotFound(arnType: string) {
  return { arnType, error: (_: string, arn: string) => notFound(`Job definition ${arn} does not exist.`) };
}

/** ListX then DescribeX for every collection: a summary per item, derived from the stored Describe output. */
function collectionOperations(collection: SageMakerCollection): Record<string, OperationHandler> {
  const kind = SAGEMAKER_KINDS[collection];
  const listOperation = `List${kind.describe.slice("Describe".length)}s`;
  const { listField, summaryFields } = listShape(listOperation);
  const describeKey = collection === "domains" ? "DomainId" : kind.nameField;
  const nameOf = (item: Item) => String(item[kind.nameField]);

  const list: OperationHandler = ({ input, region }) => {
    const unsupported = Object.keys(input).filter((key) => input[key] !== undefined && !LIST_INPUTS.has(key));
    if (unsupported.length > 0) {
      throw validation(
        `The mlharden emulator does not support the ${unsupported.join(", ")} filter of ${listOperation}`,
      );
    }
    const items = region.sagemaker[collection].list().filter((item) => matchesListFilters(item, input, nameOf));
    const size = pageSize(input, "MaxResults", { max: 100, default: 10 });
    const { page, nextToken } = paginate(items, input.NextToken, size, () => validation("Invalid NextToken"));
    return { [listField]: page.map((item) => summarize(collection, item, summaryFields)), NextToken: nextToken };
  };

  const describe: OperationHandler = ({ input, account, region }: OperationContext) => {
    const key = requiredString(input, describeKey);
    const item = region.sagemaker[collection].get(key);
    if (item) return item;
    const { arnType, error } = NOT_FOUND[collection];
    const arn = `arn:${account.partition}:sagemaker:${region.name}:${account.accountId}:${arnType}/${key.toLowerCase()}`;
    throw error(key, arn);
  };

  return { [listOperation]: list, [kind.describe]: describe };
}

/** The list member of a List* output and the fields of its summary structure, from the SDK's model. */
function listShape(listOperation: string): { listField: string; summaryFields: string[] } {
  const output = shapeOf(operationShapes((sdk as Record<string, unknown>)[`${listOperation}$`]).output);
  if (output.kind !== "structure") throw new Error(`${listOperation}: unexpected output shape`);
  const [listField, listRef] = [...output.members].find(([name]) => name !== "NextToken") ?? [];
  const list = shapeOf(listRef);
  const summary = list.kind === "list" ? shapeOf(list.member) : undefined;
  if (!listField || summary?.kind !== "structure") throw new Error(`${listOperation}: unexpected output shape`);
  return { listField, summaryFields: [...summary.members.keys()] };
}

function matchesListFilters(item: Item, input: Readonly<Record<string, unknown>>, nameOf: (item: Item) => string) {
  const contains = typeof input.NameContains === "string" ? input.NameContains.toLowerCase() : undefined;
  if (contains && !nameOf(item).toLowerCase().includes(contains)) return false;
  const created = epochSeconds(item.CreationTime);
  const after = epochSeconds(input.CreationTimeAfter);
  const before = epochSeconds(input.CreationTimeBefore);
  if (created !== undefined && after !== undefined && created <= after) return false;
  if (created !== undefined && before !== undefined && created >= before) return false;
  return true;
}

/** A List* summary: the summary's fields taken from the Describe output, plus the few that are renamed. */
function summarize(collection: SageMakerCollection, item: Item, fields: readonly string[]): Item {
  const source: Item = { ...item, ...renamedSummaryFields(collection, item) };
  return Object.fromEntries(
    fields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]]),
  );
}

function renamedSummaryFields(collection: SageMakerCollection, item: Item): Item {
  if (collection === "monitoringSchedules") {
    const config = item.MonitoringScheduleConfig as Item | undefined;
    return {
      MonitoringJobDefinitionName: config?.MonitoringJobDefinitionName,
      MonitoringType: item.MonitoringType ?? config?.MonitoringType,
    };
  }
  if (SAGEMAKER_KINDS[collection].arnField === "JobDefinitionArn") {
    // DataQualityJobInput, ModelBiasJobInput, ...: the endpoint a job definition monitors.
    const jobInput = Object.entries(item).find(([key]) => key.endsWith("JobInput"))?.[1] as Item | undefined;
    const endpointInput = jobInput?.EndpointInput as Item | undefined;
    return {
      MonitoringJobDefinitionName: item.JobDefinitionName,
      MonitoringJobDefinitionArn: item.JobDefinitionArn,
      EndpointName: endpointInput?.EndpointName,
    };
  }
  return {};
}

export const sagemaker: ServiceDefinition = {
  signingName: "sagemaker",
  iamPrefix: "sagemaker",
  protocol: jsonProtocol("SageMaker"),
  sdk,
  operations: Object.assign({}, ...SAGEMAKER_COLLECTIONS.map(collectionOperations)),
};
