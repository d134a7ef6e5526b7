// Data-reach benchmark: a generated account with 2,000 IAM roles and 5,000 S3 buckets, every bucket with a policy,
// under an organization with SCPs. The snapshot is written to a temp file; a child process loads and validates it
// the way `mlharden inventory` does and computes the data reach of every role, so its peak RSS covers that only.
// Run: npx tsx bench/reach.bench.ts [--roles N] [--buckets N] [--keep]
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import Table from "cli-table3";
import { reachIndex, roleReach } from "../src/reach/data-reach.js";
import { buildReachEstate } from "../src/reach/estate.js";
import { parseJson, validateSnapshot } from "../src/snapshot/load.js";

const ACCOUNT = "111122223333";
const PARTNER = "444455556666";
const TEAMS = ["fraud", "credit", "marketing", "support", "risk", "pricing", "growth", "search", "ads", "ops"];
const PURPOSES = ["raw", "curated", "features", "models", "scratch", "exports", "monitoring", "logs"];
const CLASSES = ["restricted", "confidential", "internal", "public"];

type Json = Record<string, unknown>;
const doc = (...Statement: Json[]) => ({ Version: "2012-10-17", Statement });
/** GetAccountAuthorizationDetails returns documents URL-encoded; so does the generated snapshot. */
const encoded = (document: Json) => encodeURIComponent(JSON.stringify(document));
const roleArn = (name: string, path = "/ml/") => `arn:aws:iam::${ACCOUNT}:role${path}${name}`;

/** A deterministic pseudo-random sequence, so every run measures the same estate. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

function bucketName(i: number): string {
  return `acme-${TEAMS[i % TEAMS.length]}-${PURPOSES[Math.floor(i / TEAMS.length) % PURPOSES.length]}-${i}`;
}

function generate(roleCount: number, bucketCount: number): Json {
  const rnd = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(rnd() * list.length)] as T;
  const roleNames = Array.from({ length: roleCount }, (_, i) => `${TEAMS[i % TEAMS.length]}-role-${i}`);

  const buckets = Array.from({ length: bucketCount }, (_, i) => {
    const name = bucketName(i);
    const statements: Json[] = [
      {
        Sid: "DenyInsecureTransport",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/*`],
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      },
    ];
    const roll = rnd();
    if (roll < 0.2) {
      statements.push({
        Sid: "GrantConsumer",
        Effect: "Allow",
        Principal: { AWS: roleArn(pick(roleNames)) },
        Action: ["s3:GetObject", "s3:ListBucket"],
        Resource: [`arn:aws:s3:::${name}`, `arn:aws:s3:::${name}/shared/*`],
      });
    } else if (roll < 0.25) {
      statements.push({
        Sid: "PartnerRead",
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${PARTNER}:root` },
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${name}/outbound/*`,
      });
    } else if (roll < 0.27) {
      statements.push({
        Sid: "OrgRead",
        Effect: "Allow",
        Principal: "*",
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${name}/published/*`,
        Condition: { StringEquals: { "aws:PrincipalOrgID": "o-a1b2c3d4e5" } },
      });
    } else if (roll < 0.37) {
      statements.push({
        Sid: "OnlyThroughVpce",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: `arn:aws:s3:::${name}/*`,
        Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a3c5e7b9d1f24680" } },
      });
    } else if (roll < 0.42) {
      statements.push({
        Sid: "OnlyPipeline",
        Effect: "Deny",
        Principal: "*",
        Action: ["s3:PutObject", "s3:DeleteObject"],
        Resource: `arn:aws:s3:::${name}/*`,
        Condition: { ArnNotLike: { "aws:PrincipalArn": roleArn("*-role-1*") } },
      });
    }
    return {
      Name: name,
      Region: "us-east-1",
      CreationDate: "2024-02-01T10:00:00.000Z",
      Policy: JSON.stringify(doc(...statements)),
      Tags: [
        { Key: "data-classification", Value: pick(CLASSES) },
        { Key: "owner", Value: TEAMS[i % TEAMS.length] as string },
      ],
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        IgnorePublicAcls: true,
        BlockPublicPolicy: true,
        RestrictPublicBuckets: true,
      },
    };
  });

  const managed = (name: string, document: Json) => ({
    PolicyName: name,
    Arn: `arn:aws:iam::${ACCOUNT}:policy/${name}`,
    Path: "/",
    DefaultVersionId: "v1",
    PolicyVersionList: [{ Document: encoded(document), VersionId: "v1", IsDefaultVersion: true }],
  });
  const policies = [
    ...TEAMS.map((team) =>
      managed(
        `${team}-data-read`,
        doc(
          { Effect: "Allow", Action: ["s3:ListBucket"], Resource: `arn:aws:s3:::acme-${team}-*` },
          { Effect: "Allow", Action: ["s3:GetObject"], Resource: `arn:aws:s3:::acme-${team}-*/*` },
        ),
      ),
    ),
    managed(
      "AmazonSageMaker-ExecutionPolicy",
      doc(
        { Effect: "Allow", Action: ["s3:ListBucket"], Resource: ["arn:aws:s3:::*"] },
        { Effect: "Allow", Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"], Resource: ["arn:aws:s3:::*"] },
      ),
    ),
    managed(
      "sagemaker-style-full-access",
      doc({
        Effect: "Allow",
        Action: ["s3:GetObject", "s3:PutObject", "s3:ListBucket"],
        Resource: [
          "arn:aws:s3:::*SageMaker*",
          "arn:aws:s3:::*Sagemaker*",
          "arn:aws:s3:::*sagemaker*",
          "arn:aws:s3:::*-models-*/*",
        ],
      }),
    ),
    managed(
      "ml-boundary",
      doc(
        { Effect: "Allow", Action: ["s3:*", "sagemaker:*", "kms:*", "logs:*"], Resource: "*" },
        { Effect: "Deny", Action: "s3:*", Resource: "arn:aws:s3:::acme-*-exports-*/*" },
      ),
    ),
  ];

  const roles = roleNames.map((name, i) => {
    const team = TEAMS[i % TEAMS.length] as string;
    const kind = i % 10;
    const inline: Json[] = [];
    const attached: string[] = [];
    let path = "/ml/";
    if (kind <= 3) attached.push(`${team}-data-read`);
    if (kind === 4) {
      const own = Array.from({ length: 6 }, () => bucketName(Math.floor(rnd() * bucketCount)));
      inline.push({
        PolicyName: "project-data",
        PolicyDocument: encoded(
          doc(
            {
              Effect: "Allow",
              Action: ["s3:GetObject", "s3:PutObject"],
              Resource: own.map((b) => `arn:aws:s3:::${b}/projects/${name}/*`),
            },
            {
              Effect: "Allow",
              Action: "s3:ListBucket",
              Resource: own.map((b) => `arn:aws:s3:::${b}`),
              Condition: { StringLike: { "s3:prefix": [`projects/${name}/*`] } },
            },
            {
              Effect: "Allow",
              Action: "kms:Decrypt",
              Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/${i.toString(16).padStart(8, "0")}-8a21-4f6e-b5c4-d3e2f1a0b9c8`,
            },
          ),
        ),
      });
    }
    if (kind === 5) {
      path = "/service-role/";
      attached.push("AmazonSageMaker-ExecutionPolicy");
    }
    if (kind === 6) attached.push("sagemaker-style-full-access");
    if (kind === 7) {
      inline.push({
        PolicyName: "ops",
        PolicyDocument: encoded(
          doc(
            { Effect: "Allow", Action: "iam:PassRole", Resource: `arn:aws:iam::${ACCOUNT}:role/ml/${team}-*` },
            { Effect: "Allow", Action: "sts:AssumeRole", Resource: roleArn(pick(roleNames)) },
            {
              Effect: "Allow",
              Action: "secretsmanager:GetSecretValue",
              Resource: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:${team}/*`,
            },
          ),
        ),
      });
    }
    // kinds 8 and 9: sandbox roles with no S3 at all.
    if (kind >= 8) {
      inline.push({
        PolicyName: "basics",
        PolicyDocument: encoded(
          doc({ Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" }),
        ),
      });
    }
    const trustsTeam = rnd() < 0.1;
    return {
      Path: path,
      RoleName: name,
      Arn: roleArn(name, path),
      AssumeRolePolicyDocument: encoded(
        doc({
          Effect: "Allow",
          Principal: trustsTeam ? { AWS: roleArn(pick(roleNames)) } : { Service: "sagemaker.amazonaws.com" },
          Action: "sts:AssumeRole",
        }),
      ),
      RolePolicyList: inline,
      AttachedManagedPolicies: attached.map((p) => ({
        PolicyName: p,
        PolicyArn: `arn:aws:iam::${ACCOUNT}:policy/${p}`,
      })),
      ...(i % 5 === 0
        ? {
            PermissionsBoundary: {
              PermissionsBoundaryType: "Policy",
              PermissionsBoundaryArn: `arn:aws:iam::${ACCOUNT}:policy/ml-boundary`,
            },
          }
        : {}),
      Tags: [{ Key: "team", Value: team }],
    };
  });

  return {
    format: "mlharden/snapshot@1",
    collectedAt: "2026-11-28T09:00:00.000Z",
    accounts: [{ accountId: ACCOUNT, partition: "aws", iam: { roles, policies }, s3: { buckets }, regions: [] }],
    organizations: {
      organization: { Id: "o-a1b2c3d4e5", MasterAccountId: "999988887777" },
      roots: [{ Id: "r-ab12", Name: "Root" }],
      organizationalUnits: [{ Id: "ou-ab12-11111111", Name: "ml", Parents: [{ Id: "r-ab12", Type: "ROOT" }] }],
      accounts: [{ Id: ACCOUNT, Name: "ml-prod", Parents: [{ Id: "ou-ab12-11111111", Type: "ORGANIZATIONAL_UNIT" }] }],
      policies: [
        {
          PolicySummary: { Id: "p-FullAWSAccess", Name: "FullAWSAccess", Type: "SERVICE_CONTROL_POLICY" },
          Content: JSON.stringify(doc({ Effect: "Allow", Action: "*", Resource: "*" })),
          Targets: ["r-ab12", "ou-ab12-11111111", ACCOUNT].map((TargetId) => ({
            TargetId,
            Type: TargetId.startsWith("r-") ? "ROOT" : TargetId.startsWith("ou-") ? "ORGANIZATIONAL_UNIT" : "ACCOUNT",
          })),
        },
        {
          PolicySummary: { Id: "p-protect-raw", Name: "protect-raw-data", Type: "SERVICE_CONTROL_POLICY" },
          Content: JSON.stringify(
            doc({
              Effect: "Deny",
              Action: ["s3:PutObject", "s3:DeleteObject"],
              Resource: "arn:aws:s3:::acme-*-raw-*/*",
            }),
          ),
          Targets: [{ TargetId: "ou-ab12-11111111", Type: "ORGANIZATIONAL_UNIT" }],
        },
      ],
    },
  };
}

interface Measurement {
  roles: number;
  buckets: number;
  loadMs: number;
  estateMs: number;
  reachMs: number;
  grants: { read: number; write: number; list: number; conditional: number };
  widestRole: number;
  maxRssMiB: number;
}

/** The measured part, in a child process: load + validate the snapshot, build the estate, reach for every role. */
async function measure(file: string): Promise<Measurement> {
  const started = performance.now();
  const snapshot = validateSnapshot(parseJson(await readFile(file, "utf8"), file), file);
  const loaded = performance.now();
  const estate = buildReachEstate(snapshot, new Date("2026-11-28T09:00:00Z"));
  const built = performance.now();
  const index = reachIndex(estate);
  const grants = { read: 0, write: 0, list: 0, conditional: 0 };
  let widestRole = 0;
  for (const arn of estate.roles.keys()) {
    const reach = roleReach(estate, arn, index);
    widestRole = Math.max(widestRole, reach.buckets.length);
    for (const b of reach.buckets) {
      for (const access of [b.read, b.write, b.list]) if (access?.decision === "conditional") grants.conditional++;
      if (b.read) grants.read++;
      if (b.write) grants.write++;
      if (b.list) grants.list++;
    }
  }
  const done = performance.now();
  return {
    roles: estate.roles.size,
    buckets: estate.buckets.length,
    loadMs: loaded - started,
    estateMs: built - loaded,
    reachMs: done - built,
    grants,
    widestRole,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      roles: { type: "string", default: "2000" },
      buckets: { type: "string", default: "5000" },
      child: { type: "string" },
      keep: { type: "boolean", default: false },
    },
  });
  if (values.child) {
    process.stdout.write(JSON.stringify(await measure(values.child)));
    return;
  }
  const dir = mkdtempSync(join(tmpdir(), "mlharden-reach-bench-"));
  const file = join(dir, "account.json");
  writeFileSync(file, JSON.stringify(generate(Number(values.roles), Number(values.buckets))));
  const self = fileURLToPath(import.meta.url);
  const output = execFileSync(process.execPath, ["--import", "tsx", self, "--child", file], { encoding: "utf8" });
  const m = JSON.parse(output) as Measurement;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const table = new Table({ style: { head: [], border: [] } });
  table.push(
    { "roles × buckets": `${m.roles} × ${m.buckets} (every bucket with a policy; SCPs on the account's OU)` },
    { "snapshot size": `${(statSync(file).size / 2 ** 20).toFixed(1)} MiB` },
    { "load + validate": seconds(m.loadMs) },
    { "estate (parse every policy)": seconds(m.estateMs) },
    { "data reach, all roles": seconds(m.reachMs) },
    { total: `${seconds(m.loadMs + m.estateMs + m.reachMs)} (aim: < 30 s)` },
    {
      "role-bucket grants": `read ${m.grants.read}, write ${m.grants.write}, list ${m.grants.list} (${m.grants.conditional} conditional)`,
    },
    { "widest role": `${m.widestRole} buckets` },
    { "peak RSS": `${m.maxRssMiB.toFixed(0)} MiB` },
  );
  console.log(table.toString());
  if (values.keep) console.log(`kept ${file}`);
  else rmSync(dir, { recursive: true, force: true });
}

await main();
