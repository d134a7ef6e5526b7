import { createHash } from "node:crypto";
import { isAbsolute } from "node:path";
import { pathToFileURL } from "node:url";
import type { Location, Log, Notification, ReportingDescriptor, Result } from "sarif";
import type { AnyControl, Severity } from "../controls/control.js";
import type { Finding } from "../evaluate/finding.js";
import { explainControl } from "./control-docs.js";

/**
 * A finding with, when it comes from a template, the file and line to show it on. A SUPPRESSED finding carries
 * `suppression`; it was written in the template unless an exceptions-file entry (`exception`) suppressed it.
 */
export interface SarifFinding extends Finding {
  location?: { file: string; address: string; line?: number };
  suppression?: { reason: string; source: string };
}

export interface SarifError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export interface SarifOptions {
  controls: readonly AnyControl[];
  version: string;
  /** Directory the artifact URIs are relative to (the repository root in CI). */
  root: string;
  errors?: readonly SarifError[];
}

/** GitHub code scanning reads `security-severity` (0–10) to rank alerts: ≥9 critical, ≥7 high, ≥4 medium. */
const SECURITY_SEVERITY: Record<Severity, string> = { CRITICAL: "9.5", HIGH: "8.0", MEDIUM: "5.5", LOW: "3.0" };
const LEVEL: Record<Severity, Result.level> = { CRITICAL: "error", HIGH: "error", MEDIUM: "warning", LOW: "note" };
const SRCROOT = "%SRCROOT%";

/**
 * SARIF 2.1.0 for GitHub code scanning: one rule per control (help from the control's own documentation), one
 * result per failed finding at the line to change, suppressed findings with their justification, findings that
 * could not be assessed as `review` results, and unreadable files as tool notifications.
 */
export function renderSarif(findings: readonly SarifFinding[], options: SarifOptions): string {
  const rules = options.controls.map(rule);
  const ruleIndex = new Map(options.controls.map((c, i) => [c.id, i]));
  const results = findings
    .filter((f) => f.status === "FAILED" || f.status === "NOT_ASSESSED" || f.status === "SUPPRESSED")
    .map((f) => result(f, ruleIndex.get(f.controlId)));
  const errors = options.errors ?? [];
  const log: Log = {
    $schema: "https://json.schemastore.org/sarif-2.1.0.json",
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: "mlharden",
            version: options.version,
            semanticVersion: options.version,
            rules,
          },
        },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(`${options.root.replace(/\/$/, "")}/`).href } },
        invocations: [
          {
            executionSuccessful: errors.length === 0,
            toolExecutionNotifications: errors.map(notification),
          },
        ],
        columnKind: "utf16CodeUnits",
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function rule(control: AnyControl): ReportingDescriptor {
  const docs = explainControl(control);
  const number = /^SageMaker\.(\d+)$/.exec(control.id)?.[1];
  return {
    id: control.id,
    name: pascalCase(control.title),
    shortDescription: { text: control.title },
    fullDescription: { text: control.description },
    help: { text: docs, markdown: docs },
    ...(number && {
      helpUri: `https://docs.aws.amazon.com/securityhub/latest/userguide/sagemaker-controls.html#sagemaker-${number}`,
    }),
    defaultConfiguration: { level: LEVEL[control.severity] },
    properties: {
      "security-severity": SECURITY_SEVERITY[control.severity],
      precision: "very-high",
      tags: ["security", "sagemaker", control.resourceType, ...control.category.split(" > ").slice(0, 2)],
    },
  };
}

function result(finding: SarifFinding, ruleIndex: number | undefined): Result {
  const review = finding.status === "NOT_ASSESSED";
  const address = finding.location?.address ?? finding.resourceName;
  const message = review
    ? `${address}: not assessed: ${finding.reason}`
    : `${address}: ${finding.reason}. Fix: ${finding.remediation.summary}.`;
  return {
    ruleId: finding.controlId,
    ...(ruleIndex !== undefined && { ruleIndex }),
    // SARIF allows a level other than "none" only on "fail" results.
    ...(review ? { kind: "review", level: "none" } : { kind: "fail", level: LEVEL[finding.severity] }),
    message: { text: message },
    locations: [location(finding)],
    partialFingerprints: {
      "mlharden/v1": createHash("sha256")
        .update(`${finding.controlId}|${finding.location?.file ?? ""}|${finding.resourceArn}`)
        .digest("hex"),
    },
    ...(finding.suppression && {
      suppressions: [
        {
          kind: finding.exception ? "external" : "inSource",
          status: "accepted",
          justification: `${finding.suppression.reason} (${finding.suppression.source})`,
        },
      ],
    }),
    properties: {
      status: finding.status,
      resourceType: finding.resourceType,
      resourceArn: finding.resourceArn,
      observed: JSON.parse(JSON.stringify(finding.observed)),
    },
  };
}

function location(finding: SarifFinding): Location {
  const logical = {
    name: finding.location?.address ?? finding.resourceName,
    fullyQualifiedName: finding.resourceArn,
    kind: "resource",
  };
  if (!finding.location) return { logicalLocations: [logical] };
  return {
    physicalLocation: {
      artifactLocation: artifactLocation(finding.location.file),
      ...(finding.location.line !== undefined && { region: { startLine: finding.location.line } }),
    },
    logicalLocations: [logical],
  };
}

function notification(error: SarifError): Notification {
  return {
    level: "error",
    message: { text: error.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(error.file),
          ...(error.line !== undefined && {
            region: { startLine: error.line, ...(error.column !== undefined && { startColumn: error.column }) },
          }),
        },
      },
    ],
  };
}

/** A path relative to the root as a URI reference (`/`-separated, percent-encoded); others as `file:` URLs. */
function artifactLocation(path: string): { uri: string; uriBaseId?: string } {
  if (isAbsolute(path)) return { uri: pathToFileURL(path).href };
  const uri = path
    .split(/[\\/]/)
    .map((segment) => encodeURIComponent(segment))
    .join("/");
  return { uri, uriBaseId: SRCROOT };
}

function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
    .join("");
}
