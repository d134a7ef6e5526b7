import {
  DescribeAppImageConfigCommand,
  DescribeDataQualityJobDefinitionCommand,
  DescribeDomainCommand,
  DescribeEndpointCommand,
  DescribeEndpointConfigCommand,
  DescribeFeatureGroupCommand,
  DescribeImageCommand,
  DescribeInferenceExperimentCommand,
  DescribeModelBiasJobDefinitionCommand,
  DescribeModelCommand,
  DescribeModelExplainabilityJobDefinitionCommand,
  DescribeModelQualityJobDefinitionCommand,
  DescribeMonitoringScheduleCommand,
  DescribeNotebookInstanceCommand,
  DescribeProcessingJobCommand,
  DescribeTrainingJobCommand,
  DescribeTransformJobCommand,
  paginateListAppImageConfigs,
  paginateListDataQualityJobDefinitions,
  paginateListDomains,
  paginateListEndpointConfigs,
  paginateListEndpoints,
  paginateListFeatureGroups,
  paginateListImages,
  paginateListInferenceExperiments,
  paginateListModelBiasJobDefinitions,
  paginateListModelExplainabilityJobDefinitions,
  paginateListModelQualityJobDefinitions,
  paginateListModels,
  paginateListMonitoringSchedules,
  paginateListNotebookInstances,
  paginateListProcessingJobs,
  paginateListTrainingJobs,
  paginateListTransformJobs,
  type SageMakerClient,
} from "@aws-sdk/client-sagemaker";
import { SAGEMAKER_KINDS, type SageMakerCollection } from "../model/resource-types.js";
import type { ScopeContext } from "./context.js";
import { isAwsError, isGone, toCollectionError } from "./errors.js";
import { SAGEMAKER_LIST_OPERATIONS } from "./operations.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

/** SageMaker List* calls accept at most 100 results a page. */
const PAGE = 100;

interface ListInput {
  client: SageMakerClient;
  /** Jobs only: list those created after this time (`--jobs-since-days`). */
  since: Date;
}

interface CollectionReader {
  /** The name (or id) of each listed item, page by page, as its Describe call takes it. */
  list(input: ListInput): AsyncIterable<(string | undefined)[]>;
  describe(client: SageMakerClient, name: string): Promise<object>;
}

async function* names<Page>(pages: AsyncIterable<Page>, pick: (page: Page) => (string | undefined)[] | undefined) {
  for await (const page of pages) yield pick(page) ?? [];
}

const paging = (client: SageMakerClient) => ({ client, pageSize: PAGE });

const READERS: Record<SageMakerCollection, CollectionReader> = {
  notebookInstances: {
    list: ({ client }) =>
      names(paginateListNotebookInstances(paging(client), {}), (p) =>
        p.NotebookInstances?.map((i) => i.NotebookInstanceName),
      ),
    describe: (client, name) => client.send(new DescribeNotebookInstanceCommand({ NotebookInstanceName: name })),
  },
  models: {
    list: ({ client }) => names(paginateListModels(paging(client), {}), (p) => p.Models?.map((i) => i.ModelName)),
    describe: (client, name) => client.send(new DescribeModelCommand({ ModelName: name })),
  },
  endpointConfigs: {
    list: ({ client }) =>
      names(paginateListEndpointConfigs(paging(client), {}), (p) =>
        p.EndpointConfigs?.map((i) => i.EndpointConfigName),
      ),
    describe: (client, name) => client.send(new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
  },
  endpoints: {
    list: ({ client }) =>
      names(paginateListEndpoints(paging(client), {}), (p) => p.Endpoints?.map((i) => i.EndpointName)),
    describe: (client, name) => client.send(new DescribeEndpointCommand({ EndpointName: name })),
  },
  monitoringSchedules: {
    list: ({ client }) =>
      names(paginateListMonitoringSchedules(paging(client), {}), (p) =>
        p.MonitoringScheduleSummaries?.map((i) => i.MonitoringScheduleName),
      ),
    describe: (client, name) => client.send(new DescribeMonitoringScheduleCommand({ MonitoringScheduleName: name })),
  },
  dataQualityJobDefinitions: {
    list: ({ client }) =>
      names(paginateListDataQualityJobDefinitions(paging(client), {}), (p) =>
        p.JobDefinitionSummaries?.map((i) => i.MonitoringJobDefinitionName),
      ),
    describe: (client, name) => client.send(new DescribeDataQualityJobDefinitionCommand({ JobDefinitionName: name })),
  },
  modelQualityJobDefinitions: {
    list: ({ client }) =>
      names(paginateListModelQualityJobDefinitions(paging(client), {}), (p) =>
        p.JobDefinitionSummaries?.map((i) => i.MonitoringJobDefinitionName),
      ),
    describe: (client, name) => client.send(new DescribeModelQualityJobDefinitionCommand({ JobDefinitionName: name })),
  },
  modelBiasJobDefinitions: {
    list: ({ client }) =>
      names(paginateListModelBiasJobDefinitions(paging(client), {}), (p) =>
        p.JobDefinitionSummaries?.map((i) => i.MonitoringJobDefinitionName),
      ),
    describe: (client, name) => client.send(new DescribeModelBiasJobDefinitionCommand({ JobDefinitionName: name })),
  },
  modelExplainabilityJobDefinitions: {
    list: ({ client }) =>
      names(paginateListModelExplainabilityJobDefinitions(paging(client), {}), (p) =>
        p.JobDefinitionSummaries?.map((i) => i.MonitoringJobDefinitionName),
      ),
    describe: (client, name) =>
      client.send(new DescribeModelExplainabilityJobDefinitionCommand({ JobDefinitionName: name })),
  },
  featureGroups: {
    list: ({ client }) =>
      names(paginateListFeatureGroups(paging(client), {}), (p) =>
        p.FeatureGroupSummaries?.map((i) => i.FeatureGroupName),
      ),
    describe: (client, name) => client.send(new DescribeFeatureGroupCommand({ FeatureGroupName: name })),
  },
  appImageConfigs: {
    list: ({ client }) =>
      names(paginateListAppImageConfigs(paging(client), {}), (p) =>
        p.AppImageConfigs?.map((i) => i.AppImageConfigName),
      ),
    describe: (client, name) => client.send(new DescribeAppImageConfigCommand({ AppImageConfigName: name })),
  },
  images: {
    list: ({ client }) => names(paginateListImages(paging(client), {}), (p) => p.Images?.map((i) => i.ImageName)),
    describe: (client, name) => client.send(new DescribeImageCommand({ ImageName: name })),
  },
  inferenceExperiments: {
    list: ({ client }) =>
      names(paginateListInferenceExperiments(paging(client), {}), (p) => p.InferenceExperiments?.map((i) => i.Name)),
    describe: (client, name) => client.send(new DescribeInferenceExperimentCommand({ Name: name })),
  },
  domains: {
    list: ({ client }) => names(paginateListDomains(paging(client), {}), (p) => p.Domains?.map((i) => i.DomainId)),
    describe: (client, id) => client.send(new DescribeDomainCommand({ DomainId: id })),
  },
  trainingJobs: {
    list: ({ client, since }) =>
      names(paginateListTrainingJobs(paging(client), { CreationTimeAfter: since }), (p) =>
        p.TrainingJobSummaries?.map((i) => i.TrainingJobName),
      ),
    describe: (client, name) => client.send(new DescribeTrainingJobCommand({ TrainingJobName: name })),
  },
  processingJobs: {
    list: ({ client, since }) =>
      names(paginateListProcessingJobs(paging(client), { CreationTimeAfter: since }), (p) =>
        p.ProcessingJobSummaries?.map((i) => i.ProcessingJobName),
      ),
    describe: (client, name) => client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name })),
  },
  transformJobs: {
    list: ({ client, since }) =>
      names(paginateListTransformJobs(paging(client), { CreationTimeAfter: since }), (p) =>
        p.TransformJobSummaries?.map((i) => i.TransformJobName),
      ),
    describe: (client, name) => client.send(new DescribeTransformJobCommand({ TransformJobName: name })),
  },
};

/**
 * Lists one collection and describes each item as its page arrives. Items keep their list order. A failed List
 * leaves the collection unread (an errors entry); a failed Describe drops that item and records the error once;
 * an item deleted between List and Describe is simply gone.
 */
export async function collectSageMakerCollection(
  ctx: ScopeContext,
  collection: SageMakerCollection,
  since: Date,
): Promise<SnapshotItem[] | undefined> {
  const reader = READERS[collection];
  const client = ctx.client("sagemaker");
  const describeOperation = SAGEMAKER_KINDS[collection].describe;
  const items: (SnapshotItem | undefined)[] = [];
  const describing: Promise<void>[] = [];

  const describe = async (name: string, index: number) => {
    try {
      items[index] = toSnapshotItem(await reader.describe(client, name));
      ctx.progress.resourcesFound(1);
    } catch (error) {
      if (isGone(error)) return;
      if (!isAwsError(error)) throw error;
      ctx.errors.add(toCollectionError(error, "sagemaker", describeOperation, `sagemaker.${collection}`));
    }
  };

  const listed = await ctx.read(
    `sagemaker.${collection}`,
    "sagemaker",
    SAGEMAKER_LIST_OPERATIONS[collection],
    async () => {
      try {
        for await (const page of reader.list({ client, since })) {
          for (const name of page) {
            if (name) describing.push(describe(name, items.push(undefined) - 1));
          }
        }
      } finally {
        // Describes already started finish (or fail) before the collection is settled either way.
        await Promise.all(describing);
      }
      return true;
    },
  );
  return listed ? items.filter((item): item is SnapshotItem => item !== undefined) : undefined;
}
