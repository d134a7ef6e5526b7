import { describe, expect, it } from "vitest";
import { Unresolved } from "../../model/unresolved.js";
import { Stopwatch } from "../stopwatch.js";
import { type SourceFile, terraformUnit } from "./adapter.js";

async function module(tf: Record<string, string>, vars: Record<string, string> = {}) {
  const files = (record: Record<string, string>): SourceFile[] =>
    Object.entries(record).map(([path, text]) => ({ path, text }));
  return terraformUnit(files(tf), files(vars), new Stopwatch());
}

describe("the Terraform adapter", () => {
  it("maps a resource onto the Describe* output, with AWS's defaults and its source lines", async () => {
    const { unit, errors } = await module({
      "main.tf": `resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab"
  instance_type = "ml.t3.medium"
  volume_size   = 20
  security_groups = ["sg-a"]
  tags = { team = "fraud" }

  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = "2"
  }
}
`,
    });
    expect(errors).toEqual([]);
    const lab = unit.resources[0]?.variants[0]?.resource;
    expect(lab).toMatchObject({
      type: "AWS::SageMaker::NotebookInstance",
      arn: "main.tf#aws_sagemaker_notebook_instance.lab",
      name: "lab",
      tags: { team: "fraud" },
      origin: { source: "terraform", file: "main.tf", address: "aws_sagemaker_notebook_instance.lab", line: 1 },
      lines: {
        NotebookInstanceName: 2,
        VolumeSizeInGB: 4,
        SecurityGroups: 5,
        InstanceMetadataServiceConfiguration: 8,
        "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion": 9,
      },
    });
    expect(lab?.properties).toEqual({
      NotebookInstanceName: "lab",
      InstanceType: "ml.t3.medium",
      VolumeSizeInGB: 20,
      SecurityGroups: ["sg-a"],
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
      DirectInternetAccess: "Enabled",
      RootAccess: "Enabled",
      PlatformIdentifier: "notebook-al2023-v1",
    });
  });

  it("reads an HCL number in a digit-valued string argument as the string Terraform sends", async () => {
    const { unit } = await module({
      "main.tf": `resource "aws_sagemaker_notebook_instance" "lab" {
  instance_metadata_service_configuration {
    minimum_instance_metadata_service_version = 2
  }
}
`,
    });
    expect(unit.resources[0]?.variants[0]?.resource.properties).toMatchObject({
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "2" },
    });
  });

  it("reads variables across the module's files, tfvars over defaults, and locals", async () => {
    const { unit } = await module(
      {
        "variables.tf": `variable "subnet_id" { type = string }
variable "isolation" {
  type    = bool
  default = "true"
}
variable "count_per_az" {
  default = 1
}
`,
        "main.tf": `locals {
  prefix = "fraud"
}
resource "aws_sagemaker_model" "m" {
  name                     = "\${local.prefix}-model"
  execution_role_arn       = "arn:aws:iam::111122223333:role/ml"
  enable_network_isolation = var.isolation
  vpc_config {
    subnets            = [var.subnet_id]
    security_group_ids = ["sg-a"]
  }
}
`,
      },
      { "terraform.tfvars": 'subnet_id = "subnet-0ab12cd34"\n' },
    );
    expect(unit.resources[0]?.variants[0]?.resource).toMatchObject({
      name: "fraud-model",
      properties: {
        ModelName: "fraud-model",
        // A string default for a bool variable is converted, as Terraform does.
        EnableNetworkIsolation: true,
        VpcConfig: { Subnets: ["subnet-0ab12cd34"], SecurityGroupIds: ["sg-a"] },
      },
    });
  });

  it("keeps list blocks as lists and renames attributes that differ from the API", async () => {
    const { unit } = await module({
      "main.tf": `resource "aws_sagemaker_endpoint_configuration" "c" {
  name        = "c"
  kms_key_arn = aws_kms_key.k.arn
  production_variants {
    variant_name           = "a"
    model_name             = "m"
    initial_instance_count = 2
  }
  production_variants {
    variant_name = "b"
    model_name   = "m"
    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}
`,
    });
    expect(unit.resources[0]?.variants[0]?.resource.properties).toEqual({
      EndpointConfigName: "c",
      KmsKeyId: new Unresolved("aws_kms_key.k.arn", "reference"),
      ProductionVariants: [
        { VariantName: "a", ModelName: "m", InitialInstanceCount: 2 },
        { VariantName: "b", ModelName: "m", ServerlessConfig: { MaxConcurrency: 5, MemorySizeInMB: 2048 } },
      ],
    });
  });

  it("merges the provider's default_tags under the resource's tags, per provider alias", async () => {
    const { unit } = await module({
      "providers.tf": `provider "aws" {
  default_tags {
    tags = { project = "fraud", team = "platform" }
  }
}
provider "aws" {
  alias = "west"
}
`,
      "main.tf": `resource "aws_sagemaker_image" "a" {
  image_name = "a"
  role_arn   = "arn:aws:iam::111122223333:role/img"
  tags       = { team = "fraud" }
}
resource "aws_sagemaker_image" "b" {
  provider   = aws.west
  image_name = "b"
  role_arn   = "arn:aws:iam::111122223333:role/img"
}
`,
    });
    expect(unit.resources.map((r) => r.variants[0]?.resource.tags)).toEqual([{ project: "fraud", team: "fraud" }, {}]);
  });

  it("reads suppressions from comments in or above the block, and rejects one without a reason", async () => {
    const { unit } = await module({
      "main.tf": `# Shared lab box.
# mlharden:ignore SageMaker.1,SageMaker.2 reason: no VPC in the lab account (SEC-19)
resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab"
  role_arn      = "arn:aws:iam::111122223333:role/ml"
  instance_type = "ml.t3.medium"
  root_access   = "Enabled" // mlharden:ignore sagemaker.3 reason: installs drivers
}
`,
    });
    expect(unit.resources[0]?.suppressions).toEqual([
      { controlId: "SageMaker.1", reason: "no VPC in the lab account (SEC-19)", file: "main.tf", line: 2 },
      { controlId: "SageMaker.2", reason: "no VPC in the lab account (SEC-19)", file: "main.tf", line: 2 },
      { controlId: "SageMaker.3", reason: "installs drivers", file: "main.tf", line: 7 },
    ]);

    const { unit: bad, errors } = await module({
      "main.tf": `resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab"
  role_arn      = "arn:aws:iam::111122223333:role/ml"
  instance_type = "ml.t3.medium" # mlharden:ignore MLH.1
}
`,
    });
    expect(bad.resources).toEqual([]);
    expect(errors.map((e) => e.message)).toEqual(['main.tf:4: suppression of MLH.1 needs a reason ("reason: ...")']);
  });

  it("resolves the deploy target's data sources of the default provider, and only those", async () => {
    const tf = {
      "main.tf": `data "aws_caller_identity" "current" {}
data "aws_region" "current" {}
data "aws_partition" "current" {}
data "aws_caller_identity" "shared" {
  provider = aws.shared
}

resource "aws_sagemaker_model" "churn" {
  name               = "churn"
  execution_role_arn = "arn:\${data.aws_partition.current.partition}:iam::\${data.aws_caller_identity.current.account_id}:role/ml"

  primary_container {
    image = "\${data.aws_caller_identity.current.account_id}.dkr.ecr.\${data.aws_region.current.region}.\${data.aws_partition.current.dns_suffix}/churn:1"
  }
  container {
    image = "\${data.aws_caller_identity.shared.account_id}.dkr.ecr.\${data.aws_region.current.name}.amazonaws.com/base:1"
  }
}
`,
    };
    const target = { accountId: "111122223333", region: "us-gov-west-1", partition: "aws-us-gov" } as const;
    const { unit, errors } = await terraformUnit(
      Object.entries(tf).map(([path, text]) => ({ path, text })),
      [],
      new Stopwatch(),
      target,
    );
    expect(errors).toEqual([]);
    const model = unit.resources[0]?.variants[0]?.resource;
    expect(model).toMatchObject({ accountId: "111122223333", region: "us-gov-west-1", partition: "aws-us-gov" });
    expect(model?.properties).toMatchObject({
      ExecutionRoleArn: "arn:aws-us-gov:iam::111122223333:role/ml",
      PrimaryContainer: { Image: "111122223333.dkr.ecr.us-gov-west-1.amazonaws.com/churn:1" },
      // Another provider may be another account.
      Containers: [{ Image: expect.any(Unresolved) }],
    });

    const { unit: unknown } = await module(tf);
    expect(unknown.resources[0]?.variants[0]?.resource).toMatchObject({ accountId: "", region: "", partition: "aws" });
    expect(unknown.resources[0]?.variants[0]?.resource.properties).toMatchObject({
      PrimaryContainer: { Image: expect.any(Unresolved) },
    });
  });

  it("reports a file that does not parse with its line, and reads the module's other files", async () => {
    const { unit, errors } = await module({
      "broken.tf": 'variable "x" {\n  default = \n}\n',
      "main.tf": 'resource "aws_sagemaker_image" "a" {\n  image_name = "a"\n  role_arn = "arn:aws:iam::1:role/r"\n}\n',
    });
    expect(errors.map((e) => e.toFileError())).toEqual([
      {
        file: "broken.tf",
        line: 2,
        column: 13,
        message:
          "invalid HCL: Invalid expression; Expected the start of an expression, but found an invalid expression token.",
      },
    ]);
    expect(unit.files).toEqual(["main.tf"]);
    expect(unit.resources).toHaveLength(1);
  });
});
