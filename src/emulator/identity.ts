import { randomBytes } from "node:crypto";
import type { WireRequest } from "./protocols/protocol.js";
import type { AccountState, EmulatorState, Session } from "./state.js";

/**
 * Identity convention shared with the collector: an access key id `AKIA<12-digit account><4 chars>` acts in that
 * account, `ASIA...` keys are handed out by AssumeRole the same way; any other key acts in the snapshot's first
 * account. Signatures are never checked.
 */
const ACCOUNT_KEY = /^(AKIA|ASIA)(\d{12})[A-Z0-9]{4}$/;

/** The long-term access key id that acts in `accountId`. */
export function accessKeyIdFor(accountId: string): string {
  return `AKIA${accountId}0000`;
}

export interface Caller {
  accountId: string;
  arn: string;
  userId: string;
}

/** Who is calling; undefined when the key names an account the snapshot does not hold (an invalid token). */
export function resolveCaller(state: EmulatorState, accessKeyId: string): Caller | undefined {
  const session = state.sessions.get(accessKeyId);
  if (session) return session;
  const match = ACCOUNT_KEY.exec(accessKeyId);
  const account = match ? state.accounts.get(match[2] as string) : state.firstAccount;
  return account && rootCaller(account);
}

function rootCaller(account: AccountState): Caller {
  return {
    accountId: account.accountId,
    arn: `arn:${account.partition}:iam::${account.accountId}:root`,
    userId: account.accountId,
  };
}

export interface TemporaryCredentials {
  AccessKeyId: string;
  SecretAccessKey: string;
  SessionToken: string;
  Expiration: Date;
}

/** Hands out temporary credentials for a role in `account`; the key id carries the account, as AWS's do not. */
export function issueSession(
  state: EmulatorState,
  account: AccountState,
  roleName: string,
  sessionName: string,
  durationSeconds: number,
): { credentials: TemporaryCredentials; session: Session } {
  const serial = (state.sessions.size % 36 ** 4).toString(36).toUpperCase().padStart(4, "0");
  const accessKeyId = `ASIA${account.accountId}${serial}`;
  const roleId = `AROA${randomBytes(8).toString("hex").toUpperCase().slice(0, 17)}`;
  const session: Session = {
    accountId: account.accountId,
    arn: `arn:${account.partition}:sts::${account.accountId}:assumed-role/${roleName}/${sessionName}`,
    userId: `${roleId}:${sessionName}`,
  };
  state.sessions.set(accessKeyId, session);
  return {
    session,
    credentials: {
      AccessKeyId: accessKeyId,
      SecretAccessKey: randomBytes(30).toString("base64"),
      SessionToken: randomBytes(96).toString("base64"),
      Expiration: new Date(Date.now() + durationSeconds * 1000),
    },
  };
}

export interface SigningScope {
  accessKeyId: string;
  region: string;
  service: string;
}

/** The SigV4 credential scope: from the Authorization header, or a presigned URL's `X-Amz-Credential`. */
export function signingScope(request: WireRequest): SigningScope | undefined {
  const credential =
    /Credential=([^,\s]+)/.exec(request.headers.authorization ?? "")?.[1] ??
    request.query.get("X-Amz-Credential") ??
    undefined;
  const [accessKeyId, , region, service] = credential?.split("/") ?? [];
  return accessKeyId && region && service ? { accessKeyId, region, service } : undefined;
}
