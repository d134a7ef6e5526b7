import { describe, expect, it } from "vitest";
import { scanHcl } from "./hcl-scan.js";

const SOURCE = `locals {
  tags = { team = "fraud", cost = "ml" }
}

/* Notebooks
   for the fraud team */
resource "aws_sagemaker_notebook_instance" "lab" {
  name          = "lab-\${local.tags["team"]}" # inline comment
  instance_type = "ml.t3.medium"
  lifecycle_config_name = <<-EOT
    not { a block
    EOT
  tags = {
    team = "fraud"
  }
  instance_metadata_service_configuration { minimum_instance_metadata_service_version = "2" }
  dynamic "extra" {
    for_each = var.extras
    content { value = extra.value }
  }
}

// mlharden:ignore SageMaker.5 reason: needs the network
resource "aws_sagemaker_model" "m" {
  container {
    image = "a"
  }
  container {
    image = var.enabled ? "b" : "c"
    image_config {
      repository_access_mode = "Vpc"
    }
  }
}
`;

describe("scanHcl", () => {
  const index = scanHcl(SOURCE);

  it("finds each resource block with its first and last line", () => {
    expect(index.resources.map(({ type, name, line, endLine }) => ({ type, name, line, endLine }))).toEqual([
      { type: "aws_sagemaker_notebook_instance", name: "lab", line: 7, endLine: 21 },
      { type: "aws_sagemaker_model", name: "m", line: 24, endLine: 34 },
    ]);
  });

  it("gives the line of every argument and nested block by Terraform path", () => {
    expect(index.resources[0]?.lines).toEqual({
      name: 8,
      instance_type: 9,
      lifecycle_config_name: 10,
      tags: 13,
      instance_metadata_service_configuration: 16,
      "instance_metadata_service_configuration.0": 16,
      "instance_metadata_service_configuration.0.minimum_instance_metadata_service_version": 16,
      extra: 17,
      "extra.0": 17,
    });
    expect(index.resources[1]?.lines).toEqual({
      container: 25,
      "container.0": 25,
      "container.0.image": 26,
      "container.1": 28,
      "container.1.image": 29,
      "container.1.image_config": 30,
      "container.1.image_config.0": 30,
      "container.1.image_config.0.repository_access_mode": 31,
    });
  });

  it("collects comments with their lines, whatever their style", () => {
    expect(index.comments).toEqual([
      { line: 5, text: "/* Notebooks\n   for the fraud team */" },
      { line: 8, text: "# inline comment" },
      { line: 23, text: "// mlharden:ignore SageMaker.5 reason: needs the network" },
    ]);
  });
});
