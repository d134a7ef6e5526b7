import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";

export default defineControl({
  id: "SageMaker.3",
  title: "Users should not have root access to SageMaker notebook instances",
  description:
    "Root on a notebook lets any user change the instance, install anything and read everything on it, " +
    "including other users' work and the instance's credentials.",
  severity: "HIGH",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "securityhub",
  configRule: "sagemaker-notebook-instance-root-access-check",
  schedule: "change-triggered",
  category: "Protect > Secure access management > Root user access restrictions",
  requirements: [
    "NIST.800-53.r5 AC-2(1)",
    "NIST.800-53.r5 AC-3(15)",
    "NIST.800-53.r5 AC-3(7)",
    "NIST.800-53.r5 AC-6",
    "NIST.800-53.r5 AC-6(10)",
    "NIST.800-53.r5 AC-6(2)",
  ],
  parameters: {},
  remediation: {
    kind: "in-place",
    summary: "Stop the notebook, UpdateNotebookInstance RootAccess=Disabled, start it",
    steps: [
      "Tell the notebook's owner; unsaved kernel state is lost when it stops (files on the ML volume are kept).",
      "StopNotebookInstance, wait for Stopped.",
      "UpdateNotebookInstance with RootAccess=Disabled.",
      "StartNotebookInstance, wait for InService.",
      "Lifecycle configuration scripts still run as root; review them separately.",
    ],
  },
  evaluate(notebook) {
    const value = known("RootAccess", notebook.properties.RootAccess);
    const observed = { RootAccess: value };
    return value === "Disabled"
      ? passed("RootAccess is Disabled", observed)
      : failed("RootAccess is Enabled: notebook users can become root", observed);
  },
});
