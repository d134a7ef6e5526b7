import { describe, expect, it } from "vitest";
import { Unresolved } from "../../model/unresolved.js";
import { terraformPlanUnit } from "./adapter.js";

const notebookAfter = {
  name: "lab",
  instance_type: "ml.t3.medium",
  direct_internet_access: "Disabled",
  root_access: "Disabled",
  kms_key_id: null,
  subnet_id: "subnet-0ab12cd34",
  instance_metadata_service_configuration: [],
  tags: { team: "fraud" },
  tags_all: { team: "fraud", project: "ml" },
};

function plan(change: Record<string, unknown>, expressions: Record<string, unknown> = {}, extra = {}) {
  return JSON.stringify({
    format_version: "1.2",
    terraform_version: "1.9.8",
    resource_changes: [
      {
        address: "module.lab.aws_sagemaker_notebook_instance.this[0]",
        module_address: "module.lab",
        mode: "managed",
        type: "aws_sagemaker_notebook_instance",
        name: "this",
        index: 0,
        change: { actions: ["create"], before: null, ...change },
      },
    ],
    configuration: {
      root_module: {
        module_calls: {
          lab: {
            module: {
              resources: [
                {
                  address: "aws_sagemaker_notebook_instance.this",
                  mode: "managed",
                  type: "aws_sagemaker_notebook_instance",
                  name: "this",
                  expressions,
                },
              ],
            },
          },
        },
      },
    },
    ...extra,
  });
}

function only(text: string) {
  const resource = terraformPlanUnit(text, "plan.json").resources[0]?.variants[0]?.resource;
  if (!resource) throw new Error("no resource");
  return resource;
}

describe("the Terraform plan adapter", () => {
  it("maps planned values, with the provider's tags_all and the instance address", () => {
    const lab = only(plan({ after: notebookAfter, after_unknown: { arn: true, platform_identifier: true } }));
    expect(lab).toMatchObject({
      arn: "plan.json#module.lab.aws_sagemaker_notebook_instance.this[0]",
      name: "lab",
      tags: { team: "fraud", project: "ml" },
      origin: {
        source: "terraform-plan",
        file: "plan.json",
        address: "module.lab.aws_sagemaker_notebook_instance.this[0]",
      },
    });
    expect(lab.properties).toEqual({
      NotebookInstanceName: "lab",
      InstanceType: "ml.t3.medium",
      DirectInternetAccess: "Disabled",
      RootAccess: "Disabled",
      SubnetId: "subnet-0ab12cd34",
      // Unknown but not configured: AWS decides, so AWS's defaults apply.
      PlatformIdentifier: "notebook-al2023-v1",
      InstanceMetadataServiceConfiguration: { MinimumInstanceMetadataServiceVersion: "1" },
    });
  });

  it("makes a configured unknown value a reference when another resource sets it, unknown otherwise", () => {
    const lab = only(
      plan(
        {
          after: { ...notebookAfter, kms_key_id: undefined, root_access: undefined },
          after_unknown: { kms_key_id: true, root_access: true },
        },
        {
          kms_key_id: { references: ["aws_kms_key.lab.arn", "aws_kms_key.lab"] },
          root_access: { references: ["var.root_access"] },
        },
      ),
    );
    expect(lab.properties).toMatchObject({
      KmsKeyId: new Unresolved("aws_kms_key.lab.arn", "reference"),
      RootAccess: new Unresolved("var.root_access (known after apply)"),
    });
  });

  it("reads planned_values when a plan has no resource_changes", () => {
    const text = JSON.stringify({
      format_version: "1.2",
      planned_values: {
        root_module: {
          child_modules: [
            {
              resources: [
                {
                  address: "module.x.aws_sagemaker_image.k",
                  mode: "managed",
                  type: "aws_sagemaker_image",
                  values: { image_name: "k", role_arn: "arn:aws:iam::1:role/r" },
                },
              ],
            },
          ],
        },
      },
    });
    expect(terraformPlanUnit(text, "state.json").resources[0]?.variants[0]?.resource.properties).toEqual({
      ImageName: "k",
      RoleArn: "arn:aws:iam::1:role/r",
    });
  });

  it("rejects JSON that is no plan, and malformed JSON with its line", () => {
    expect(() => terraformPlanUnit('{"resource_changes": []}', "x.json")).toThrow(
      "x.json:1: not a Terraform plan (no format_version)",
    );
    expect(() => terraformPlanUnit('{\n  "format_version": "1.2",\n  oops\n}', "x.json")).toThrow(
      /^x\.json:3: invalid JSON: /,
    );
  });
});
