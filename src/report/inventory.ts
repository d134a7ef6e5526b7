import Table from "cli-table3";
import { stringify } from "csv-stringify/sync";
import type { NetworkReach } from "../reach/network.js";
import type { ResourceTriage } from "../risk/triage.js";
import { typeLabel } from "./labels.js";

/** One inventory row: the lesson's notebook columns, plus what every kind shares. */
export interface InventoryRow {
  name: string;
  type: string;
  arn: string;
  accountId: string;
  region: string;
  /** Notebook only, as `describe-notebook-instance` prints them: Enabled/Disabled, a subnet id or None. */
  internet?: string;
  subnet?: string;
  root?: string;
  imds?: string;
  network: string;
  /** Execution roles, as `path/name` (console-created ones show `service-role/…`). */
  roles: string[];
  bucketsReadable: number;
  sensitiveReadable: number;
  bucketsWritable: number;
  risk: number;
  riskExplanation: string;
}

export function inventoryRow(entry: ResourceTriage): InventoryRow {
  const { resource, facts } = entry;
  const row: InventoryRow = {
    name: resource.name,
    type: typeLabel(resource.type),
    arn: resource.arn,
    accountId: resource.accountId,
    region: resource.region,
    network: networkLabel(entry.network),
    roles: entry.roles.map((r) => `${r.path.replace(/^\//, "")}${r.roleName}`),
    bucketsReadable: facts.readable,
    sensitiveReadable: Object.values(facts.sensitive).reduce((a, b) => a + b, 0),
    bucketsWritable: facts.writable,
    risk: entry.risk.score,
    riskExplanation: entry.risk.explanation,
  };
  if (resource.type === "AWS::SageMaker::NotebookInstance") {
    const p = resource.properties;
    row.internet = text(p.DirectInternetAccess);
    row.subnet = text(p.SubnetId) || "None";
    row.root = text(p.RootAccess);
    const imds = text(p.InstanceMetadataServiceConfiguration?.MinimumInstanceMetadataServiceVersion);
    row.imds = imds ? `v${imds}` : "";
  }
  return row;
}

function text(value: unknown): string {
  return typeof value === "string" ? value : "";
}

/** A few words on where a resource's traffic can go. */
export function networkLabel(network: NetworkReach | undefined): string {
  if (!network) return "-";
  if (network.placement === "isolated") return "isolated";
  if (network.placement === "sagemaker-managed") return "internet (no VPC)";
  switch (network.internet) {
    case "direct":
      return "internet + VPC";
    case "nat":
      return "VPC, NAT egress";
    case "unknown":
      return "VPC, egress unknown";
    default:
      return network.outbound === "endpoints-only" ? "VPC, endpoints only" : "VPC, no egress";
  }
}

/** `AmazonSageMaker-ExecutionRole-…` over `(service-role/)`: the name never wraps, the path stays visible. */
function roleCell(role: string): string {
  const slash = role.lastIndexOf("/");
  return slash === -1 ? role : `${role.slice(slash + 1)}\n(${role.slice(0, slash + 1)})`;
}

function bucketsCell(row: InventoryRow): string {
  return row.sensitiveReadable
    ? `${row.bucketsReadable} (${row.sensitiveReadable} sensitive)`
    : String(row.bucketsReadable);
}

/** Notebooks get the lesson's columns; any other listing gets the columns every kind shares. */
export function renderInventoryTable(rows: readonly InventoryRow[], notebooksOnly: boolean): string {
  if (!rows.length) return "No SageMaker resources found.\n";
  const table = notebooksOnly
    ? new Table({
        head: ["Name", "Internet", "Subnet", "Root", "IMDS", "Role", "Buckets readable", "Risk"],
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [24, 10, 18, 10, 6, 47, 18, 40],
      })
    : new Table({
        head: ["Name", "Type", "Network", "Role", "Buckets readable", "Risk"],
        style: { head: [], border: [] },
        wordWrap: true,
        colWidths: [34, 18, 20, 47, 18, 40],
      });
  for (const row of rows) {
    const risk = `${row.risk}: ${row.riskExplanation}`;
    const roles = row.roles.map(roleCell).join("\n") || "-";
    table.push(
      notebooksOnly
        ? [
            row.name,
            row.internet ?? "",
            row.subnet ?? "",
            row.root ?? "",
            row.imds ?? "",
            roles,
            bucketsCell(row),
            risk,
          ]
        : [row.name, row.type, row.network, roles, bucketsCell(row), risk],
    );
  }
  return `${table.toString()}\n`;
}

/** Full detail: the row plus every role's reach with its reasons and the network analysis. */
export function renderInventoryJson(entries: readonly ResourceTriage[]): string {
  const out = entries.map((entry) => {
    const { risk, riskExplanation, ...row } = inventoryRow(entry);
    return {
      ...row,
      risk: { score: risk, explanation: riskExplanation },
      reach: { roles: entry.roles, network: entry.network ?? null },
    };
  });
  return `${JSON.stringify(out, null, 2)}\n`;
}

const CSV_COLUMNS: (keyof InventoryRow)[] = [
  "name",
  "type",
  "internet",
  "subnet",
  "root",
  "imds",
  "network",
  "roles",
  "bucketsReadable",
  "sensitiveReadable",
  "bucketsWritable",
  "risk",
  "riskExplanation",
  "accountId",
  "region",
  "arn",
];

/** CSV for spreadsheets; a cell that starts like a formula is prefixed with `'` so it stays text. */
export function renderInventoryCsv(rows: readonly InventoryRow[]): string {
  return stringify(
    rows.map((row) =>
      CSV_COLUMNS.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join(" ") : (row[c] ?? ""))),
    ),
    { header: true, columns: CSV_COLUMNS, cast: { string: guardFormula } },
  );
}

export function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}
