import { describe, expect, it } from "vitest";
import { type BucketReach, reachIndex, roleReach } from "./data-reach.js";
import {
  ACCOUNT,
  type AccountInput,
  bucket,
  doc,
  estateOf,
  managedPolicy,
  OTHER_ACCOUNT,
  roleDetail,
  urlEncoded,
} from "./test-helpers.js";

const LAKE = "fintech-datalake";
const ARTIFACTS = "fintech-model-artifacts";
const SCRATCH = "team-scratch";
const BUCKETS = [bucket(LAKE, { tags: { "data-classification": "restricted" } }), bucket(ARTIFACTS), bucket(SCRATCH)];
const roleArn = (name: string, path = "/", account = ACCOUNT) => `arn:aws:iam::${account}:role${path}${name}`;

/** The reach of role `name` in an account holding the three buckets (plus whatever `extra` adds). */
function reachOf(name: string, account: AccountInput, path = "/", others: AccountInput[] = [], org?: object) {
  const estate = estateOf([{ buckets: BUCKETS, ...account }, ...others], org);
  return roleReach(estate, roleArn(name, path));
}

function bucketOf(buckets: BucketReach[], name: string): BucketReach | undefined {
  return buckets.find((b) => b.bucket === name);
}

const read = (resource: string | string[], extra: object = {}) => ({
  Effect: "Allow",
  Action: "s3:GetObject",
  Resource: resource,
  ...extra,
});

describe("identity policies: wildcard actions", () => {
  it.each([
    ["s3:Get*", "s3:Get*"],
    ["s3:*", "s3:*"],
    ["*", "*"],
    ["case-insensitive S3:getobject", "S3:getobject"],
    ["? wildcard s3:GetObj?ct", "s3:GetObj?ct"],
  ])("%s allows s3:GetObject on every bucket", (_, action) => {
    const reach = reachOf("wide", {
      roles: [roleDetail("wide", { inline: { Data: doc({ Effect: "Allow", Action: action, Resource: "*" }) } })],
    });
    expect(reach.buckets.map((b) => b.bucket)).toEqual([LAKE, ARTIFACTS, SCRATCH]);
    for (const b of reach.buckets) {
      expect(b.read).toMatchObject({ decision: "allowed", scopes: ["*"] });
      expect(b.read?.reason).toBe("allowed by inline policy Data statement 0");
    }
  });

  it("s3:Get* does not allow s3:PutObject", () => {
    const reach = reachOf("getter", {
      roles: [roleDetail("getter", { inline: { Data: doc({ Effect: "Allow", Action: "s3:Get*", Resource: "*" }) } })],
    });
    expect(reach.buckets.every((b) => b.read && !b.write && !b.list)).toBe(true);
  });

  it("a managed policy counts through its default version only", () => {
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/lake-read`;
    const reach = reachOf("managed-reader", {
      roles: [roleDetail("managed-reader", { managed: [policyArn] })],
      policies: [managedPolicy(policyArn, doc(read(`arn:aws:s3:::${LAKE}/*`)))],
    });
    // v1 (not default) allows everything; the default v2 allows the lake only.
    expect(reach.buckets.map((b) => b.bucket)).toEqual([LAKE]);
    expect(reach.buckets[0]?.read?.reason).toBe("allowed by managed policy lake-read statement 0");
  });

  it("a Statement object (not an array) with string Action and Resource is read the same", () => {
    const reach = reachOf("single", {
      roles: [
        roleDetail("single", { inline: { One: { Version: "2012-10-17", Statement: read(`arn:aws:s3:::${LAKE}/*`) } } }),
      ],
    });
    expect(reach.buckets.map((b) => b.bucket)).toEqual([LAKE]);
  });
});

describe("NotAction and NotResource", () => {
  it("Allow with NotAction iam:* grants S3 reads", () => {
    const reach = reachOf("not-iam", {
      roles: [
        roleDetail("not-iam", { inline: { Broad: doc({ Effect: "Allow", NotAction: "iam:*", Resource: "*" }) } }),
      ],
    });
    expect(bucketOf(reach.buckets, LAKE)?.read?.decision).toBe("allowed");
    expect(reach.passRole).toEqual([]);
  });

  it("Allow with NotAction s3:* grants no S3 access", () => {
    const reach = reachOf("not-s3", {
      roles: [
        roleDetail("not-s3", { inline: { Broad: doc({ Effect: "Allow", NotAction: ["s3:*"], Resource: "*" }) } }),
      ],
    });
    expect(reach.buckets).toEqual([]);
    expect(reach.passRole.map((g) => g.resource)).toEqual(["*"]);
  });

  it("Allow with NotResource reaches every bucket but the excluded one", () => {
    const reach = reachOf("not-lake", {
      roles: [
        roleDetail("not-lake", {
          inline: { Data: doc({ Effect: "Allow", Action: "s3:GetObject", NotResource: `arn:aws:s3:::${LAKE}/*` }) },
        }),
      ],
    });
    expect(reach.buckets.map((b) => b.bucket)).toEqual([ARTIFACTS, SCRATCH]);
  });

  it("Deny with NotResource denies everything outside it", () => {
    const reach = reachOf("only-scratch", {
      roles: [
        roleDetail("only-scratch", {
          inline: {
            Data: doc(read("*"), {
              Sid: "OnlyScratch",
              Effect: "Deny",
              Action: "s3:*",
              NotResource: [`arn:aws:s3:::${SCRATCH}`, `arn:aws:s3:::${SCRATCH}/*`],
            }),
          },
        }),
      ],
    });
    expect(reach.buckets.map((b) => b.bucket)).toEqual([SCRATCH]);
  });
});

describe("explicit deny, boundaries and SCPs", () => {
  it("an explicit deny in an identity policy wins over an allow, whatever the order", () => {
    const reach = reachOf("denied", {
      roles: [
        roleDetail("denied", {
          inline: {
            AllowAll: doc(read("*")),
            NoRestricted: doc({ Sid: "NoLake", Effect: "Deny", Action: "s3:*", Resource: `arn:aws:s3:::${LAKE}/*` }),
          },
        }),
      ],
    });
    expect(bucketOf(reach.buckets, LAKE)).toBeUndefined();
    expect(bucketOf(reach.buckets, ARTIFACTS)?.read?.decision).toBe("allowed");
  });

  it("a deny on a prefix carves it out of a whole-bucket read", () => {
    const reach = reachOf("carved", {
      roles: [
        roleDetail("carved", {
          inline: {
            Data: doc(read(`arn:aws:s3:::${LAKE}/*`), {
              Effect: "Deny",
              Action: "s3:GetObject",
              Resource: `arn:aws:s3:::${LAKE}/pii/*`,
            }),
          },
        }),
      ],
    });
    expect(bucketOf(reach.buckets, LAKE)?.read).toMatchObject({
      decision: "allowed",
      scopes: ["*"],
      except: ["pii/*"],
    });
  });

  it("a resource narrowed to a prefix reports that prefix", () => {
    const reach = reachOf("narrow", {
      roles: [roleDetail("narrow", { inline: { Data: doc(read(`arn:aws:s3:::${LAKE}/curated/fraud/*`)) } })],
    });
    expect(bucketOf(reach.buckets, LAKE)?.read?.scopes).toEqual(["curated/fraud/*"]);
  });

  it("a permissions boundary that does not allow S3 cuts the identity allow", () => {
    const boundaryArn = `arn:aws:iam::${ACCOUNT}:policy/no-data-boundary`;
    const reach = reachOf("bounded", {
      roles: [roleDetail("bounded", { inline: { Data: doc(read("*")) }, boundary: boundaryArn })],
      policies: [
        managedPolicy(boundaryArn, doc({ Effect: "Allow", Action: ["logs:*", "sagemaker:*"], Resource: "*" })),
      ],
    });
    expect(reach.buckets).toEqual([]);
  });

  it("a boundary that allows S3 keeps the allow, and both are named in the reason", () => {
    const boundaryArn = `arn:aws:iam::${ACCOUNT}:policy/ml-boundary`;
    const reach = reachOf("bounded-ok", {
      roles: [roleDetail("bounded-ok", { inline: { Data: doc(read("*")) }, boundary: boundaryArn })],
      policies: [managedPolicy(boundaryArn, doc({ Sid: "Ml", Effect: "Allow", Action: "s3:*", Resource: "*" }))],
    });
    expect(bucketOf(reach.buckets, LAKE)?.read?.reason).toBe(
      "allowed by inline policy Data statement 0 + permissions boundary ml-boundary statement 0 (Sid Ml)",
    );
  });

  const org = (content: object, extra: object[] = []) => ({
    organization: { Id: "o-a1b2c3d4e5", MasterAccountId: "999988887777" },
    roots: [{ Id: "r-ab12", Name: "Root" }],
    organizationalUnits: [{ Id: "ou-ab12-11111111", Name: "ml", Parents: [{ Id: "r-ab12", Type: "ROOT" }] }],
    accounts: [{ Id: ACCOUNT, Name: "ml-prod", Parents: [{ Id: "ou-ab12-11111111", Type: "ORGANIZATIONAL_UNIT" }] }],
    policies: [
      {
        PolicySummary: { Id: "p-FullAWSAccess", Name: "FullAWSAccess", Type: "SERVICE_CONTROL_POLICY" },
        Content: JSON.stringify(doc({ Effect: "Allow", Action: "*", Resource: "*" })),
        Targets: [
          { TargetId: "r-ab12", Type: "ROOT" },
          { TargetId: ACCOUNT, Type: "ACCOUNT" },
        ],
      },
      {
        PolicySummary: { Id: "p-ml-guardrails", Name: "ml-guardrails", Type: "SERVICE_CONTROL_POLICY" },
        Content: JSON.stringify(content),
        Targets: [{ TargetId: "ou-ab12-11111111", Type: "ORGANIZATIONAL_UNIT" }],
      },
      ...extra,
    ],
  });

  it("an SCP deny on the account's OU cuts the allow", () => {
    const scp = org(
      doc(
        { Effect: "Allow", Action: "*", Resource: "*" },
        { Sid: "ProtectLake", Effect: "Deny", Action: "s3:*", Resource: `arn:aws:s3:::${LAKE}/*` },
      ),
    );
    const reach = reachOf(
      "scp-denied",
      { roles: [roleDetail("scp-denied", { inline: { Data: doc(read("*")) } })] },
      "/",
      [],
      scp,
    );
    expect(bucketOf(reach.buckets, LAKE)).toBeUndefined();
    expect(bucketOf(reach.buckets, SCRATCH)?.read?.reason).toContain("SCP ml-guardrails on OU ou-ab12-11111111 (ml)");
  });

  it("an OU whose SCPs allow only some services cuts S3 (no allow at that level)", () => {
    const scp = org(doc({ Effect: "Allow", Action: ["sagemaker:*", "logs:*"], Resource: "*" }));
    const estate = estateOf(
      [{ buckets: BUCKETS, roles: [roleDetail("scp-allowlist", { inline: { Data: doc(read("*")) } })] }],
      scp,
    );
    const reach = roleReach(estate, roleArn("scp-allowlist"));
    expect(reach.buckets).toEqual([]);
  });

  it("SCPs do not bind the management account", () => {
    const scp = org(doc({ Effect: "Deny", Action: "s3:*", Resource: "*" }));
    const management = "999988887777";
    const estate = estateOf(
      [
        {
          accountId: management,
          buckets: BUCKETS,
          roles: [roleDetail("in-management", { account: management, inline: { Data: doc(read("*")) } })],
        },
      ],
      scp,
    );
    expect(roleReach(estate, roleArn("in-management", "/", management)).buckets).toHaveLength(3);
  });

  describe("SCPs the collector could not read (an organizations errors entry)", () => {
    const denied = {
      service: "organizations",
      operation: "ListPolicies",
      collection: "organizations",
      code: "AccessDeniedException",
      message: "You don't have permissions to access this resource.",
    };
    const reader = roleDetail("reader", { inline: { Data: doc(read("*")) } });
    const unknown =
      "the organization's SCPs could not be read (organizations:ListPolicies answered AccessDeniedException)";

    it("make a member account's answers conditional, and say why", () => {
      const estate = estateOf(
        [{ buckets: BUCKETS, roles: [reader] }],
        { organization: { Id: "o-a1b2c3d4e5", MasterAccountId: "999988887777" } },
        [denied],
      );
      const reach = roleReach(estate, roleArn("reader"));
      expect(reach.buckets.map((b) => b.read)).toEqual(
        BUCKETS.map(() => ({
          decision: "conditional",
          reason: `allowed by inline policy Data statement 0; conditional: ${unknown}`,
          scopes: ["*"],
        })),
      );
      expect(reach.notes).toEqual([`${unknown}: answers they could cut are conditional`]);
    });

    it("leave the management account's answers certain when the snapshot still names it", () => {
      const estate = estateOf(
        [{ buckets: BUCKETS, roles: [reader] }],
        { organization: { Id: "o-a1b2c3d4e5", MasterAccountId: ACCOUNT } },
        [denied],
      );
      const reach = roleReach(estate, roleArn("reader"));
      expect(reach.buckets.map((b) => b.read?.decision)).toEqual(["allowed", "allowed", "allowed"]);
      expect(reach.notes).toEqual([]);
    });

    it("do not bind a service-linked role sharing the same policies (answers are not shared between them)", () => {
      const managed = `arn:aws:iam::${ACCOUNT}:policy/data-reader`;
      const estate = estateOf(
        [
          {
            buckets: BUCKETS,
            roles: [
              roleDetail("reader", { managed: [managed] }),
              roleDetail("AWSServiceRoleForData", { path: "/aws-service-role/", managed: [managed] }),
            ],
            policies: [managedPolicy(managed, doc(read("*")))],
          },
        ],
        { organization: { Id: "o-a1b2c3d4e5", MasterAccountId: "999988887777" } },
        [denied],
      );
      const index = reachIndex(estate);
      const decisions = (arn: string) => roleReach(estate, arn, index).buckets.map((b) => b.read?.decision);
      expect(decisions(roleArn("reader"))).toEqual(["conditional", "conditional", "conditional"]);
      expect(decisions(roleArn("AWSServiceRoleForData", "/aws-service-role/"))).toEqual([
        "allowed",
        "allowed",
        "allowed",
      ]);
    });

    it("are unknown for every account when the organization itself could not be described", () => {
      const estate = estateOf([{ buckets: BUCKETS, roles: [reader] }], undefined, [
        { ...denied, operation: "DescribeOrganization" },
      ]);
      expect(roleReach(estate, roleArn("reader")).buckets.map((b) => b.read?.decision)).toEqual([
        "conditional",
        "conditional",
        "conditional",
      ]);
    });
  });
});

describe("bucket policies", () => {
  it("a bucket policy deny for every principal but one role removes the bucket", () => {
    const lake = bucket(LAKE, {
      policy: doc({
        Sid: "OnlyPipeline",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: [`arn:aws:s3:::${LAKE}`, `arn:aws:s3:::${LAKE}/*`],
        Condition: { StringNotEquals: { "aws:PrincipalArn": roleArn("pipeline") } },
      }),
    });
    const estate = estateOf([
      {
        buckets: [lake, bucket(SCRATCH)],
        roles: [
          roleDetail("notebook", { inline: { Data: doc(read("*")) } }),
          roleDetail("pipeline", { inline: { Data: doc(read("*")) } }),
        ],
      },
    ]);
    expect(roleReach(estate, roleArn("notebook")).buckets.map((b) => b.bucket)).toEqual([SCRATCH]);
    expect(roleReach(estate, roleArn("pipeline")).buckets.map((b) => b.bucket)).toEqual([LAKE, SCRATCH]);
  });

  it("the ubiquitous deny-insecure-transport statement does not cut SDK (HTTPS) access", () => {
    const lake = bucket(LAKE, {
      policy: doc({
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: `arn:aws:s3:::${LAKE}/*`,
        Condition: { Bool: { "aws:SecureTransport": "false" } },
      }),
    });
    const estate = estateOf([{ buckets: [lake], roles: [roleDetail("tls", { inline: { Data: doc(read("*")) } })] }]);
    expect(roleReach(estate, roleArn("tls")).buckets[0]?.read?.decision).toBe("allowed");
  });

  it("a bucket policy naming the role grants same-account access without an identity policy", () => {
    const artifacts = bucket(ARTIFACTS, {
      policy: doc({
        Sid: "Deployer",
        Effect: "Allow",
        Principal: { AWS: roleArn("deployer") },
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${ARTIFACTS}/*`,
      }),
    });
    const estate = estateOf([{ buckets: [artifacts], roles: [roleDetail("deployer")] }]);
    expect(roleReach(estate, roleArn("deployer")).buckets[0]?.read?.reason).toBe(
      `allowed by bucket policy of ${ARTIFACTS} statement 0 (Sid Deployer)`,
    );
  });

  it("a bucket policy naming only the account does not grant without an identity policy", () => {
    const artifacts = bucket(ARTIFACTS, {
      policy: doc({
        Effect: "Allow",
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: "s3:GetObject",
        Resource: `arn:aws:s3:::${ARTIFACTS}/*`,
      }),
    });
    const estate = estateOf([{ buckets: [artifacts], roles: [roleDetail("nobody")] }]);
    expect(roleReach(estate, roleArn("nobody")).buckets).toEqual([]);
  });

  it("a condition that depends on the VPC endpoint makes the answer conditional, naming the key", () => {
    const lake = bucket(LAKE, {
      policy: doc({
        Sid: "OnlyThroughVpce",
        Effect: "Deny",
        Principal: "*",
        Action: "s3:*",
        Resource: `arn:aws:s3:::${LAKE}/*`,
        Condition: { StringNotEquals: { "aws:SourceVpce": "vpce-0a3c5e7b9d1f24680" } },
      }),
    });
    const estate = estateOf([{ buckets: [lake], roles: [roleDetail("vpce", { inline: { Data: doc(read("*")) } })] }]);
    const access = roleReach(estate, roleArn("vpce")).buckets[0]?.read;
    expect(access?.decision).toBe("conditional");
    expect(access?.reason).toContain(
      `bucket policy of ${LAKE} statement 0 (Sid OnlyThroughVpce) denies it unless StringNotEquals aws:SourceVpce vpce-0a3c5e7b9d1f24680`,
    );
    expect(access?.reason).toContain("depends on the VPC endpoint");
  });
});

describe("cross-account buckets need both sides", () => {
  const other = (policy?: object, restrictPublic = true): AccountInput => ({
    accountId: OTHER_ACCOUNT,
    buckets: [bucket("partner-exchange", { policy, restrictPublic })],
  });
  const reader = { roles: [roleDetail("reader", { inline: { Data: doc(read("*")) } })] };

  it("identity allow alone does not reach another account's bucket", () => {
    const reach = reachOf("reader", reader, "/", [other()]);
    expect(bucketOf(reach.buckets, "partner-exchange")).toBeUndefined();
  });

  it("identity allow plus the bucket policy granting the account reaches it", () => {
    const grant = doc({
      Sid: "PartnerRead",
      Effect: "Allow",
      Principal: { AWS: ACCOUNT },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::partner-exchange/outbound/*",
    });
    const entry = bucketOf(reachOf("reader", reader, "/", [other(grant)]).buckets, "partner-exchange");
    expect(entry).toMatchObject({ crossAccount: true, accountId: OTHER_ACCOUNT });
    expect(entry?.read).toMatchObject({ decision: "allowed", scopes: ["outbound/*"] });
    expect(entry?.read?.reason).toBe(
      "allowed by inline policy Data statement 0 + bucket policy of partner-exchange statement 0 (Sid PartnerRead)",
    );
  });

  it("the bucket policy alone (no identity allow) does not reach it", () => {
    const grant = doc({
      Effect: "Allow",
      Principal: { AWS: roleArn("idle") },
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::partner-exchange/*",
    });
    const reach = reachOf("idle", { roles: [roleDetail("idle")] }, "/", [other(grant)]);
    expect(reach.buckets).toEqual([]);
  });

  it("a public grant reaches across accounts only when RestrictPublicBuckets is off", () => {
    const publicGrant = doc({
      Effect: "Allow",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: "arn:aws:s3:::partner-exchange/public/*",
    });
    expect(
      bucketOf(reachOf("reader", reader, "/", [other(publicGrant, true)]).buckets, "partner-exchange"),
    ).toBeUndefined();
    expect(
      bucketOf(reachOf("reader", reader, "/", [other(publicGrant, false)]).buckets, "partner-exchange")?.read?.scopes,
    ).toEqual(["public/*"]);
  });
});

describe("conditions, roles without access, service roles", () => {
  const tagged = (tags: Record<string, string>) =>
    reachOf("tagged", {
      roles: [
        roleDetail("tagged", {
          tags,
          inline: { Data: doc(read("*", { Condition: { StringEquals: { "aws:PrincipalTag/team": "fraud" } } })) },
        }),
      ],
    });

  it("an allow whose condition does not hold grants nothing", () => {
    expect(tagged({ team: "marketing" }).buckets).toEqual([]);
    expect(tagged({}).buckets).toEqual([]);
  });

  it("the same allow grants when the condition holds", () => {
    expect(tagged({ team: "fraud" }).buckets).toHaveLength(3);
  });

  it("a role with no S3 access reaches no bucket, and says what it can do instead", () => {
    const reach = reachOf("sandbox", {
      roles: [
        roleDetail("sandbox", {
          inline: {
            Basics: doc(
              { Effect: "Allow", Action: ["logs:CreateLogStream", "logs:PutLogEvents"], Resource: "*" },
              {
                Effect: "Allow",
                Action: "kms:Decrypt",
                Resource: `arn:aws:kms:us-east-1:${ACCOUNT}:key/2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f`,
              },
            ),
          },
        }),
      ],
    });
    expect(reach.found).toBe(true);
    expect(reach.buckets).toEqual([]);
    expect(reach.kmsDecrypt.map((g) => g.resource)).toEqual([
      `arn:aws:kms:us-east-1:${ACCOUNT}:key/2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f`,
    ]);
    expect(reach.passRole).toEqual([]);
    expect(reach.secrets).toEqual([]);
  });

  it("a console-created /service-role/ role is found by its ARN and analysed like any other", () => {
    const name = "AmazonSageMaker-ExecutionRole-20240311T120000";
    const policyArn = `arn:aws:iam::${ACCOUNT}:policy/service-role/AmazonSageMaker-ExecutionPolicy-20240311T120000`;
    const account: AccountInput = {
      roles: [roleDetail(name, { path: "/service-role/", managed: [policyArn] })],
      policies: [
        managedPolicy(
          policyArn,
          doc(
            { Effect: "Allow", Action: ["s3:ListBucket"], Resource: ["arn:aws:s3:::*"] },
            {
              Effect: "Allow",
              Action: ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
              Resource: ["arn:aws:s3:::*"],
            },
          ),
        ),
      ],
    };
    const reach = reachOf(name, account, "/service-role/");
    expect(reach).toMatchObject({ found: true, path: "/service-role/", roleName: name });
    expect(reach.buckets.map((b) => [b.bucket, b.read?.decision, b.write?.decision, b.list?.decision])).toEqual([
      [LAKE, "allowed", "allowed", "allowed"],
      [ARTIFACTS, "allowed", "allowed", "allowed"],
      [SCRATCH, "allowed", "allowed", "allowed"],
    ]);
  });

  it("a role the snapshot does not hold has unknown reach, said in a note", () => {
    const reach = reachOf("ghost", { roles: [] });
    expect(reach).toMatchObject({ found: false, buckets: [] });
    expect(reach.notes[0]).toContain("not in the snapshot's IAM data");
  });

  it("an attached managed policy missing from the snapshot is noted, not silently dropped", () => {
    const reach = reachOf("aws-managed", {
      roles: [roleDetail("aws-managed", { managed: ["arn:aws:iam::aws:policy/AmazonSageMakerFullAccess"] })],
    });
    expect(reach.notes).toEqual([
      "managed policy arn:aws:iam::aws:policy/AmazonSageMakerFullAccess is not in the snapshot; not counted",
    ]);
  });
});

describe("pass, assume, secrets", () => {
  it("lists the roles it can assume: identity and the target's trust policy must agree", () => {
    const trustsJumper = doc({ Effect: "Allow", Principal: { AWS: roleArn("jumper") }, Action: "sts:AssumeRole" });
    const trustsAccount = doc({
      Effect: "Allow",
      Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
      Action: "sts:AssumeRole",
    });
    const estate = estateOf([
      {
        roles: [
          roleDetail("jumper", {
            inline: { Assume: doc({ Effect: "Allow", Action: "sts:AssumeRole", Resource: roleArn("admin") }) },
          }),
          roleDetail("admin", { trust: trustsJumper }),
          roleDetail("deployer", { trust: trustsAccount }),
          roleDetail("trusting-direct", { trust: trustsJumper }),
        ],
      },
    ]);
    const reach = roleReach(estate, roleArn("jumper"));
    // admin: both sides allow; trusting-direct: the trust policy names the role (same account: enough);
    // deployer: trusts the account, which delegates to the (absent) identity permission.
    expect(reach.assumeRole.map((g) => g.resource)).toEqual([roleArn("admin"), roleArn("trusting-direct")]);
  });

  it("reports iam:PassRole and secretsmanager:GetSecretValue grants with their resources", () => {
    const reach = reachOf("ops", {
      roles: [
        roleDetail("ops", {
          inline: {
            Ops: doc(
              {
                Effect: "Allow",
                Action: "iam:PassRole",
                Resource: `arn:aws:iam::${ACCOUNT}:role/sagemaker-*`,
                Condition: { StringEquals: { "iam:PassedToService": "sagemaker.amazonaws.com" } },
              },
              {
                Effect: "Allow",
                Action: "secretsmanager:GetSecretValue",
                Resource: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-*`,
              },
            ),
          },
        }),
      ],
    });
    expect(reach.passRole).toEqual([
      expect.objectContaining({ resource: `arn:aws:iam::${ACCOUNT}:role/sagemaker-*`, decision: "conditional" }),
    ]);
    expect(reach.secrets).toEqual([
      expect.objectContaining({
        resource: `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:db-*`,
        decision: "allowed",
      }),
    ]);
  });

  it("URL-encoded documents decode (spaces, quotes, slashes) exactly as IAM returns them", () => {
    const document = doc({
      Sid: "Read lake",
      Effect: "Allow",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${LAKE}/a b/*`,
    });
    expect(urlEncoded(document)).toContain("%22Sid%22%3A%22Read%20lake%22");
    const reach = reachOf("encoded", { roles: [roleDetail("encoded", { inline: { Data: document } })] });
    expect(reach.buckets[0]?.read).toMatchObject({
      scopes: ["a b/*"],
      reason: "allowed by inline policy Data statement 0 (Sid Read lake)",
    });
  });
});

describe("roles sharing the same policies", () => {
  const teamRead = `arn:aws:iam::${ACCOUNT}:policy/team-read`;
  const tagged = `arn:aws:iam::${ACCOUNT}:policy/tagged-read`;
  const lake = bucket(LAKE, {
    policy: doc({
      Effect: "Deny",
      Principal: "*",
      Action: "s3:GetObject",
      Resource: `arn:aws:s3:::${LAKE}/*`,
      Condition: { ArnNotEquals: { "aws:PrincipalArn": roleArn("alpha") } },
    }),
  });
  const estate = estateOf([
    {
      buckets: [lake, bucket(ARTIFACTS), bucket(SCRATCH)],
      roles: ["alpha", "beta"].map((name) =>
        roleDetail(name, { managed: [teamRead, tagged], tags: { team: name === "alpha" ? "fraud" : "growth" } }),
      ),
      policies: [
        managedPolicy(teamRead, doc(read(`arn:aws:s3:::${LAKE}/*`), read(`arn:aws:s3:::${ARTIFACTS}/*`))),
        managedPolicy(
          tagged,
          doc({
            Effect: "Allow",
            Action: "s3:PutObject",
            Resource: "*",
            Condition: { StringEquals: { "aws:PrincipalTag/team": "fraud" } },
          }),
        ),
      ],
    },
  ]);

  it("answers that depend on the caller are computed per role, even with one shared index", () => {
    const index = reachIndex(estate);
    const alpha = roleReach(estate, roleArn("alpha"), index);
    const beta = roleReach(estate, roleArn("beta"), index);
    // The lake's policy names alpha; the write allow depends on the team tag.
    expect(alpha.buckets.filter((b) => b.read).map((b) => b.bucket)).toEqual([LAKE, ARTIFACTS]);
    expect(beta.buckets.filter((b) => b.read).map((b) => b.bucket)).toEqual([ARTIFACTS]);
    expect(alpha.buckets.filter((b) => b.write).map((b) => b.bucket)).toEqual([LAKE, ARTIFACTS, SCRATCH]);
    expect(beta.buckets.filter((b) => b.write)).toEqual([]);
  });

  it("gives the same answers as separate evaluations", () => {
    const shared = reachIndex(estate);
    for (const name of ["beta", "alpha"]) {
      expect(roleReach(estate, roleArn(name), shared)).toEqual(roleReach(estate, roleArn(name), reachIndex(estate)));
    }
  });
});
