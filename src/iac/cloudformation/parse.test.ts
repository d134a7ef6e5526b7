// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation and Terraform write ${...} in plain strings
import { describe, expect, it } from "vitest";
import { IacParseError } from "../model.js";
import { isTemplate, looksLikeTemplate, parseTemplate } from "./parse.js";

const YAML = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Notebook:
    Type: AWS::SageMaker::NotebookInstance
    Metadata:
      mlharden:
        suppress:
          - id: SageMaker.3
            reason: lab box
    Properties:
      RoleArn: !GetAtt NotebookRole.Arn
      KmsKeyId: !Ref Key
      SubnetId: !Select [0, !Split [",", !ImportValue private-subnets]]
      DirectInternetAccess: !If
        - IsProd
        - Disabled
        - !Ref AWS::NoValue
      NotebookInstanceName: !Sub "\${AWS::StackName}-lab"
      Tags: !GetAZs ""
      InstanceMetadataServiceConfiguration: !If
        - IsProd
        - MinimumInstanceMetadataServiceVersion: "2"
        - MinimumInstanceMetadataServiceVersion: "1"
      SecurityGroupIds:
        - sg-0a1b2c
        - !Ref ExtraGroup
`;

describe("parseTemplate", () => {
  it("turns every short-form intrinsic into its long form", () => {
    const { template } = parseTemplate(YAML, "lab.yaml");
    const properties = (template.Resources as Record<string, { Properties: Record<string, unknown> }>).Notebook
      ?.Properties;
    expect(properties).toEqual({
      RoleArn: { "Fn::GetAtt": ["NotebookRole", "Arn"] },
      KmsKeyId: { Ref: "Key" },
      SubnetId: { "Fn::Select": [0, { "Fn::Split": [",", { "Fn::ImportValue": "private-subnets" }] }] },
      DirectInternetAccess: { "Fn::If": ["IsProd", "Disabled", { Ref: "AWS::NoValue" }] },
      NotebookInstanceName: { "Fn::Sub": "${AWS::StackName}-lab" },
      Tags: { "Fn::GetAZs": "" },
      InstanceMetadataServiceConfiguration: {
        "Fn::If": [
          "IsProd",
          { MinimumInstanceMetadataServiceVersion: "2" },
          { MinimumInstanceMetadataServiceVersion: "1" },
        ],
      },
      SecurityGroupIds: ["sg-0a1b2c", { Ref: "ExtraGroup" }],
    });
  });

  it("keeps the line of the resource, of each property and of each metadata entry", () => {
    const { lines } = parseTemplate(YAML, "lab.yaml");
    expect(lines.Notebook?.line).toBe(3);
    expect(lines.Notebook?.properties).toMatchObject({
      RoleArn: 11,
      KmsKeyId: 12,
      DirectInternetAccess: 14,
      // Inside an intrinsic the path does not grow: both branches are the same property.
      "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion": 22,
      SecurityGroupIds: 24,
      "SecurityGroupIds.1": 26,
    });
    expect(lines.Notebook?.metadata["mlharden.suppress.0"]).toBe(8);
  });

  it("reads JSON templates, with long-form intrinsics, through the same path", () => {
    const json = `{
  "Resources": {
    "Model": {
      "Type": "AWS::SageMaker::Model",
      "Properties": {
        "EnableNetworkIsolation": { "Fn::If": ["IsProd", true, false] },
        "VpcConfig": {
          "Subnets": [{ "Ref": "SubnetA" }]
        }
      }
    }
  }
}`;
    const { template, lines } = parseTemplate(json, "stack.template.json");
    expect(isTemplate(template)).toBe(true);
    expect(lines.Model).toEqual({
      line: 3,
      properties: { EnableNetworkIsolation: 6, VpcConfig: 7, "VpcConfig.Subnets": 8, "VpcConfig.Subnets.0": 8 },
      metadata: {},
    });
  });

  it("reports a YAML syntax error with its line and column", () => {
    const bad = "Resources:\n  Notebook:\n    Type: AWS::SageMaker::NotebookInstance\n   Properties: {}\n";
    expect(() => parseTemplate(bad, "bad.yaml")).toThrow(IacParseError);
    try {
      parseTemplate(bad, "bad.yaml");
    } catch (error) {
      expect((error as IacParseError).line).toBe(4);
      expect((error as IacParseError).message).toMatch(/^bad\.yaml:4:\d+: invalid YAML: /);
    }
  });

  it("holds a .json file to JSON, which YAML would accept with a trailing comma", () => {
    const text = '{\n  "Resources": {\n    "A": { "Type": "AWS::SageMaker::Model", },\n  }\n}\n';
    expect(() => parseTemplate(text, "t.json")).toThrow(/^t\.json:3:\d+: invalid JSON: /);
    expect(() => parseTemplate(text, "t.yaml")).not.toThrow();
  });

  it("rejects YAML that is no template", () => {
    expect(() => parseTemplate("notebook:\n  instance_type: ml.t3.medium\n", "settings.yaml")).toThrow(
      "settings.yaml:1: not a CloudFormation template (no Resources with a Type)",
    );
  });

  it("tells templates from other YAML and JSON before parsing them", () => {
    expect(looksLikeTemplate(YAML)).toBe(true);
    expect(looksLikeTemplate('{"Resources": {"N": {"Type": "AWS::SageMaker::Model"}}}')).toBe(true);
    expect(looksLikeTemplate("services:\n  jupyter:\n    image: quay.io/jupyter/scipy-notebook\n")).toBe(false);
    // The CDK construct tree names resource types under lower-case keys; it is no template.
    expect(looksLikeTemplate('{"aws:cdk:cloudformation:type": "AWS::SageMaker::NotebookInstance"}')).toBe(false);
  });
});
