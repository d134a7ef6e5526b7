import { describe, expect, it } from "vitest";
import { loadReachEstate } from "../estate.js";
import { doc, roleDetail, snapshotOf } from "../test-helpers.js";

describe("action catalog (iam-data)", () => {
  it("notes action patterns that match no action AWS knows: they grant nothing", async () => {
    const snapshot = snapshotOf([
      {
        roles: [
          roleDetail("typos", {
            inline: {
              Data: doc(
                { Sid: "Read", Effect: "Allow", Action: ["s3:GetObjects", "s3:Get*", "S3:listbucket"], Resource: "*" },
                { Effect: "Allow", Action: ["sagemakr:*", "kms:Decrypt", "*"], Resource: "*" },
              ),
            },
          }),
        ],
      },
    ]);
    const estate = await loadReachEstate(snapshot, new Date("2026-11-28T00:00:00Z"));
    expect(estate.roles.get("arn:aws:iam::111122223333:role/typos")?.notes).toEqual([
      "inline policy Data statement 0 (Sid Read): s3:GetObjects matches no s3 action",
      "inline policy Data statement 1: sagemakr:* names an unknown service sagemakr",
    ]);
  });
});
