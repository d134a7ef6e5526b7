import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

const FIELD = "InstanceMetadataServiceConfiguration.MinimumInstanceMetadataServiceVersion";

export default defineControl({
  id: "MLH.1",
  title: "SageMaker notebook instances should require IMDSv2",
  description:
    "A notebook that still accepts IMDSv1 answers plain GET requests to 169.254.169.254, so a server-side request " +
    "forgery in anything it serves, or any code running on it, can read the execution role's credentials and use " +
    "them from elsewhere. IMDSv2 requires a session token obtained with a PUT, which such requests cannot forge.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "mlharden",
  category: "Protect > Network security",
  requirements: [],
  parameters: {},
  remediation: {
    kind: "in-place",
    summary: "Stop the notebook, UpdateNotebookInstance MinimumInstanceMetadataServiceVersion=2, start it",
    steps: [
      "Check that code on the notebook and its lifecycle configuration scripts fetch metadata with a token: AWS SDKs and the AWS CLI do, a bare `curl http://169.254.169.254/...` does not.",
      "Tell the notebook's owner; unsaved kernel state is lost when it stops (files on the ML volume are kept).",
      "StopNotebookInstance, wait for NotebookInstanceStatus Stopped.",
      'UpdateNotebookInstance with InstanceMetadataServiceConfiguration={MinimumInstanceMetadataServiceVersion: "2"}.',
      "StartNotebookInstance, wait for InService.",
      'Prevent regressions with an SCP or identity-policy statement that denies sagemaker:CreateNotebookInstance when sagemaker:MinimumInstanceMetadataServiceVersion is not "2" (StringNotEquals also matches an omitted value), and denies sagemaker:UpdateNotebookInstance when the key is present (Null false) and not "2".',
    ],
  },
  decisions: [
    "The steps stop the notebook before UpdateNotebookInstance: the SageMaker API reference does not say whether an " +
      "InService notebook accepts this field, while it requires a stopped notebook for other settings " +
      "(IpAddressType, the platform migration). The update itself needs no recreation.",
    "An omitted InstanceMetadataServiceConfiguration is IMDSv1: CreateNotebookInstance defaults the minimum version " +
      "to 1, which accepts both IMDSv1 and IMDSv2.",
  ],
  evaluate(notebook) {
    const config = known(
      "InstanceMetadataServiceConfiguration",
      notebook.properties.InstanceMetadataServiceConfiguration,
    );
    const version = known(FIELD, config?.MinimumInstanceMetadataServiceVersion);
    const observed = { [FIELD]: version ?? null };
    return version === "2"
      ? passed("the notebook accepts only IMDSv2", observed)
      : failed(
          `MinimumInstanceMetadataServiceVersion is ${version ?? "not set"}: IMDSv1 hands the execution role's ` +
            "credentials to any unauthenticated GET from the instance",
          observed,
        );
  },
});
