import { describe, expect, it } from "vitest";
import { evaluateConditions, type Tri } from "./conditions.js";
import { environmentFacts, principalFacts, type RequestContext, resourceFacts } from "./context.js";

const context: RequestContext = {
  action: "s3:GetObject",
  resource: "arn:aws:s3:::fintech-datalake/curated/x.parquet",
  principalArn: "arn:aws:iam::111122223333:role/ml/fraud-model-prod-execution",
  principalAccount: "111122223333",
  resourceAccount: "111122223333",
  facts: [
    principalFacts({
      arn: "arn:aws:iam::111122223333:role/ml/fraud-model-prod-execution",
      accountId: "111122223333",
      tags: { team: "fraud", "cost-center": "4410" },
      orgId: "o-a1b2c3d4e5",
      orgPaths: ["o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/"],
    }),
    resourceFacts({ accountId: "111122223333", tags: { "data-classification": "restricted" }, region: "us-east-1" }),
    environmentFacts(new Date("2026-11-28T12:00:00Z")),
    // A multi-valued key, as aws:TagKeys or aws:PrincipalServiceNamesList would be.
    { values: new Map([["test:list", ["a", "b"]]]) },
  ],
};

function holds(operator: string, key: string, values: string | string[]): Tri {
  const list = Array.isArray(values) ? values : [values];
  return evaluateConditions([{ operator, key, values: list }], context).value;
}

describe("condition operators against a request context", () => {
  it.each<[string, string, string | string[], Tri]>([
    ["StringEquals", "aws:PrincipalTag/team", "fraud", true],
    ["StringEquals", "aws:principaltag/TEAM", "fraud", true],
    ["StringEquals", "aws:PrincipalTag/team", "Fraud", false],
    ["StringEqualsIgnoreCase", "aws:PrincipalTag/team", "FRAUD", true],
    ["StringNotEquals", "aws:PrincipalTag/team", ["marketing", "growth"], true],
    ["StringNotEquals", "aws:PrincipalTag/team", ["marketing", "fraud"], false],
    ["StringLike", "aws:PrincipalArn", "arn:aws:iam::*:role/ml/*", true],
    ["StringNotLike", "aws:PrincipalArn", "arn:aws:iam::*:role/sandbox/*", true],
    ["ArnLike", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/ml/*", true],
    ["ArnEquals", "aws:PrincipalArn", "arn:aws:iam::111122223333:role/ml/other", false],
    ["ArnNotLike", "aws:PrincipalArn", "arn:aws:iam::*:role/ml/*", false],
    ["Bool", "aws:SecureTransport", "true", true],
    ["Bool", "aws:SecureTransport", "false", false],
    ["NumericLessThan", "aws:PrincipalTag/cost-center", "5000", true],
    ["NumericGreaterThanEquals", "aws:PrincipalTag/cost-center", "4411", false],
    ["DateLessThan", "aws:CurrentTime", "2027-01-01T00:00:00Z", true],
    ["DateGreaterThan", "aws:CurrentTime", "2026-12-01T00:00:00Z", false],
    ["DateGreaterThan", "aws:EpochTime", "1700000000", true],
    ["StringEquals", "aws:PrincipalOrgID", "o-a1b2c3d4e5", true],
    ["ForAnyValue:StringLike", "aws:PrincipalOrgPaths", "o-a1b2c3d4e5/r-ab12/ou-ab12-11111111/*", true],
    ["StringEquals", "aws:ResourceTag/data-classification", "restricted", true],
    ["StringEquals", "aws:RequestedRegion", ["eu-west-1"], false],
  ])("%s %s %j → %s", (operator, key, values, expected) => {
    expect(holds(operator, key, values)).toBe(expected);
  });

  it("a key known to be absent: positive operators fail, negated ones and IfExists hold, Null says so", () => {
    expect(holds("StringEquals", "aws:PrincipalTag/project", "x")).toBe(false);
    expect(holds("StringNotEquals", "aws:PrincipalTag/project", "x")).toBe(true);
    expect(holds("StringEqualsIfExists", "aws:PrincipalTag/project", "x")).toBe(true);
    expect(holds("StringEqualsIfExists", "aws:PrincipalTag/team", "growth")).toBe(false);
    expect(holds("Null", "aws:PrincipalTag/project", "true")).toBe(true);
    expect(holds("Null", "aws:PrincipalTag/team", "true")).toBe(false);
    expect(holds("Null", "aws:PrincipalTag/team", "false")).toBe(true);
  });

  it("set operators over a multi-valued key", () => {
    expect(holds("ForAnyValue:StringEquals", "test:list", ["b", "z"])).toBe(true);
    expect(holds("ForAllValues:StringEquals", "test:list", ["a", "b", "c"])).toBe(true);
    expect(holds("ForAllValues:StringEquals", "test:list", ["a"])).toBe(false);
    expect(holds("ForAnyValue:StringNotEquals", "test:list", ["a"])).toBe(true);
    expect(holds("ForAllValues:StringNotEquals", "test:list", ["c"])).toBe(true);
    // An absent key: ForAllValues holds vacuously, ForAnyValue does not.
    expect(holds("ForAllValues:StringEquals", "aws:PrincipalTag/project", ["x"])).toBe(true);
    expect(holds("ForAnyValue:StringEquals", "aws:PrincipalTag/project", ["x"])).toBe(false);
  });

  it("IP ranges (v4 and v6) against a context value", () => {
    const withIp = (ip: string): RequestContext => ({
      ...context,
      facts: [{ values: new Map([["aws:sourceip", [ip]]]) }],
    });
    const ipHolds = (ip: string, operator: string, cidr: string) =>
      evaluateConditions([{ operator, key: "aws:SourceIp", values: [cidr] }], withIp(ip)).value;
    expect(ipHolds("203.0.113.25", "IpAddress", "203.0.113.0/24")).toBe(true);
    expect(ipHolds("198.51.100.7", "IpAddress", "203.0.113.0/24")).toBe(false);
    expect(ipHolds("198.51.100.7", "NotIpAddress", "203.0.113.0/24")).toBe(true);
    expect(ipHolds("2001:db8::1", "IpAddress", "2001:db8::/32")).toBe(true);
    expect(ipHolds("2001:db9::1", "IpAddress", "2001:db8::/32")).toBe(false);
  });

  it("keys that cannot be known offline are unknown, with why, for every operator form", () => {
    const outcome = evaluateConditions(
      [{ operator: "StringEquals", key: "aws:SourceVpce", values: ["vpce-0a3c5e7b9d1f24680"] }],
      context,
    );
    expect(outcome.value).toBe("unknown");
    expect(outcome.unknown?.[0]?.why).toBe("aws:SourceVpce depends on the VPC endpoint the request goes through");
    expect(holds("StringNotEqualsIfExists", "aws:SourceVpc", "vpc-1")).toBe("unknown");
    expect(holds("Null", "s3:x-amz-server-side-encryption", "true")).toBe("unknown");
  });

  it("clauses are ANDed: one false clause wins over an unknown one", () => {
    const outcome = evaluateConditions(
      [
        { operator: "StringEquals", key: "aws:SourceVpce", values: ["vpce-1"] },
        { operator: "StringEquals", key: "aws:PrincipalTag/team", values: ["growth"] },
      ],
      context,
    );
    expect(outcome).toMatchObject({ value: false, failed: { key: "aws:PrincipalTag/team" } });
  });

  it("policy variables in condition values resolve from the context", () => {
    expect(
      holds("StringEquals", "aws:ResourceTag/data-classification", `\${aws:PrincipalTag/missing, 'restricted'}`),
    ).toBe(true);
    expect(holds("StringLike", "aws:PrincipalArn", `arn:aws:iam::\${aws:PrincipalAccount}:role/*`)).toBe(true);
    expect(holds("StringEquals", "aws:PrincipalTag/team", `\${aws:SourceVpce}`)).toBe("unknown");
  });

  it("an unsupported operator is unknown, never silently true", () => {
    expect(holds("StringFancy", "aws:PrincipalTag/team", "fraud")).toBe("unknown");
  });
});
