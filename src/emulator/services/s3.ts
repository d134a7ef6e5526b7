import { createHash } from "node:crypto";
import * as sdk from "@aws-sdk/client-s3";
import { AwsError } from "../errors.js";
import { s3Protocol } from "../protocols/rest-xml.js";
import type { Item } from "../state.js";
import { type OperationContext, pageSize, paginate, requiredString, type ServiceDefinition } from "./service.js";

/**
 * S3 bucket listing and the three bucket sub-resources the collector reads. Bucket names are global: a bucket
 * of another snapshot account answers AccessDenied, an unknown one NoSuchBucket. Buckets are served whatever the
 * signing region.
 */
export const s3: ServiceDefinition = {
  signingName: "s3",
  iamPrefix: "s3",
  protocol: s3Protocol,
  sdk,
  iamActions: { ListBuckets: "ListAllMyBuckets", GetPublicAccessBlock: "GetBucketPublicAccessBlock" },
  operations: {
    ListBuckets: ({ input, account }) => {
      const prefix = typeof input.Prefix === "string" ? input.Prefix : "";
      const region = typeof input.BucketRegion === "string" ? input.BucketRegion : undefined;
      const buckets = account.buckets
        .list()
        .filter((bucket) => String(bucket.Name).startsWith(prefix))
        .filter((bucket) => !region || bucketRegion(bucket) === region)
        .map((bucket) => ({
          Name: bucket.Name,
          CreationDate: bucket.CreationDate,
          BucketRegion: bucketRegion(bucket),
          BucketArn: bucket.BucketArn,
        }));
      const size = pageSize(input, "MaxBuckets", { max: 10000, default: 10000 }, "InvalidArgument");
      const invalidToken = () => new AwsError("InvalidArgument", "The continuation token provided is incorrect");
      const { page, nextToken } = paginate(buckets, input.ContinuationToken, size, invalidToken);
      const owner = { ID: createHash("sha256").update(account.accountId).digest("hex") };
      return { Buckets: page, Owner: owner, ContinuationToken: nextToken, Prefix: input.Prefix };
    },
    GetBucketPolicy: (context) => {
      const policy = ownBucket(context).Policy;
      if (policy === undefined) throw bucketError(context, "NoSuchBucketPolicy", "The bucket policy does not exist");
      return { Policy: typeof policy === "string" ? policy : JSON.stringify(policy) };
    },
    GetBucketTagging: (context) => {
      const tags = ownBucket(context).Tags;
      if (tags === undefined) throw bucketError(context, "NoSuchTagSet", "The TagSet does not exist");
      return { TagSet: tags };
    },
    GetPublicAccessBlock: (context) => {
      const configuration = ownBucket(context).PublicAccessBlockConfiguration;
      if (configuration === undefined) {
        throw bucketError(
          context,
          "NoSuchPublicAccessBlockConfiguration",
          "The public access block configuration was not found",
        );
      }
      return { PublicAccessBlockConfiguration: configuration };
    },
  },
};

/** The snapshot's `Region` is ListBuckets' `BucketRegion`; a bucket without one lives in us-east-1. */
function bucketRegion(bucket: Item): string {
  return typeof bucket.Region === "string" ? bucket.Region : "us-east-1";
}

function ownBucket(context: OperationContext): Item {
  const name = requiredString(context.input, "Bucket");
  const bucket = context.account.buckets.get(name);
  if (bucket) return bucket;
  if (context.state.bucketOwner(name)) throw new AwsError("AccessDenied", "Access Denied", 403);
  throw bucketError(context, "NoSuchBucket", "The specified bucket does not exist");
}

function bucketError(context: OperationContext, code: string, message: string): AwsError {
  return new AwsError(code, message, 404, { BucketName: String(context.input.Bucket) });
}
