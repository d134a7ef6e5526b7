import * as sdk from "@aws-sdk/client-iam";
import { AwsError } from "../errors.js";
import { listParam, queryProtocol } from "../protocols/query.js";
import type { Item } from "../state.js";
import { pageSize, paginate, type ServiceDefinition } from "./service.js";

type Entity = { list: "RoleDetailList" | "Policies"; item: Item };

/**
 * GetAccountAuthorizationDetails over the snapshot's roles and managed policies (it holds no users or groups),
 * paginated across both with MaxItems/Marker/IsTruncated. Policy documents go out URL-encoded, as IAM sends them.
 */
export const iam: ServiceDefinition = {
  signingName: "iam",
  iamPrefix: "iam",
  protocol: queryProtocol("https://iam.amazonaws.com/doc/2010-05-08/"),
  sdk,
  operations: {
    GetAccountAuthorizationDetails: ({ input, account }) => {
      const filter = new Set(listParam(input, "Filter.member"));
      const wanted = (type: string) => filter.size === 0 || filter.has(type);
      const entities: Entity[] = [
        ...(wanted("Role") ? account.iamRoles.list().map((item) => ({ list: "RoleDetailList" as const, item })) : []),
        ...account.iamPolicies
          .list()
          .filter((item) =>
            wanted(String(item.Arn).includes(":iam::aws:policy/") ? "AWSManagedPolicy" : "LocalManagedPolicy"),
          )
          .map((item) => ({ list: "Policies" as const, item })),
      ];
      const size = pageSize(input, "MaxItems", { max: 1000, default: 100 }, "ValidationError");
      const { page, nextToken } = paginate(
        entities,
        input.Marker,
        size,
        () => new AwsError("ValidationError", "Invalid Marker"),
      );
      const of = (list: Entity["list"]) => page.filter((e) => e.list === list).map((e) => e.item);
      return {
        UserDetailList: [],
        GroupDetailList: [],
        RoleDetailList: of("RoleDetailList").map(encodeRoleDocuments),
        Policies: of("Policies").map(encodePolicyDocuments),
        IsTruncated: nextToken !== undefined,
        Marker: nextToken,
      };
    },
  },
};

function encodeRoleDocuments(role: Item): Item {
  const inline = role.RolePolicyList as Item[] | undefined;
  return {
    ...role,
    AssumeRolePolicyDocument: urlEncodedDocument(role.AssumeRolePolicyDocument),
    RolePolicyList: inline?.map((policy) => ({ ...policy, PolicyDocument: urlEncodedDocument(policy.PolicyDocument) })),
  };
}

function encodePolicyDocuments(policy: Item): Item {
  const versions = policy.PolicyVersionList as Item[] | undefined;
  return { ...policy, PolicyVersionList: versions?.map((v) => ({ ...v, Document: urlEncodedDocument(v.Document) })) };
}

/** Snapshots keep IAM's URL-encoded strings; a hand-written snapshot may inline the document as an object. */
function urlEncodedDocument(document: unknown): unknown {
  return document !== null && typeof document === "object" ? encodeURIComponent(JSON.stringify(document)) : document;
}
