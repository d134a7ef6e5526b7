import {
  type Bucket,
  GetBucketPolicyCommand,
  GetBucketTaggingCommand,
  GetPublicAccessBlockCommand,
  paginateListBuckets,
} from "@aws-sdk/client-s3";
import type { ScopeContext } from "./context.js";
import { isAwsError, S3_ABSENT_CONFIGURATION, toCollectionError } from "./errors.js";
import { type SnapshotItem, toSnapshotItem } from "./snapshot-writer.js";

/**
 * The account's buckets with policy, tags and public-access block, each read in the bucket's own region.
 * "No policy / no tags / no block" are S3 errors (NoSuchBucketPolicy …) that mean the field is absent.
 */
export function collectBuckets(ctx: ScopeContext): Promise<{ buckets: SnapshotItem[] } | undefined> {
  return ctx.read("s3", "s3", "ListBuckets", async () => {
    const listed: Bucket[] = [];
    for await (const page of paginateListBuckets({ client: ctx.client("s3") }, {}))
      listed.push(...(page.Buckets ?? []));
    return { buckets: await Promise.all(listed.map((bucket) => describeBucket(ctx, bucket))) };
  });
}

async function describeBucket(ctx: ScopeContext, bucket: Bucket): Promise<SnapshotItem> {
  const { BucketRegion, ...fields } = bucket;
  const region = BucketRegion ?? ctx.scope.region;
  const client = ctx.client("s3", region);
  const Bucket = bucket.Name;
  const [policy, tagging, block] = await Promise.all([
    optional(ctx, "GetBucketPolicy", () => client.send(new GetBucketPolicyCommand({ Bucket }))),
    optional(ctx, "GetBucketTagging", () => client.send(new GetBucketTaggingCommand({ Bucket }))),
    optional(ctx, "GetPublicAccessBlock", () => client.send(new GetPublicAccessBlockCommand({ Bucket }))),
  ]);
  return toSnapshotItem({
    ...fields,
    Region: region,
    ...(policy?.Policy !== undefined ? { Policy: policy.Policy } : {}),
    ...(tagging?.TagSet ? { Tags: tagging.TagSet } : {}),
    ...(block?.PublicAccessBlockConfiguration
      ? { PublicAccessBlockConfiguration: block.PublicAccessBlockConfiguration }
      : {}),
  });
}

async function optional<T>(ctx: ScopeContext, operation: string, call: () => Promise<T>): Promise<T | undefined> {
  try {
    return await call();
  } catch (error) {
    if (!isAwsError(error)) throw error;
    if (!S3_ABSENT_CONFIGURATION.has(error instanceof Error ? error.name : "")) {
      ctx.errors.add(toCollectionError(error, "s3", operation, "s3"));
    }
    return undefined;
  }
}
