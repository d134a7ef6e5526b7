import { known, present } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";

const ENABLED = "OnlineStoreConfig.EnableOnlineStore";
const STORAGE_TYPE = "OnlineStoreConfig.StorageType";
const KMS_KEY = "OnlineStoreConfig.SecurityConfig.KmsKeyId";
/** The disk-backed online store tiers the control covers; InMemory is out of its scope. */
const STANDARD_STORAGE = ["Standard", "Standard_V2"];

export default defineControl({
  id: "SageMaker.18",
  title: "SageMaker feature group online stores with standard storage should be encrypted with AWS KMS keys",
  description:
    "Without a KMS key of yours a standard online store is encrypted with an AWS owned key, so no key policy of " +
    "yours limits who can decrypt the features served to live inference, and key use cannot be audited.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::FeatureGroup",
  source: "securityhub",
  configRule: "sagemaker-featuregroup-online-store-encryption",
  schedule: "change-triggered",
  category: "Protect > Data protection > Encryption of data at rest",
  requirements: [
    "NIST.800-53.r5 AU-9",
    "NIST.800-53.r5 CA-9(1)",
    "NIST.800-53.r5 CM-3(6)",
    "NIST.800-53.r5 SC-7(10)",
    "NIST.800-53.r5 SC-12(2)",
    "NIST.800-53.r5 SC-13",
    "NIST.800-53.r5 SC-28",
    "NIST.800-53.r5 SC-28(1)",
    "NIST.800-53.r5 SI-7(6)",
  ],
  parameters: {},
  decisions: [
    "Feature groups without an enabled online store, and online stores with InMemory storage, are NOT_APPLICABLE: " +
      "the control covers online stores with standard storage only.",
    "Standard_V2 storage counts as standard storage: it is the disk-backed store with partial-record updates that " +
      "Standard stores migrate to one way, so leaving it out would let a migration hide an unencrypted store.",
    "Any KmsKeyId passes: the rule checks that a key is configured, not that it is customer managed.",
  ],
  remediation: {
    kind: "recreate",
    summary:
      "OnlineStoreConfig.SecurityConfig cannot be updated: create a new feature group with the KMS key and reload it",
    steps: [
      "Create (or choose) a symmetric customer managed KMS key. Its key policy must give the principal calling CreateFeatureGroup kms:Encrypt, kms:Decrypt, kms:DescribeKey, kms:CreateGrant, kms:RetireGrant, kms:ReEncryptFrom, kms:ReEncryptTo, kms:GenerateDataKey, kms:ListAliases, kms:ListGrants and kms:RevokeGrant, and every caller of PutRecord, GetRecord and DeleteRecord kms:Decrypt.",
      "DescribeFeatureGroup on the failing group to copy FeatureDefinitions, RecordIdentifierFeatureName, EventTimeFeatureName, OnlineStoreConfig (StorageType, TtlDuration), OfflineStoreConfig and ThroughputConfig.",
      "CreateFeatureGroup with a new FeatureGroupName, the same settings and OnlineStoreConfig.SecurityConfig.KmsKeyId=<key ARN>; wait for FeatureGroupStatus Created.",
      "Load the latest record of each identifier into the new group with PutRecord, from the old group's offline store or the source system.",
      "Point producers (PutRecord) and inference code (GetRecord, BatchGetRecord) at the new feature group.",
      "DeleteFeatureGroup on the old group once nothing reads it.",
    ],
  },
  evaluate(group) {
    const store = known("OnlineStoreConfig", group.properties.OnlineStoreConfig);
    if (!store) return notApplicable("no online store", { OnlineStoreConfig: null });
    const enabled = known(ENABLED, store.EnableOnlineStore);
    if (enabled !== true) return notApplicable("the online store is not enabled", { [ENABLED]: enabled });

    const storageType = known(STORAGE_TYPE, store.StorageType);
    if (!storageType || !STANDARD_STORAGE.includes(storageType)) {
      return notApplicable(`the online store uses ${storageType} storage, not standard storage`, {
        [STORAGE_TYPE]: storageType,
      });
    }
    const keyId = known("OnlineStoreConfig.SecurityConfig", store.SecurityConfig)?.KmsKeyId;
    return present(KMS_KEY, keyId)
      ? passed(`the ${storageType} online store is encrypted with ${keyId}`, {
          [STORAGE_TYPE]: storageType,
          [KMS_KEY]: keyId,
        })
      : failed(`the ${storageType} online store has no KMS key`, { [STORAGE_TYPE]: storageType, [KMS_KEY]: null });
  },
});
