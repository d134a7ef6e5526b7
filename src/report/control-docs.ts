import type { AnyControl } from "../controls/control.js";
import { AWS_DEFAULTS } from "../model/defaults.js";
import { FIX_LABEL } from "./labels.js";

/**
 * A control's documentation, rendered from its metadata: `mlharden explain` prints it, and each control folder's
 * README.md is generated from it (`npm run docs`), so the docs cannot drift from the code.
 */
export function explainControl(control: AnyControl): string {
  const out: string[] = [];
  out.push(`# ${control.id} — ${control.title}`, "");
  out.push(control.description, "");
  out.push(`- Severity: ${control.severity}`);
  out.push(`- Resource type: ${control.resourceType}`);
  out.push(
    `- Defined by: ${control.source === "securityhub" ? "AWS Security Hub CSPM" : "mlharden (Security Hub has no control for this)"}`,
  );
  if (control.configRule) out.push(`- AWS Config rule: \`${control.configRule}\``);
  if (control.schedule) out.push(`- Schedule: ${control.schedule}`);
  out.push(`- Category: ${control.category}`);
  if (control.requirements.length) out.push(`- Related requirements: ${control.requirements.join(", ")}`);
  out.push("");

  const params = Object.entries(control.parameters);
  if (params.length) {
    out.push("## Parameters", "");
    for (const [name, spec] of params) {
      const fallback = JSON.stringify(spec.default);
      const hub =
        spec.securityHubValue === undefined ? "" : ` Security Hub uses ${JSON.stringify(spec.securityHubValue)}.`;
      out.push(`- \`${name}\` (default ${fallback}): ${spec.description}${hub}`);
    }
    out.push(`  Set with \`--param ${control.id}:NAME=VALUE\`.`, "");
  }

  const defaults = AWS_DEFAULTS[control.resourceType] ?? [];
  if (defaults.length) {
    out.push("## AWS defaults applied to omitted fields", "");
    for (const d of defaults) out.push(`- \`${d.path}\` = ${JSON.stringify(d.value)}: ${d.why}`);
    out.push("");
  }

  if (control.decisions?.length) {
    out.push("## Decisions where AWS's wording is ambiguous", "");
    for (const d of control.decisions) out.push(`- ${d}`);
    out.push("");
  }

  out.push(`## Remediation: ${FIX_LABEL[control.remediation.kind]} (\`${control.remediation.kind}\`)`, "");
  out.push(control.remediation.summary, "");
  control.remediation.steps.forEach((step, i) => {
    out.push(`${i + 1}. ${step}`);
  });
  out.push("");
  return out.join("\n");
}
