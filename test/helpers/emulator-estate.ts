import { validateSnapshot } from "../../src/snapshot/load.js";
import type { Snapshot } from "../../src/snapshot/schema.js";

export const MANAGEMENT = "111122223333";
export const MEMBER = "444455556666";

/** Text that XML must escape, and whitespace it must keep. */
export const AWKWARD_TEXT = ` a&b <c> "d" 'e'\n\tf `;

const sm = (account: string, region: string, type: string, name: string) =>
  `arn:aws:sagemaker:${region}:${account}:${type}/${name}`;

/** Twelve notebooks (more than SageMaker's default page of 10), created one day apart. */
const notebooks = Array.from({ length: 12 }, (_, i) => {
  const name = `nb-${String(i + 1).padStart(2, "0")}`;
  return {
    NotebookInstanceArn: sm(MANAGEMENT, "us-east-1", "notebook-instance", name),
    NotebookInstanceName: name,
    NotebookInstanceStatus: "InService",
    InstanceType: "ml.t3.medium",
    DirectInternetAccess: i % 2 === 0 ? "Enabled" : "Disabled",
    RootAccess: "Enabled",
    CreationTime: new Date(Date.UTC(2026, 0, 1 + i, 12)).toISOString(),
    LastModifiedTime: "2026-02-01T00:00:00.000Z",
  };
});

const subnets = Array.from({ length: 7 }, (_, i) => ({
  SubnetId: `subnet-0${i}`,
  VpcId: "vpc-01",
  CidrBlock: `10.0.${i}.0/24`,
  AvailabilityZone: "us-east-1a",
  MapPublicIpOnLaunch: false,
  Tags: [{ Key: "Name", Value: `private-${i}` }],
}));

/** A small estate of two accounts for the emulator's own tests (field names exactly as the SDK returns them). */
export function emulatorEstate(): Snapshot {
  return validateSnapshot({
    format: "mlharden/snapshot@1",
    collectedAt: "2026-11-28T09:00:00.000Z",
    accounts: [
      {
        accountId: MANAGEMENT,
        partition: "aws",
        iam: {
          roles: [
            {
              Path: "/",
              RoleName: "ml-execution",
              RoleId: "AROAEXAMPLE000000001",
              Arn: `arn:aws:iam::${MANAGEMENT}:role/ml-execution`,
              CreateDate: "2025-01-01T00:00:00.000Z",
              AssumeRolePolicyDocument: { Version: "2012-10-17", Statement: [] },
              RolePolicyList: [],
              AttachedManagedPolicies: [
                { PolicyName: "ReadOnlyAccess", PolicyArn: "arn:aws:iam::aws:policy/ReadOnlyAccess" },
              ],
              Tags: [{ Key: "note", Value: AWKWARD_TEXT }],
            },
            {
              Path: "/",
              RoleName: "mlharden-scanner",
              Arn: `arn:aws:iam::${MANAGEMENT}:role/mlharden-scanner`,
              CreateDate: "2025-01-02T00:00:00.000Z",
              AssumeRolePolicyDocument: "%7B%22Version%22%3A%222012-10-17%22%7D",
              MaxSessionDuration: 7200,
            },
          ],
          policies: [
            {
              PolicyName: "ReadOnlyAccess",
              Arn: "arn:aws:iam::aws:policy/ReadOnlyAccess",
              DefaultVersionId: "v1",
              PolicyVersionList: [{ Document: "%7B%7D", VersionId: "v1", IsDefaultVersion: true }],
            },
            {
              PolicyName: "ml-data",
              Arn: `arn:aws:iam::${MANAGEMENT}:policy/ml-data`,
              DefaultVersionId: "v2",
              PolicyVersionList: [{ Document: { Version: "2012-10-17" }, VersionId: "v2", IsDefaultVersion: true }],
            },
          ],
        },
        s3: {
          buckets: [
            {
              Name: "mgmt-full",
              Region: "us-east-1",
              CreationDate: "2024-05-01T10:00:00.000Z",
              Policy: '{"Version":"2012-10-17","Statement":[]}',
              Tags: [{ Key: "owner", Value: "ml" }],
              PublicAccessBlockConfiguration: {
                BlockPublicAcls: true,
                IgnorePublicAcls: true,
                BlockPublicPolicy: true,
                RestrictPublicBuckets: false,
              },
            },
            { Name: "mgmt-bare", Region: "eu-west-1", CreationDate: "2024-06-01T10:00:00.000Z" },
          ],
        },
        regions: [
          {
            region: "us-east-1",
            sagemaker: {
              notebookInstances: notebooks,
              trainingJobs: [
                {
                  TrainingJobName: "train-old",
                  TrainingJobArn: sm(MANAGEMENT, "us-east-1", "training-job", "train-old"),
                  TrainingJobStatus: "Completed",
                  CreationTime: "2023-01-01T00:00:00.000Z",
                },
                {
                  TrainingJobName: "train-recent",
                  TrainingJobArn: sm(MANAGEMENT, "us-east-1", "training-job", "train-recent"),
                  TrainingJobStatus: "InProgress",
                  CreationTime: "2026-11-01T00:00:00.000Z",
                  SecondaryStatusTransitions: [
                    { Status: "Starting", StartTime: "2026-11-01T00:00:01.250Z", EndTime: "2026-11-01T00:02:00.000Z" },
                  ],
                },
              ],
            },
            tags: {
              [sm(MANAGEMENT, "us-east-1", "notebook-instance", "nb-01")]: { owner: "ml", env: "prod" },
              [sm(MANAGEMENT, "us-east-1", "notebook-instance", "nb-02")]: { owner: "data" },
              [sm(MANAGEMENT, "us-east-1", "training-job", "train-recent")]: { owner: "ml" },
            },
            ec2: {
              vpcs: [
                {
                  VpcId: "vpc-01",
                  CidrBlock: "10.0.0.0/16",
                  IsDefault: false,
                  State: "available",
                  Tags: [{ Key: "Name", Value: AWKWARD_TEXT }],
                  CidrBlockAssociationSet: [
                    {
                      AssociationId: "vpc-cidr-assoc-01",
                      CidrBlock: "10.0.0.0/16",
                      CidrBlockState: { State: "associated" },
                    },
                  ],
                },
              ],
              subnets,
            },
            ecr: {
              repositories: [
                {
                  repositoryArn: `arn:aws:ecr:us-east-1:${MANAGEMENT}:repository/fraud`,
                  registryId: MANAGEMENT,
                  repositoryName: "fraud",
                  repositoryUri: `${MANAGEMENT}.dkr.ecr.us-east-1.amazonaws.com/fraud`,
                  createdAt: "2025-03-03T03:03:03.000Z",
                  imageTagMutability: "IMMUTABLE",
                },
                {
                  repositoryArn: `arn:aws:ecr:us-east-1:${MANAGEMENT}:repository/base`,
                  registryId: MANAGEMENT,
                  repositoryName: "base",
                },
              ],
            },
          },
          {
            region: "eu-west-1",
            sagemaker: {
              notebookInstances: [
                {
                  NotebookInstanceArn: sm(MANAGEMENT, "eu-west-1", "notebook-instance", "eu-notebook"),
                  NotebookInstanceName: "eu-notebook",
                },
              ],
            },
          },
          { region: "af-south-1" },
        ],
      },
      {
        accountId: MEMBER,
        partition: "aws",
        s3: { buckets: [{ Name: "member-bucket", Region: "us-east-1" }] },
        regions: [
          {
            region: "us-east-1",
            sagemaker: {
              notebookInstances: [
                {
                  NotebookInstanceArn: sm(MEMBER, "us-east-1", "notebook-instance", "member-notebook"),
                  NotebookInstanceName: "member-notebook",
                },
              ],
            },
          },
        ],
      },
    ],
  });
}
