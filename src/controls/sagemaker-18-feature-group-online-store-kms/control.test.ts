import { describe } from "vitest";
import { controlCases } from "../test-helpers/cases.js";
import control from "./control.js";

const keyArn = "arn:aws:kms:us-east-1:111122223333:key/0f9e8d7c-6b5a-4c3d-2e1f-0a9b8c7d6e5f";
const base = {
  FeatureGroupArn: "arn:aws:sagemaker:us-east-1:111122223333:feature-group/session-features",
  FeatureGroupName: "session-features",
  RecordIdentifierFeatureName: "session_id",
  EventTimeFeatureName: "event_time",
  FeatureDefinitions: [
    { FeatureName: "session_id", FeatureType: "String" },
    { FeatureName: "event_time", FeatureType: "String" },
    { FeatureName: "clicks_last_5m", FeatureType: "Integral" },
  ],
  RoleArn: "arn:aws:iam::111122223333:role/service-role/AmazonSageMaker-ExecutionRole-20240311T120000",
  FeatureGroupStatus: "Created",
  ThroughputConfig: { ThroughputMode: "OnDemand" },
  OnlineStoreTotalSizeBytes: 524288,
  CreationTime: "2026-03-04T12:00:00.000Z",
};

describe("SageMaker.18 feature group online store KMS", () => {
  controlCases(control, [
    {
      name: "Standard online store with a KMS key",
      item: {
        ...base,
        OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "Standard", SecurityConfig: { KmsKeyId: keyArn } },
      },
      status: "PASSED",
      observed: { "OnlineStoreConfig.SecurityConfig.KmsKeyId": keyArn },
    },
    {
      name: "Standard online store without a KMS key",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "Standard" } },
      status: "FAILED",
      observed: { "OnlineStoreConfig.StorageType": "Standard", "OnlineStoreConfig.SecurityConfig.KmsKeyId": null },
    },
    {
      name: "StorageType omitted takes AWS's default, Standard",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: true } },
      status: "FAILED",
      observed: { "OnlineStoreConfig.StorageType": "Standard" },
    },
    {
      name: "Standard_V2 online store without a KMS key",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "Standard_V2" } },
      status: "FAILED",
      observed: { "OnlineStoreConfig.StorageType": "Standard_V2" },
    },
    {
      name: "InMemory online store",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: true, StorageType: "InMemory" } },
      status: "NOT_APPLICABLE",
      observed: { "OnlineStoreConfig.StorageType": "InMemory" },
    },
    {
      name: "online store disabled",
      item: { ...base, OnlineStoreConfig: { EnableOnlineStore: false } },
      status: "NOT_APPLICABLE",
      observed: { "OnlineStoreConfig.EnableOnlineStore": false },
    },
    {
      name: "EnableOnlineStore omitted takes AWS's default, false",
      item: { ...base, OnlineStoreConfig: { SecurityConfig: { KmsKeyId: keyArn } } },
      status: "NOT_APPLICABLE",
      observed: { "OnlineStoreConfig.EnableOnlineStore": false },
    },
    {
      name: "offline store only",
      item: {
        ...base,
        OfflineStoreConfig: { S3StorageConfig: { S3Uri: "s3://feature-store-111122223333/offline", KmsKeyId: keyArn } },
      },
      status: "NOT_APPLICABLE",
    },
  ]);
});
