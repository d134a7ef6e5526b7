import * as sdk from "@aws-sdk/client-ecr";
import { AwsError } from "../errors.js";
import { jsonProtocol } from "../protocols/json.js";
import type { Item } from "../state.js";
import { pageSize, paginate, type ServiceDefinition } from "./service.js";

export const ecr: ServiceDefinition = {
  signingName: "ecr",
  iamPrefix: "ecr",
  protocol: jsonProtocol("AmazonEC2ContainerRegistry_V20150921"),
  sdk,
  operations: {
    DescribeRepositories: ({ input, account, region }) => {
      const registryId = typeof input.registryId === "string" ? input.registryId : account.accountId;
      const names = Array.isArray(input.repositoryNames) ? input.repositoryNames.map(String) : [];
      const store = region.ecrRepositories;
      const repositories: Item[] =
        registryId !== account.accountId
          ? []
          : names.length === 0
            ? store.list()
            : names.map((name) => {
                const repository = store.get(name);
                if (repository) return repository;
                throw new AwsError(
                  "RepositoryNotFoundException",
                  `The repository with name '${name}' does not exist in the registry with id '${registryId}'`,
                );
              });
      const size = pageSize(input, "maxResults", { max: 1000, default: 100 }, "InvalidParameterException");
      const invalidToken = () => new AwsError("InvalidParameterException", "Invalid parameter at 'nextToken'");
      const { page, nextToken } = paginate(repositories, input.nextToken, size, invalidToken);
      return { repositories: page, nextToken };
    },
  },
};
