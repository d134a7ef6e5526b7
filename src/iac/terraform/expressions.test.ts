// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation and Terraform write ${...} in plain strings
import { describe, expect, it } from "vitest";
import { Unresolved } from "../../model/unresolved.js";
import { enumerateVariants } from "../resolution.js";
import { evaluateValue, type TerraformScope } from "./expressions.js";

const VARIABLES: Record<string, unknown> = {
  environment: "dev",
  instance_count: 2,
  tags: { team: "fraud" },
  subnets: ["subnet-a", "subnet-b"],
};
const LOCALS: Record<string, unknown> = {
  prefix: "fraud-${var.environment}",
  is_prod: '${var.environment == "prod"}',
  lockdown: true,
  common_tags: '${merge(var.tags, { project = "ml" })}',
  loop: "${local.loop}",
};

function scope(choose: TerraformScope["choose"] = () => undefined): TerraformScope {
  return {
    variable: (name) => VARIABLES[name],
    local: (name) => LOCALS[name],
    resourceName: (type, name) => (type === "aws_sagemaker_model" && name === "fraud" ? "fraud-xgb-v7" : undefined),
    choose,
  };
}

const value = (text: unknown) => evaluateValue(text, scope());

describe("Terraform expressions", () => {
  it("evaluates literals, templates, variables and locals", () => {
    expect(value("ml.t3.medium")).toBe("ml.t3.medium");
    expect(value("${var.instance_count}")).toBe(2);
    expect(value("${local.prefix}-notebook")).toBe("fraud-dev-notebook");
    expect(value("${var.subnets[1]}")).toBe("subnet-b");
    expect(value('${var.tags["team"]}')).toBe("fraud");
    expect(value("${local.common_tags}")).toEqual({ team: "fraud", project: "ml" });
    expect(value("$${not.an.interpolation}")).toBe("${not.an.interpolation}");
    expect(value(["${var.environment}", { Name: "${local.prefix}" }])).toEqual(["dev", { Name: "fraud-dev" }]);
  });

  it("evaluates operators and a few pure functions", () => {
    expect(value("${var.instance_count > 1 && !false}")).toBe(true);
    expect(value('${var.environment != "prod"}')).toBe(true);
    expect(value("${var.instance_count * 2 + 1}")).toBe(5);
    expect(value('${upper(join("-", ["a", var.environment]))}')).toBe("A-DEV");
    expect(value('${tonumber("3")}')).toBe(3);
    expect(value('${coalesce("", "fallback")}')).toBe("fallback");
    expect(value('${concat(var.subnets, ["subnet-c"])}')).toEqual(["subnet-a", "subnet-b", "subnet-c"]);
  });

  it("makes another resource's attribute a reference, except a SageMaker resource's name", () => {
    expect(value("${aws_kms_key.platform.arn}")).toEqual(new Unresolved("aws_kms_key.platform.arn", "reference"));
    expect(value("${data.aws_subnet.private.id}")).toEqual(new Unresolved("data.aws_subnet.private.id", "reference"));
    expect(value("${module.network.private_subnet_id}")).toEqual(
      new Unresolved("module.network.private_subnet_id", "reference"),
    );
    expect(value("${aws_sagemaker_model.fraud.name}")).toBe("fraud-xgb-v7");
    expect(value("arn:aws:kms:us-east-1:111122223333:key/${aws_kms_key.platform.key_id}")).toEqual(
      new Unresolved("arn:aws:kms:us-east-1:111122223333:key/${aws_kms_key.platform.key_id}", "reference"),
    );
  });

  it("leaves what only the run knows unknown, naming the expression", () => {
    expect(value("${var.kms_key_arn}")).toEqual(new Unresolved("var.kms_key_arn"));
    expect(value("${each.value.subnet}")).toEqual(new Unresolved("each.value.subnet"));
    expect(value('${lookup(var.tags, "owner", "none")}')).toEqual(new Unresolved('lookup(var.tags, "owner", "none")'));
    expect(value("${[for s in var.subnets : upper(s)]}")).toEqual(new Unresolved("[for s in var.subnets : upper(s)]"));
    expect(value("${aws_subnet.private[*].id}")).toEqual(new Unresolved("aws_subnet.private[*].id"));
    expect(value("${local.loop}")).toEqual(new Unresolved("local.loop"));
    expect(value('%{ if var.environment == "prod" }Disabled%{ endif }')).toBeInstanceOf(Unresolved);
  });

  it("decides a conditional on literals, and checks both branches of one on input", () => {
    expect(value('${local.lockdown ? "Disabled" : "Enabled"}')).toBe("Disabled");
    const variants = enumerateVariants((choose) =>
      evaluateValue('${local.is_prod ? "Disabled" : "Enabled"}', scope(choose)),
    );
    expect(variants).toEqual([
      { value: "Disabled", choices: [{ key: "local.is_prod", branch: true }] },
      { value: "Enabled", choices: [{ key: "local.is_prod", branch: false }] },
    ]);
  });

  it("leaves a conditional unknown when no more undecided conditions may be expanded", () => {
    expect(value('${var.environment == "prod" ? "Disabled" : "Enabled"}')).toEqual(
      new Unresolved('var.environment == "prod" ? "Disabled" : "Enabled": too many undecided conditions'),
    );
  });
});
