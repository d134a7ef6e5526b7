import { describe, expect, it } from "vitest";
import { expectVerdicts, findingOf, lineOf, scanFixtures } from "../../test/helpers/iac.js";
import { CONTROLS } from "../controls/catalog.js";
import { evaluate } from "../evaluate/evaluate.js";
import { Unresolved } from "../model/unresolved.js";
import type { IacReport } from "./scan.js";
import { deployTarget } from "./target.js";
import { TERRAFORM_TYPES } from "./terraform/mapping.js";

const YAML = "cloudformation/ml-platform.yaml";
const JSON_TEMPLATE = "cloudformation/churn-inference.json";
const CDK = "cdk/cdk.out/FraudMlStack.template.json";
const MAIN_TF = "terraform/ml-platform/main.tf";

/** Every control runs on every resource of its type, exactly once: nothing is silently skipped. */
function expectEveryControlOnEveryResource(report: IacReport): void {
  const resources = new Map(report.findings.map((f) => [f.resourceArn, f.resourceType]));
  for (const [arn, type] of resources) {
    for (const control of CONTROLS.filter((c) => c.resourceType === type)) {
      const findings = report.findings.filter((f) => f.resourceArn === arn && f.controlId === control.id);
      expect(findings, `${control.id} on ${arn}`).toHaveLength(1);
    }
  }
}

describe("CloudFormation YAML with short-form intrinsics", async () => {
  const report = await scanFixtures([YAML]);

  it("reads the template without errors and runs every control on every resource", () => {
    expect(report.errors).toEqual([]);
    expect(report.files).toEqual([`test/fixtures/iac/${YAML}`]);
    expectEveryControlOnEveryResource(report);
  });

  it("covers every SageMaker resource type a control applies to, except job resources CloudFormation lacks", () => {
    const types = new Set(report.findings.map((f) => f.resourceType));
    const jobs = ["AWS::SageMaker::TrainingJob", "AWS::SageMaker::TransformJob", "AWS::SageMaker::ProcessingJob"];
    const wanted = new Set(CONTROLS.map((c) => c.resourceType).filter((t) => !jobs.includes(t)));
    expect([...wanted].filter((t) => !types.has(t))).toEqual([]);
  });

  it("gives omitted properties AWS's defaults, so a bare notebook fails at its own line", () => {
    expectVerdicts(report, [
      { address: "ExplorationNotebook", control: "SageMaker.1", status: "FAILED", line: 39 },
      { address: "ExplorationNotebook", control: "SageMaker.2", status: "FAILED", line: 39 },
      { address: "ExplorationNotebook", control: "SageMaker.3", status: "FAILED", line: 39 },
      { address: "ExplorationNotebook", control: "SageMaker.21", status: "FAILED", line: 39 },
      { address: "ExplorationNotebook", control: "MLH.1", status: "FAILED", line: 39 },
      { address: "ExplorationNotebook", control: "SageMaker.8", status: "PASSED" },
      { address: "LegacyModel", control: "SageMaker.5", status: "FAILED", line: 109 },
      { address: "ModelQualityDefinition", control: "SageMaker.13", status: "FAILED", line: 186 },
      { address: "ModelQualityDefinition", control: "SageMaker.25", status: "FAILED", line: 186 },
      { address: "StudioDomain", control: "MLH.4", status: "FAILED", line: 375 },
    ]);
    expect(findingOf(report, "ExplorationNotebook", "SageMaker.1").observed).toEqual({
      DirectInternetAccess: "Enabled",
    });
  });

  it("passes set properties, counting references to other resources as set", () => {
    for (const control of ["SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.8", "SageMaker.21", "MLH.1"]) {
      expectVerdicts(report, [{ address: "FraudModelNotebook", control, status: "PASSED" }]);
    }
    expectVerdicts(report, [
      { address: "FraudModel", control: "SageMaker.5", status: "PASSED" },
      { address: "FraudModel", control: "SageMaker.16", status: "PASSED" },
      { address: "FraudModel", control: "MLH.3", status: "PASSED" },
      { address: "FraudEndpointConfig", control: "MLH.2", status: "PASSED" },
      { address: "DataQualityDefinition", control: "SageMaker.9", status: "PASSED" },
      { address: "DataQualityDefinition", control: "SageMaker.11", status: "PASSED" },
      { address: "ExplainabilityDefinition", control: "SageMaker.10", status: "PASSED" },
      { address: "ExplainabilityDefinition", control: "SageMaker.20", status: "PASSED" },
      { address: "TransactionFeatures", control: "SageMaker.18", status: "PASSED" },
      { address: "KernelImageConfig", control: "SageMaker.6", status: "PASSED" },
      { address: "ShadowExperiment", control: "SageMaker.23", status: "PASSED" },
    ]);
    expect(findingOf(report, "FraudModelNotebook", "SageMaker.21").observed.KmsKeyId).toEqual(
      new Unresolved("!GetAtt PlatformKey.Arn", "reference"),
    );
    expect(findingOf(report, "FraudModelNotebook", "SageMaker.21").reason).toBe(
      "the ML storage volume is encrypted with <unresolved: !GetAtt PlatformKey.Arn>",
    );
  });

  it("points failures at the offending property's line", () => {
    expectVerdicts(report, [
      { address: "LegacyModel", control: "SageMaker.16", status: "FAILED", line: 114 },
      { address: "PipelineModel", control: "SageMaker.19", status: "FAILED", line: 129 },
      { address: "BiasDefinition", control: "SageMaker.12", status: "FAILED", line: 237 },
      { address: "BiasDefinition", control: "SageMaker.15", status: "NOT_APPLICABLE" },
      { address: "InlineMonitoringSchedule", control: "SageMaker.14", status: "FAILED", line: 273 },
      { address: "InlineMonitoringSchedule", control: "SageMaker.22", status: "FAILED", line: 273 },
      { address: "TransactionFeatures", control: "SageMaker.17", status: "FAILED", line: 317 },
      { address: "KernelImage", control: "SageMaker.7", status: "FAILED" },
      { address: "ShadowExperiment", control: "SageMaker.24", status: "FAILED", line: 372 },
    ]);
  });

  it("converts strings in boolean and number fields as CloudFormation does", () => {
    // EnableNetworkIsolation: "true"; InitialInstanceCount from a Number parameter whose default is "1".
    expectVerdicts(report, [
      { address: "PipelineModel", control: "SageMaker.5", status: "PASSED" },
      { address: "FraudEndpointConfig", control: "SageMaker.4", status: "FAILED", line: 140 },
      { address: "ServerlessEndpointConfig", control: "SageMaker.4", status: "NOT_APPLICABLE" },
    ]);
  });

  it("checks both branches of an undecided !If and reports the failing one", () => {
    expectVerdicts(report, [
      {
        address: "SharedTrainingNotebook",
        control: "SageMaker.1",
        status: "FAILED",
        line: 71,
        reason: "(when condition IsProd is false)",
      },
      // In the false branch the subnet is AWS::NoValue: omitted, so the notebook runs outside a VPC.
      {
        address: "SharedTrainingNotebook",
        control: "SageMaker.2",
        status: "FAILED",
        line: 74,
        reason: "IsProd is false",
      },
    ]);
  });

  it("reports NOT_ASSESSED, naming the expression, when an unresolvable value decides", () => {
    expectVerdicts(report, [
      {
        address: "SharedTrainingNotebook",
        control: "SageMaker.3",
        status: "NOT_ASSESSED",
        line: 72,
        reason: "RootAccess is set from !Ref RootAccessSetting, which cannot be resolved",
      },
      {
        address: "SharedTrainingNotebook",
        control: "SageMaker.21",
        status: "NOT_ASSESSED",
        line: 73,
        reason: "!ImportValue shared-kms-key-arn",
      },
    ]);
  });

  it("resolves a schedule's named job definition within the template", () => {
    const finding = findingOf(report, "NamedMonitoringSchedule", "SageMaker.14");
    expect(finding.status).toBe("PASSED");
    expect(finding.observed.JobDefinitionArn).toBe(`test/fixtures/iac/${YAML}#DataQualityDefinition`);
  });

  it("suppresses with the reason from the resource's Metadata", () => {
    const finding = findingOf(report, "SandboxNotebook", "SageMaker.3");
    expect(finding.status).toBe("SUPPRESSED");
    expect(finding.suppression).toEqual({
      reason: "Sandbox for pip experiments; no data access (SEC-2231)",
      source: `test/fixtures/iac/${YAML}:81`,
    });
    expect(findingOf(report, "SandboxNotebook", "MLH.1").status).toBe("FAILED");
  });

  it("gives each finding the file, the logical id and a stable identifier", () => {
    const finding = findingOf(report, "ExplorationNotebook", "SageMaker.1");
    expect(finding.location).toEqual({ file: `test/fixtures/iac/${YAML}`, address: "ExplorationNotebook", line: 39 });
    expect(finding.resourceArn).toBe(`test/fixtures/iac/${YAML}#ExplorationNotebook`);
    expect(finding.resourceName).toBe("ml-feature-exploration");
    expect(finding.origin).toEqual({
      source: "cloudformation",
      file: `test/fixtures/iac/${YAML}`,
      address: "ExplorationNotebook",
      line: 39,
    });
  });
});

describe("CloudFormation JSON", async () => {
  const report = await scanFixtures([JSON_TEMPLATE]);

  it("evaluates long-form intrinsics, list parameters and both literal branches of Fn::If", () => {
    expect(report.errors).toEqual([]);
    expectEveryControlOnEveryResource(report);
    expectVerdicts(report, [
      { address: "ChurnModel", control: "SageMaker.5", status: "PASSED" },
      { address: "ChurnModel", control: "SageMaker.16", status: "PASSED" },
      // Subnets come from a List<AWS::EC2::Subnet::Id> parameter's default.
      { address: "ChurnModel", control: "MLH.3", status: "PASSED" },
      { address: "ChurnEndpointConfig", control: "SageMaker.4", status: "PASSED" },
      // A !Sub with literal text around pseudo parameters is a key that is certainly set.
      { address: "ChurnEndpointConfig", control: "MLH.2", status: "PASSED" },
      { address: "ChurnFeatures", control: "SageMaker.17", status: "NOT_APPLICABLE", line: 76 },
      { address: "ChurnFeatures", control: "SageMaker.18", status: "NOT_APPLICABLE", line: 89 },
      { address: "ChurnShadowTest", control: "SageMaker.24", status: "NOT_APPLICABLE" },
    ]);
  });

  it("reports NOT_ASSESSED for values only the deployment knows", () => {
    expectVerdicts(report, [
      {
        address: "ChurnShadowTest",
        control: "SageMaker.23",
        status: "NOT_ASSESSED",
        line: lineOf(JSON_TEMPLATE, '"KmsKey"'),
        reason: "!Ref ExperimentKmsKeyArn",
      },
      {
        address: "ChurnModel",
        control: "MLH.15",
        status: "NOT_ASSESSED",
        line: lineOf(JSON_TEMPLATE, '"Image"'),
        reason: "AWS::AccountId}.dkr.ecr",
      },
    ]);
  });

  it("evaluates processing jobs, which CloudFormation can create, with the job controls", () => {
    expectVerdicts(report, [
      { address: "ChurnFeatureEngineering", control: "MLH.10", status: "PASSED" },
      { address: "ChurnFeatureEngineering", control: "MLH.12", status: "PASSED" },
      {
        address: "ChurnFeatureEngineering",
        control: "MLH.11",
        status: "FAILED",
        line: lineOf(JSON_TEMPLATE, '"EnableInterContainerTrafficEncryption": false'),
      },
      { address: "ChurnFeatureEngineering", control: "MLH.13", status: "FAILED" },
      {
        address: "ChurnFeatureEngineering",
        control: "MLH.14",
        status: "FAILED",
        line: lineOf(JSON_TEMPLATE, '"ProcessingOutputConfig"'),
      },
    ]);
  });
});

describe("CloudFormation JSON deployed to a known account and region (--account, --region)", async () => {
  const target = deployTarget({ account: "111122223333", region: "us-east-1" });
  const report = await scanFixtures([JSON_TEMPLATE], { target });

  it("resolves the pseudo parameters, so the deploying account's ECR image is the estate's", () => {
    const finding = findingOf(report, "ChurnModel", "MLH.15");
    expect(finding.status, finding.reason).toBe("PASSED");
    expect(finding.observed).toEqual({
      "PrimaryContainer.Image": {
        image: "111122223333.dkr.ecr.us-east-1.amazonaws.com/churn-xgb:3",
        registry: "ecr",
        host: "111122223333.dkr.ecr.us-east-1.amazonaws.com",
        account: "111122223333",
        trustedAs: "estate account",
      },
    });
    expect(finding).toMatchObject({ accountId: "111122223333", region: "us-east-1" });
  });

  it("leaves values the deploy target does not give unresolved", () => {
    expectVerdicts(report, [
      {
        address: "ChurnShadowTest",
        control: "SageMaker.23",
        status: "NOT_ASSESSED",
        reason: "!Ref ExperimentKmsKeyArn",
      },
    ]);
  });
});

describe("CDK output (cdk.out/*.template.json)", async () => {
  const report = await scanFixtures(["cdk"]);

  it("finds the synthesized template and skips the assembly's other files", () => {
    expect(report.errors).toEqual([]);
    expect(report.files).toEqual([`test/fixtures/iac/${CDK}`]);
    expectEveryControlOnEveryResource(report);
  });

  it("evaluates the L1 resources with their generated logical ids", () => {
    for (const control of ["SageMaker.1", "SageMaker.3", "SageMaker.8", "SageMaker.21", "MLH.1"]) {
      expectVerdicts(report, [{ address: "ResearchNotebook", control, status: "PASSED" }]);
    }
    expectVerdicts(report, [
      {
        address: "ResearchNotebook",
        control: "SageMaker.2",
        status: "NOT_ASSESSED",
        line: lineOf(CDK, '"SubnetId"'),
        reason: "!ImportValue FraudNetworkStack:ExportsOutputRefVpcPrivateSubnet1Subnet536B997AB4A1E4F5",
      },
      { address: "TokenizerModel", control: "MLH.3", status: "FAILED" },
    ]);
  });

  it("honours a cdk-nag suppression that names an mlharden control, with its reason", () => {
    const finding = findingOf(report, "TokenizerModel", "SageMaker.5");
    expect(finding.status).toBe("SUPPRESSED");
    expect(finding.suppression?.reason).toBe("Tokenizer container downloads its vocabulary at start-up (ML-881)");
  });
});

describe("Terraform HCL with variables", async () => {
  const report = await scanFixtures(["terraform"]);

  it("reads the module (main.tf, variables.tf, terraform.tfvars) and runs every control on every resource", () => {
    expect(report.errors).toEqual([]);
    expect(report.files).toEqual([
      "test/fixtures/iac/terraform/ml-platform/main.tf",
      "test/fixtures/iac/terraform/ml-platform/variables.tf",
    ]);
    expectEveryControlOnEveryResource(report);
  });

  it("covers every aws_sagemaker_* type mlharden maps", () => {
    const types = new Set(report.findings.map((f) => f.resourceType));
    const controlled = new Set(CONTROLS.map((c) => c.resourceType));
    const mapped = Object.values(TERRAFORM_TYPES)
      .map((m) => m.type)
      .filter((t) => controlled.has(t));
    expect(mapped.filter((t) => !types.has(t))).toEqual([]);
  });

  it("gives omitted arguments AWS's defaults and points at the resource block", () => {
    for (const control of ["SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.21", "MLH.1"]) {
      expectVerdicts(report, [
        { address: "aws_sagemaker_notebook_instance.exploration", control, status: "FAILED", line: 31 },
      ]);
    }
    expectVerdicts(report, [
      { address: "aws_sagemaker_model.legacy", control: "SageMaker.5", status: "FAILED", line: 101 },
    ]);
  });

  it("resolves variables from defaults and terraform.tfvars, and references to other resources as set", () => {
    for (const control of ["SageMaker.1", "SageMaker.2", "SageMaker.3", "SageMaker.8", "SageMaker.21", "MLH.1"]) {
      expectVerdicts(report, [{ address: "aws_sagemaker_notebook_instance.fraud_model", control, status: "PASSED" }]);
    }
    expectVerdicts(report, [
      { address: "aws_sagemaker_notebook_instance.shared_training", control: "SageMaker.2", status: "PASSED" },
      { address: "aws_sagemaker_endpoint_configuration.fraud", control: "SageMaker.4", status: "FAILED", line: 138 },
      { address: "aws_sagemaker_endpoint_configuration.fraud", control: "MLH.2", status: "PASSED" },
      { address: "aws_sagemaker_feature_group.transactions", control: "SageMaker.17", status: "PASSED" },
    ]);
    expect(findingOf(report, "aws_sagemaker_notebook_instance.fraud_model", "SageMaker.2").observed).toEqual({
      SubnetId: "subnet-0ab12cd34",
    });
  });

  it("points failures at the offending argument or block", () => {
    expectVerdicts(report, [
      { address: "aws_sagemaker_model.legacy", control: "SageMaker.16", status: "FAILED", line: 105 },
      { address: "aws_sagemaker_model.pipeline", control: "SageMaker.19", status: "FAILED", line: 125 },
      {
        address: "aws_sagemaker_data_quality_job_definition.fraud",
        control: "SageMaker.9",
        status: "FAILED",
        line: 192,
      },
      { address: "aws_sagemaker_data_quality_job_definition.fraud", control: "SageMaker.11", status: "PASSED" },
      {
        address: "aws_sagemaker_model_quality_job_definition.fraud",
        control: "SageMaker.13",
        status: "NOT_APPLICABLE",
      },
      { address: "aws_sagemaker_model_quality_job_definition.fraud", control: "SageMaker.25", status: "PASSED" },
      { address: "aws_sagemaker_feature_group.transactions", control: "SageMaker.18", status: "FAILED", line: 275 },
      { address: "aws_sagemaker_endpoint_configuration.serverless", control: "SageMaker.4", status: "NOT_APPLICABLE" },
      { address: "aws_sagemaker_endpoint_configuration.serverless", control: "MLH.2", status: "FAILED", line: 143 },
      { address: "aws_sagemaker_domain.studio", control: "MLH.4", status: "PASSED" },
      { address: "aws_sagemaker_image.kernel", control: "SageMaker.7", status: "PASSED" },
    ]);
  });

  it("merges the provider's default_tags into every resource's tags", () => {
    expectVerdicts(report, [
      { address: "aws_sagemaker_app_image_config.kernel", control: "SageMaker.6", status: "PASSED" },
    ]);
    expect(findingOf(report, "aws_sagemaker_app_image_config.kernel", "SageMaker.6").observed["Tags[].Key"]).toEqual([
      "project",
    ]);
  });

  it("checks both branches of a conditional on a variable, and leaves unknown variables unknown", () => {
    expectVerdicts(report, [
      {
        address: "aws_sagemaker_notebook_instance.shared_training",
        control: "SageMaker.1",
        status: "FAILED",
        line: 57,
        reason: "(when `local.is_prod` is false)",
      },
      {
        address: "aws_sagemaker_notebook_instance.shared_training",
        control: "SageMaker.3",
        status: "NOT_ASSESSED",
        line: 58,
        reason: "RootAccess is set from var.root_access, which cannot be resolved",
      },
      {
        address: "aws_sagemaker_notebook_instance.shared_training",
        control: "SageMaker.21",
        status: "NOT_ASSESSED",
        line: 59,
        reason: "var.notebook_kms_key_arn",
      },
      {
        address: "aws_sagemaker_notebook_instance.shared_training",
        control: "MLH.1",
        status: "NOT_ASSESSED",
        line: 62,
        reason: 'dynamic "instance_metadata_service_configuration" block',
      },
    ]);
  });

  it("resolves a schedule's job definition name through the resource reference", () => {
    expectVerdicts(report, [
      { address: "aws_sagemaker_monitoring_schedule.data_quality", control: "SageMaker.14", status: "PASSED" },
    ]);
  });

  it("suppresses with a reason from a comment above the resource", () => {
    const finding = findingOf(report, "aws_sagemaker_notebook_instance.sandbox", "SageMaker.3");
    expect(finding.status).toBe("SUPPRESSED");
    expect(finding.suppression).toEqual({
      reason: "sandbox for pip experiments, no data access (SEC-2231)",
      source: `test/fixtures/iac/${MAIN_TF}:70`,
    });
  });

  it("takes control parameters like the live scan", async () => {
    const trusted = await scanFixtures(["terraform"], {
      parameters: { "MLH.15": { trustedRegistryAccounts: ["111122223333"] } },
    });
    expect(findingOf(report, "aws_sagemaker_model.fraud", "MLH.15").status).toBe("FAILED");
    expect(findingOf(trusted, "aws_sagemaker_model.fraud", "MLH.15").status).toBe("PASSED");
  });
});

describe("Terraform plan JSON (terraform show -json)", async () => {
  const report = await scanFixtures(["terraform-plan/plan.json"]);
  const plan = "test/fixtures/iac/terraform-plan/plan.json";

  it("evaluates every planned aws_sagemaker_* resource, including module resources, and skips deletions", () => {
    expect(report.errors).toEqual([]);
    expectEveryControlOnEveryResource(report);
    const addresses = new Set(report.findings.map((f) => f.location.address));
    expect(addresses.has("module.monitoring.aws_sagemaker_model_quality_job_definition.this")).toBe(true);
    expect(addresses.has("aws_sagemaker_notebook_instance.retired")).toBe(false);
  });

  it("treats values the configuration leaves to AWS as omitted, and known-after-apply references as set", () => {
    expectVerdicts(report, [
      { address: "aws_sagemaker_notebook_instance.exploration", control: "SageMaker.1", status: "FAILED" },
      { address: "aws_sagemaker_notebook_instance.exploration", control: "SageMaker.21", status: "FAILED" },
      // platform_identifier is unknown in the plan but not configured: AWS's default applies.
      { address: "aws_sagemaker_notebook_instance.exploration", control: "SageMaker.8", status: "PASSED" },
      { address: "aws_sagemaker_notebook_instance.fraud_model", control: "SageMaker.21", status: "PASSED" },
      { address: "aws_sagemaker_endpoint_configuration.fraud", control: "SageMaker.4", status: "FAILED" },
      { address: "aws_sagemaker_endpoint_configuration.fraud", control: "MLH.2", status: "PASSED" },
      { address: "aws_sagemaker_feature_group.transactions", control: "SageMaker.17", status: "PASSED" },
      { address: "aws_sagemaker_feature_group.transactions", control: "SageMaker.18", status: "FAILED" },
      { address: "aws_sagemaker_model.legacy", control: "SageMaker.5", status: "FAILED" },
      { address: "aws_sagemaker_monitoring_schedule.data_quality", control: "SageMaker.14", status: "PASSED" },
      { address: "aws_sagemaker_image.kernel", control: "SageMaker.7", status: "FAILED" },
      { address: "aws_sagemaker_app_image_config.kernel", control: "SageMaker.6", status: "PASSED" },
      { address: "aws_sagemaker_domain.studio", control: "MLH.4", status: "FAILED" },
      {
        address: "module.monitoring.aws_sagemaker_model_quality_job_definition.this",
        control: "SageMaker.25",
        status: "FAILED",
      },
    ]);
    expect(findingOf(report, "aws_sagemaker_notebook_instance.fraud_model", "SageMaker.21").observed).toEqual({
      KmsKeyId: new Unresolved("aws_kms_key.platform.arn", "reference"),
    });
  });

  it("reports NOT_ASSESSED when a deciding value is known only after apply", () => {
    expectVerdicts(report, [
      {
        address: "aws_sagemaker_notebook_instance.shared_training",
        control: "SageMaker.1",
        status: "NOT_ASSESSED",
        reason: "data.aws_ssm_parameter.notebook_internet.value",
      },
    ]);
  });

  it("locates findings by file and address; a plan has no source lines", () => {
    const finding = findingOf(report, "aws_sagemaker_notebook_instance.exploration", "SageMaker.1");
    expect(finding.location).toEqual({ file: plan, address: "aws_sagemaker_notebook_instance.exploration" });
  });
});

it("gives the same verdicts as the live scan would for the same resource", async () => {
  // The adapters only fill the one resource model; the controls and engine are the live scan's own.
  const report = await scanFixtures([YAML]);
  const exploration = report.findings.filter((f) => f.location.address === "ExplorationNotebook");
  const live = evaluate(
    {
      resources: [
        {
          type: "AWS::SageMaker::NotebookInstance",
          arn: "arn:aws:sagemaker:us-east-1:111122223333:notebook-instance/ml-feature-exploration",
          name: "ml-feature-exploration",
          accountId: "111122223333",
          region: "us-east-1",
          partition: "aws",
          tags: {},
          properties: {
            NotebookInstanceName: "ml-feature-exploration",
            InstanceType: "ml.t3.medium",
            DirectInternetAccess: "Enabled",
            RootAccess: "Enabled",
            PlatformIdentifier: "notebook-al2023-v1",
            InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
          },
          origin: { source: "snapshot", path: "accounts[0].regions[0].sagemaker.notebookInstances[0]" },
        },
      ],
      gaps: [],
      accountIds: ["111122223333"],
      scopes: [],
    },
    { controls: CONTROLS },
  );
  const statuses = (list: { controlId: string; status: string }[]) =>
    Object.fromEntries(list.map((f) => [f.controlId, f.status]));
  expect(statuses(exploration)).toEqual(statuses(live));
});
