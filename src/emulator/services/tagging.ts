import * as sdk from "@aws-sdk/client-resource-groups-tagging-api";
import { AwsError } from "../errors.js";
import { jsonProtocol } from "../protocols/json.js";
import { pageSize, paginate, type ServiceDefinition } from "./service.js";

interface TagFilter {
  Key?: string;
  Values?: string[];
}

/**
 * GetResources over the region's tag map (ARN → tags, in snapshot order), filtered by `service[:resource-type]`
 * ResourceTypeFilters and TagFilters. The last page carries `PaginationToken: ""`, as the API's does.
 */
export const tagging: ServiceDefinition = {
  signingName: "tagging",
  iamPrefix: "tag",
  protocol: jsonProtocol("ResourceGroupsTaggingAPI_20170126"),
  sdk,
  operations: {
    GetResources: ({ input, region }) => {
      const typeFilters = Array.isArray(input.ResourceTypeFilters) ? input.ResourceTypeFilters.map(String) : [];
      const tagFilters = (Array.isArray(input.TagFilters) ? input.TagFilters : []) as TagFilter[];
      const mappings = [...region.tags]
        .filter(([arn]) => typeFilters.length === 0 || typeFilters.some((filter) => arnHasType(arn, filter)))
        .filter(([, tags]) => tagFilters.every((filter) => matchesTagFilter(tags, filter)))
        .map(([arn, tags]) => ({
          ResourceARN: arn,
          Tags: Object.entries(tags).map(([Key, Value]) => ({ Key, Value })),
        }));
      const size = pageSize(input, "ResourcesPerPage", { max: 100, default: 100 }, "InvalidParameterException");
      const invalidToken = () => new AwsError("PaginationTokenExpiredException", "The pagination token is invalid.");
      const { page, nextToken } = paginate(mappings, input.PaginationToken, size, invalidToken);
      return { ResourceTagMappingList: page, PaginationToken: nextToken ?? "" };
    },
  },
};

/** `sagemaker` matches every SageMaker ARN, `sagemaker:notebook-instance` only notebook instances. */
function arnHasType(arn: string, filter: string): boolean {
  const [, , service, , , resource = ""] = arn.split(":");
  const [filterService, filterType] = filter.split(":");
  return service === filterService && (!filterType || resource.split("/")[0] === filterType);
}

function matchesTagFilter(tags: Record<string, string>, filter: TagFilter): boolean {
  if (!filter.Key || !(filter.Key in tags)) return false;
  return !filter.Values?.length || filter.Values.includes(tags[filter.Key] as string);
}
