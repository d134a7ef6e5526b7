import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const keyArn = "arn:aws:kms:us-east-1:111122223333:key/0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f";
const base = {
  FeatureGroupArn: "arn:aws:sagemaker:us-east-1:111122223333:feature-group/customer-features",
  FeatureGroupName: "customer-features",
  RecordIdentifierFeatureName: "customer_id",
  EventTimeFeatureName: "event_time",
  FeatureDefinitions: [
    { FeatureName: "customer_id", FeatureType: "String" },
    { FeatureName: "event_time", FeatureType: "String" },
    { FeatureName: "lifetime_value", FeatureType: "Fractional" },
  ],
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  FeatureGroupStatus: "Created",
  ThroughputConfig: { ThroughputMode: "OnDemand" },
  CreationTime: "2026-03-04T12:00:00.000Z",
};
const offlineStore = (kmsKeyId?: string) => ({
  S3StorageConfig: {
    S3Uri: "s3://feature-store-111122223333/offline",
    ...(kmsKeyId && { KmsKeyId: kmsKeyId }),
    ResolvedOutputS3Uri:
      "s3://feature-store-111122223333/offline/111122223333/sagemaker/us-east-1/offline-store/customer-features-1772625600/data",
  },
  DisableGlueTableCreation: false,
  DataCatalogConfig: {
    TableName: "customer_features_1772625600",
    Catalog: "AwsDataCatalog",
    Database: "sagemaker_featurestore",
  },
  TableFormat: "Glue",
});

describe("SageMaker.17 feature group offline store KMS", () => {
  controlCases(control, [
    {
      name: "offline store with a KMS key",
      item: { ...base, OfflineStoreConfig: offlineStore(keyArn), OfflineStoreStatus: { Status: "Active" } },
      status: "PASSED",
      observed: { "OfflineStoreConfig.S3StorageConfig.KmsKeyId": keyArn },
    },
    {
      name: "offline store without a KMS key",
      item: { ...base, OfflineStoreConfig: offlineStore(), OfflineStoreStatus: { Status: "Active" } },
      status: "FAILED",
      observed: { "OfflineStoreConfig.S3StorageConfig.KmsKeyId": null },
    },
    {
      name: "online store only",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "Standard" } },
      status: "NOT_APPLICABLE",
    },
  ]);
});
