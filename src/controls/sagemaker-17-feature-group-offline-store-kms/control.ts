import { known, present } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";

const KMS_KEY = "OfflineStoreConfig.S3StorageConfig.KmsKeyId";

export default defineControl({
  id: "SageMaker.17",
  title: "SageMaker feature group offline stores should be encrypted with AWS KMS keys",
  description:
    "Without a KMS key of yours the offline store's S3 objects are encrypted with an AWS managed key, so no key " +
    "policy of yours limits who can decrypt the feature data and its use cannot be audited or revoked per key.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::FeatureGroup",
  source: "securityhub",
  configRule: "sagemaker-featuregroup-encryption-at-rest",
  schedule: "change-triggered",
  category: "Protect > Data Protection > Encryption of data-at-rest",
  requirements: [],
  parameters: {},
  decisions: [
    "A feature group without an OfflineStoreConfig (online store only) is NOT_APPLICABLE: there is no offline " +
      "store to encrypt.",
    "Any KmsKeyId passes: the rule checks that a key is configured, not that it is customer managed.",
  ],
  remediation: {
    kind: "recreate",
    summary:
      "UpdateFeatureGroup cannot change OfflineStoreConfig: create a new feature group with the KMS key and backfill it",
    steps: [
      "Create (or choose) a symmetric customer managed KMS key whose key policy lets the feature group's RoleArn and the principal calling CreateFeatureGroup encrypt and decrypt with it (kms:Encrypt, kms:Decrypt, kms:GenerateDataKey, kms:DescribeKey, kms:CreateGrant).",
      "DescribeFeatureGroup on the failing group to copy FeatureDefinitions, RecordIdentifierFeatureName, EventTimeFeatureName, OnlineStoreConfig, OfflineStoreConfig and ThroughputConfig.",
      "CreateFeatureGroup with a new FeatureGroupName, the same settings and OfflineStoreConfig.S3StorageConfig.KmsKeyId=<key ARN>; wait for FeatureGroupStatus Created.",
      "Backfill the new group: read the old offline store (Athena on its Glue table, or its S3 files) and PutRecord each record, or run a Feature Store ingestion job.",
      "Point producers (PutRecord) and consumers (GetRecord, Athena queries, training pipelines) at the new feature group.",
      "DeleteFeatureGroup on the old group. It leaves the offline store's S3 objects and Glue table behind: delete them, or re-encrypt the objects with the key (S3 CopyObject with SSE-KMS) if they must be kept.",
    ],
  },
  evaluate(group) {
    const offline = known("OfflineStoreConfig", group.properties.OfflineStoreConfig);
    if (!offline) return notApplicable("no offline store is configured", { OfflineStoreConfig: null });
    const keyId = known("OfflineStoreConfig.S3StorageConfig", offline.S3StorageConfig)?.KmsKeyId;
    return present(KMS_KEY, keyId)
      ? passed(`the offline store is encrypted with ${keyId}`, { [KMS_KEY]: keyId })
      : failed("the offline store's S3 storage has no KMS key", { [KMS_KEY]: null });
  },
});
