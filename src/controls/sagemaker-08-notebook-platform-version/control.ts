import { known } from "../../model/unresolved.js";
import { defineControl, failed, passed } from "../control.js";
import { parseCsvList } from "../shared/csv-list.js";

interface Params {
  supportedPlatformIdentifierVersions: string[];
}

const SUPPORTED = ["notebook-al2023-v1"];
const PLATFORM_IDENTIFIER = /^notebook-al[0-9]+-v[0-9]+$/;
/** AL1 notebooks cannot change platform in place; AWS's only path off AL1 is a new notebook. */
const AL1 = /^notebook-al1-/;

export default defineControl<"AWS::SageMaker::NotebookInstance", Params>({
  id: "SageMaker.8",
  title: "SageMaker notebook instances should run on supported platforms",
  description:
    "A notebook on a platform past its end of support gets no security patches or bug fixes (Amazon Linux 2 " +
    "notebooks since 30 June 2026, AL1 since March 2024) and can no longer be restarted once stopped.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::NotebookInstance",
  source: "securityhub",
  configRule: "sagemaker-notebook-instance-platform-version",
  schedule: "periodic",
  category: "Detect > Vulnerability, patch, and version management",
  requirements: [],
  parameters: {
    supportedPlatformIdentifierVersions: {
      description: "Comma-separated list of the PlatformIdentifier values that count as supported.",
      default: SUPPORTED,
      securityHubValue: SUPPORTED,
      parse(raw) {
        const versions = parseCsvList(raw);
        if (versions.length === 0) throw new Error("supportedPlatformIdentifierVersions needs at least one value");
        const invalid = versions.filter((v) => !PLATFORM_IDENTIFIER.test(v));
        if (invalid.length > 0) {
          throw new Error(`not a notebook platform identifier (e.g. notebook-al2023-v1): ${invalid.join(", ")}`);
        }
        return versions;
      },
    },
  },
  decisions: [
    "The remediation kind is in-place because AL2 notebooks (notebook-al2-v1/-v2/-v3) move to AL2023 with " +
      "UpdateNotebookInstance; an AL1 notebook (notebook-al1-v1) cannot, and its finding's reason says it must be " +
      "recreated.",
  ],
  remediation: {
    kind: "in-place",
    summary:
      "Stop the notebook, UpdateNotebookInstance PlatformIdentifier=notebook-al2023-v1, start it (AL1: recreate)",
    steps: [
      "AL2023 does not run ml.p2, ml.p3, ml.p3dn, ml.inf1 or ml.g3: on those instance types, also pass a supported InstanceType in the update below.",
      "Rewrite the notebook's lifecycle configuration scripts for AL2023 (yum → dnf) with UpdateNotebookInstanceLifecycleConfig.",
      "Tell the notebook's owner; unsaved kernel state is lost when it stops (the ML volume is kept).",
      "StopNotebookInstance, wait for Stopped.",
      "UpdateNotebookInstance with PlatformIdentifier=notebook-al2023-v1.",
      "StartNotebookInstance, wait for InService; check that the lifecycle scripts and kernels work.",
      "AL1 (notebook-al1-v1) only: no in-place update exists; copy /home/ec2-user/SageMaker to S3, CreateNotebookInstance with PlatformIdentifier=notebook-al2023-v1 and the old notebook's settings, restore the data, then DeleteNotebookInstance on the old one.",
    ],
  },
  evaluate(notebook, { params }) {
    const platform = known("PlatformIdentifier", notebook.properties.PlatformIdentifier);
    const observed = { PlatformIdentifier: platform };
    const supported = params.supportedPlatformIdentifierVersions;
    if (platform && supported.includes(platform)) return passed(`runs on the supported platform ${platform}`, observed);
    if (platform && AL1.test(platform)) {
      return failed(
        `${platform} (Amazon Linux 1) is past end of life and cannot be updated in place: recreate the notebook on ${supported.join(", ")}`,
        observed,
      );
    }
    return failed(
      `${platform ?? "no PlatformIdentifier"} is not a supported platform (${supported.join(", ")}): update it in place`,
      observed,
    );
  },
});
