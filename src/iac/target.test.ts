import { describe, expect, it } from "vitest";
import { InputError } from "../errors.js";
import { deployTarget, pseudoParameters } from "./target.js";

describe("the deploy target (--account, --region, --partition)", () => {
  it("is empty without options, so nothing resolves", () => {
    expect(deployTarget({})).toEqual({});
    expect(pseudoParameters({})).toEqual({});
  });

  it("takes the partition from the region, else aws when an account is given", () => {
    expect(deployTarget({ account: "111122223333" })).toEqual({ accountId: "111122223333", partition: "aws" });
    expect(deployTarget({ region: "cn-northwest-1" })).toEqual({ region: "cn-northwest-1", partition: "aws-cn" });
    expect(deployTarget({ account: "111122223333", region: "us-gov-east-1" }).partition).toBe("aws-us-gov");
    expect(deployTarget({ partition: "aws-cn" })).toEqual({ partition: "aws-cn" });
  });

  it("gives AWS::URLSuffix from the partition", () => {
    expect(pseudoParameters(deployTarget({ account: "111122223333", region: "eu-west-1" }))).toEqual({
      "AWS::AccountId": "111122223333",
      "AWS::Region": "eu-west-1",
      "AWS::Partition": "aws",
      "AWS::URLSuffix": "amazonaws.com",
    });
    expect(pseudoParameters({ partition: "aws-cn" })["AWS::URLSuffix"]).toBe("amazonaws.com.cn");
    expect(pseudoParameters({ partition: "aws-us-gov" })["AWS::URLSuffix"]).toBe("amazonaws.com");
  });

  it.each([
    [{ account: "11112222333" }, '--account: expected a 12-digit AWS account id, got "11112222333"'],
    [{ account: "arn:aws:iam::111122223333:root" }, "--account: expected a 12-digit AWS account id"],
    [{ region: "US-EAST-1" }, '--region: expected an AWS region such as us-east-1, got "US-EAST-1"'],
    [{ partition: "aws-iso" }, '--partition: expected one of aws, aws-cn, aws-us-gov, got "aws-iso"'],
    [{ region: "cn-north-1", partition: "aws" }, "--region cn-north-1 is in partition aws-cn, not aws"],
    [{ region: "us-iso-east-1" }, "--region us-iso-east-1 is in an isolated partition"],
  ])("rejects %j", (options, message) => {
    expect(() => deployTarget(options)).toThrow(InputError);
    expect(() => deployTarget(options)).toThrow(message);
  });
});
