// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation and Terraform write ${...} in plain strings
import { describe, expect, it } from "vitest";
import mlh01 from "../../controls/mlh-01-notebook-imdsv2/control.js";
import { evaluate } from "../../evaluate/evaluate.js";
import type { AnyResource } from "../../model/resource.js";
import { Unresolved } from "../../model/unresolved.js";
import { IacParseError } from "../model.js";
import { cloudFormationUnit } from "./adapter.js";
import { parseTemplate } from "./parse.js";

function unit(yaml: string) {
  return cloudFormationUnit(parseTemplate(yaml, "stack.yaml"), "stack.yaml");
}

/** The first variant of the only SageMaker resource of a template whose Resources section is `resources`. */
function resource(resources: string, head = ""): AnyResource {
  const [only] = unit(`${head}Resources:\n${resources}`).resources;
  const first = only?.variants[0]?.resource;
  if (!first) throw new Error("no SageMaker resource");
  return first;
}

function properties(resources: string, head = ""): Record<string, unknown> {
  return resource(resources, head).properties as unknown as Record<string, unknown>;
}

const PARAMETERS = `Parameters:
  Env: {Type: String, Default: dev}
  Count: {Type: Number, Default: "1"}
  NoDefault: {Type: String}
  Subnet: {Type: "AWS::EC2::Subnet::Id"}
  Subnets: {Type: "List<AWS::EC2::Subnet::Id>", Default: "subnet-a, subnet-b"}
  FromSsm: {Type: "AWS::SSM::Parameter::Value<String>", Default: /ml/kms-key-arn}
Mappings:
  Accounts:
    us-east-1: {Registry: "111122223333"}
`;

describe("CloudFormation intrinsics", () => {
  it("resolves parameter defaults, mappings, !Sub, !Join, !Select and !Split of literals", () => {
    const p = properties(
      `  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: !Sub "fraud-\${Env}"
      ExecutionRoleArn: !Join ["", ["arn:aws:iam::", !FindInMap [Accounts, us-east-1, Registry], ":role/ml"]]
      PrimaryContainer:
        Image: !Select [1, !Split ["|", "a|registry.example.com/fraud:1|c"]]
        ContainerHostname: !Sub ["\${Name}-host", {Name: !Ref Env}]
      VpcConfig:
        Subnets: !Ref Subnets
`,
      PARAMETERS,
    );
    expect(p).toMatchObject({
      ModelName: "fraud-dev",
      ExecutionRoleArn: "arn:aws:iam::111122223333:role/ml",
      PrimaryContainer: { Image: "registry.example.com/fraud:1", ContainerHostname: "dev-host" },
      VpcConfig: { Subnets: ["subnet-a", "subnet-b"] },
    });
  });

  it("leaves references to other resources unresolved, as set", () => {
    const p = properties(
      `  Key:
    Type: AWS::KMS::Key
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      KmsKeyId: !GetAtt Key.Arn
      SubnetId: !Ref Subnet
      RoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/ml"
      LifecycleConfigName: "{{resolve:ssm:/ml/lifecycle-config}}"
`,
      PARAMETERS,
    );
    expect(p.KmsKeyId).toEqual(new Unresolved("!GetAtt Key.Arn", "reference"));
    // A parameter of an AWS-specific type must name an existing resource.
    expect(p.SubnetId).toEqual(new Unresolved("!Ref Subnet", "reference"));
    // Literal text around unknown pseudo parameters: certainly set, value unknown.
    expect(p.RoleArn).toEqual(
      new Unresolved('!Sub "arn:${AWS::Partition}:iam::${AWS::AccountId}:role/ml"', "reference"),
    );
    expect(p.NotebookInstanceLifecycleConfigName).toEqual(
      new Unresolved("{{resolve:ssm:/ml/lifecycle-config}}", "reference"),
    );
  });

  it("resolves the pseudo parameters the deploy target gives, and only those", () => {
    const template = `Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties:
      ModelName: !Sub "churn-\${AWS::StackName}"
      ExecutionRoleArn: !Sub "arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/ml"
      PrimaryContainer:
        Image: !Sub "\${AWS::AccountId}.dkr.ecr.\${AWS::Region}.\${AWS::URLSuffix}/churn:1"
`;
    const target = { accountId: "111122223333", region: "cn-north-1", partition: "aws-cn" } as const;
    const [model] = cloudFormationUnit(parseTemplate(template, "stack.yaml"), "stack.yaml", target).resources;
    const resource = model?.variants[0]?.resource;
    expect(resource).toMatchObject({ accountId: "111122223333", region: "cn-north-1", partition: "aws-cn" });
    expect(resource?.properties).toMatchObject({
      ModelName: new Unresolved('!Sub "churn-${AWS::StackName}"', "reference"),
      ExecutionRoleArn: "arn:aws-cn:iam::111122223333:role/ml",
      PrimaryContainer: { Image: "111122223333.dkr.ecr.cn-north-1.amazonaws.com.cn/churn:1" },
    });
  });

  it("leaves values only the deployment knows unknown", () => {
    const p = properties(
      `  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      RootAccess: !Ref NoDefault
      KmsKeyId: !Ref FromSsm
      SubnetId: !ImportValue network-private-subnet
      DirectInternetAccess: !Sub "\${NoDefault}"
      PlatformIdentifier: !Select [0, !GetAZs ""]
`,
      PARAMETERS,
    );
    expect(p.RootAccess).toEqual(new Unresolved("!Ref NoDefault"));
    expect(p.KmsKeyId).toEqual(new Unresolved("!Ref FromSsm (SSM parameter)"));
    expect(p.SubnetId).toEqual(new Unresolved("!ImportValue network-private-subnet"));
    expect(p.DirectInternetAccess).toEqual(new Unresolved('!Sub "${NoDefault}"'));
    expect(p.PlatformIdentifier).toBeInstanceOf(Unresolved);
  });

  it("resolves a SageMaker resource's name attribute to the name it is given", () => {
    const [config] = unit(`Resources:
  Model:
    Type: AWS::SageMaker::Model
    Properties: {ModelName: fraud-xgb}
  Unnamed:
    Type: AWS::SageMaker::Model
    Properties: {}
  Config:
    Type: AWS::SageMaker::EndpointConfig
    Properties:
      ProductionVariants:
        - {VariantName: a, ModelName: !GetAtt Model.ModelName}
        - {VariantName: b, ModelName: !GetAtt Unnamed.ModelName}
        - {VariantName: c, ModelName: !Ref Model}
`).resources.slice(2);
    const properties = config?.variants[0]?.resource.properties as { ProductionVariants: { ModelName: unknown }[] };
    const variants = properties.ProductionVariants;
    expect(variants.map((v) => v.ModelName)).toEqual([
      "fraud-xgb",
      "Unnamed",
      new Unresolved("!Ref Model", "reference"),
    ]);
  });

  it("builds one variant per branch of an undecided !If, and decides a literal condition", () => {
    const [notebook] = unit(`Parameters:
  Env: {Type: String, Default: dev}
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  Always: !Equals [a, a]
  ProdOrAlways: !Or [!Condition IsProd, !Condition Always]
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      DirectInternetAccess: !If [IsProd, Disabled, Enabled]
      RootAccess: !If [Always, Disabled, Enabled]
      SubnetId: !If [ProdOrAlways, subnet-a, !Ref AWS::NoValue]
`).resources;
    const variants = notebook?.variants ?? [];
    expect(variants.map((v) => v.assumptions)).toEqual([["condition IsProd is true"], ["condition IsProd is false"]]);
    expect(variants.map((v) => (v.resource.properties as Record<string, unknown>).DirectInternetAccess)).toEqual([
      "Disabled",
      "Enabled",
    ]);
    for (const variant of variants) {
      expect(variant.resource.properties).toMatchObject({ RootAccess: "Disabled", SubnetId: "subnet-a" });
    }
  });

  it("removes AWS::NoValue, so the omitted property takes AWS's default", () => {
    const [notebook] = unit(`Conditions:
  Never: !Equals [a, b]
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      DirectInternetAccess: !If [Never, Disabled, !Ref AWS::NoValue]
      SecurityGroupIds: [sg-a, !If [Never, sg-b, !Ref AWS::NoValue]]
`).resources;
    expect(notebook?.variants).toHaveLength(1);
    expect(notebook?.variants[0]?.resource.properties).toMatchObject({
      DirectInternetAccess: "Enabled",
      SecurityGroups: ["sg-a"],
    });
  });
});

describe("the CloudFormation adapter", () => {
  it("maps properties onto the Describe* output, applies AWS's defaults, and reads tags", () => {
    const notebook = resource(`  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      NotebookInstanceName: lab
      InstanceType: ml.t3.medium
      SecurityGroupIds: [sg-a]
      LifecycleConfigName: lab-setup
      Tags:
        - {Key: team, Value: fraud}
`);
    expect(notebook).toMatchObject({
      type: "AWS::SageMaker::NotebookInstance",
      arn: "stack.yaml#Notebook",
      name: "lab",
      tags: { team: "fraud" },
      origin: { source: "cloudformation", file: "stack.yaml", address: "Notebook", line: 2 },
      lines: { NotebookInstanceName: 5, SecurityGroups: 7, NotebookInstanceLifecycleConfigName: 8 },
    });
    expect(notebook.properties).toEqual({
      NotebookInstanceName: "lab",
      InstanceType: "ml.t3.medium",
      SecurityGroups: ["sg-a"],
      NotebookInstanceLifecycleConfigName: "lab-setup",
      DirectInternetAccess: "Enabled",
      RootAccess: "Enabled",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
      PlatformIdentifier: "notebook-al2023-v1",
    });
  });

  it("reads a YAML number in a digit-valued string field as the string CloudFormation sends", () => {
    const notebook = resource(`  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Properties:
      InstanceType: ml.t3.medium
      InstanceMetadataServiceConfiguration:
        MinimumInstanceMetadataServiceVersion: 2
`);
    const [finding] = evaluate({ resources: [notebook], gaps: [], accountIds: [], scopes: [] }, { controls: [mlh01] });
    expect(finding?.status, finding?.reason).toBe("PASSED");
  });

  it("renames the Image properties CloudFormation prefixes, and nests an experiment's endpoint", () => {
    expect(
      properties(`  Image:
    Type: AWS::SageMaker::Image
    Properties: {ImageName: kernel, ImageRoleArn: "arn:aws:iam::111122223333:role/img", ImageDescription: d, ImageDisplayName: K}
`),
    ).toEqual({
      ImageName: "kernel",
      RoleArn: "arn:aws:iam::111122223333:role/img",
      Description: "d",
      DisplayName: "K",
    });
    expect(
      properties(`  Experiment:
    Type: AWS::SageMaker::InferenceExperiment
    Properties: {Name: shadow, EndpointName: fraud-xgb}
`),
    ).toEqual({ Name: "shadow", EndpointMetadata: { EndpointName: "fraud-xgb" } });
  });

  it("makes tags unknown when the whole list comes from somewhere it cannot see", () => {
    expect(
      resource(
        `  Image:
    Type: AWS::SageMaker::Image
    Properties: {ImageName: kernel, Tags: !Ref TagList}
`,
        "Parameters:\n  TagList: {Type: CommaDelimitedList}\n",
      ).tags,
    ).toBeUndefined();
  });

  it("ignores resources that are not SageMaker resources a control applies to", () => {
    const { resources } = unit(`Resources:
  Bucket: {Type: AWS::S3::Bucket}
  Pipeline: {Type: AWS::SageMaker::Pipeline, Properties: {PipelineName: p}}
`);
    expect(resources).toEqual([]);
  });

  it("reads mlharden suppressions and the mlharden ids in cdk-nag and cfn-nag lists", () => {
    const [model] = unit(`Resources:
  Model:
    Type: AWS::SageMaker::Model
    Metadata:
      mlharden:
        suppress:
          - {id: sagemaker.5, reason: "needs the network at start-up"}
      cfn_nag:
        rules_to_suppress:
          - {id: W1201, reason: "cfn-nag's own rule"}
          - {id: MLH.3, reason: "no VPC in this account"}
    Properties: {ModelName: m}
`).resources;
    expect(model?.suppressions).toEqual([
      { controlId: "SageMaker.5", reason: "needs the network at start-up", file: "stack.yaml", line: 7 },
      { controlId: "MLH.3", reason: "no VPC in this account", file: "stack.yaml", line: 11 },
    ]);
  });

  it("rejects a suppression without a reason, or of an unknown control, at its line", () => {
    const template = (entry: string) => `Resources:
  Model:
    Type: AWS::SageMaker::Model
    Metadata:
      mlharden:
        suppress:
          - ${entry}
    Properties: {ModelName: m}
`;
    expect(() => unit(template("{id: SageMaker.5}"))).toThrow(
      new IacParseError("stack.yaml", "Model: suppression of SageMaker.5 needs a reason", 7),
    );
    expect(() => unit(template("{id: SageMaker.99, reason: typo}"))).toThrow(
      "stack.yaml:7: Model: suppression of unknown control SageMaker.99",
    );
  });
});
