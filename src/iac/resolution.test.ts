// biome-ignore-all lint/suspicious/noTemplateCurlyInString: CloudFormation writes ${...} in plain strings
import { describe, expect, it } from "vitest";
import { Unresolved } from "../model/unresolved.js";
import { concatParts, enumerateVariants, MAX_UNDECIDED } from "./resolution.js";

describe("enumerateVariants", () => {
  it("runs once when nothing is undecided", () => {
    expect(enumerateVariants(() => "Disabled")).toEqual([{ value: "Disabled", choices: [] }]);
  });

  it("expands each undecided condition into both branches, nested ones only where they are reached", () => {
    const variants = enumerateVariants((choose) => (choose("A") ? (choose("B") ? "A and B" : "A only") : "not A"));
    expect(variants).toEqual([
      {
        value: "A and B",
        choices: [
          { key: "A", branch: true },
          { key: "B", branch: true },
        ],
      },
      {
        value: "A only",
        choices: [
          { key: "A", branch: true },
          { key: "B", branch: false },
        ],
      },
      { value: "not A", choices: [{ key: "A", branch: false }] },
    ]);
  });

  it("reuses a condition's branch wherever the same condition appears", () => {
    const variants = enumerateVariants((choose) => [choose("IsProd"), choose("IsProd")]);
    expect(variants.map((v) => v.value)).toEqual([
      [true, true],
      [false, false],
    ]);
  });

  it(`expands at most ${MAX_UNDECIDED} conditions and leaves the next ones to the caller`, () => {
    const keys = ["a", "b", "c", "d", "e"];
    const variants = enumerateVariants((choose) => keys.map((k) => choose(k)));
    expect(variants).toHaveLength(2 ** MAX_UNDECIDED);
    for (const variant of variants) expect(variant.value[MAX_UNDECIDED]).toBeUndefined();
  });
});

describe("concatParts", () => {
  it("joins literals", () => {
    expect(concatParts(["arn:aws:kms:", "us-east-1", ":key/", 42], "x")).toBe("arn:aws:kms:us-east-1:key/42");
  });

  it("is a reference, set but unknown, when literal text surrounds an unknown part", () => {
    expect(concatParts(["arn:aws:kms:", new Unresolved("!Ref AWS::Region"), ":key/1"], "!Sub ...")).toEqual(
      new Unresolved("!Sub ...", "reference"),
    );
    expect(concatParts([new Unresolved("a.b", "reference"), new Unresolved("c.d", "reference")], "e")).toEqual(
      new Unresolved("e", "reference"),
    );
  });

  it("stays unknown when nothing guarantees a non-empty value", () => {
    expect(concatParts(["", new Unresolved("!Ref Param")], "!Sub ${Param}")).toEqual(new Unresolved("!Sub ${Param}"));
    expect(concatParts(["a", { not: "a string" }], "join")).toEqual(new Unresolved("join"));
  });
});
