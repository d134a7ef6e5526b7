import { AssumeRoleCommand, type STSClient } from "@aws-sdk/client-sts";
import { fromNodeProviderChain } from "@aws-sdk/credential-providers";

export interface AwsCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken?: string;
  expiration?: Date;
}

export type CredentialProvider = () => Promise<AwsCredentials>;

/**
 * The SDK's standard chain: environment, shared config and credentials files (SSO, process, assume-role profiles),
 * web identity, container and instance roles. `profile` selects a named profile as `--profile` does in the AWS CLI.
 */
export function standardCredentials(profile?: string): CredentialProvider {
  return fromNodeProviderChain(profile ? { profile } : {});
}

/** Renew this long before `Expiration`, so no call is signed with credentials about to lapse. */
const REFRESH_BEFORE_MS = 5 * 60_000;

/**
 * Credentials of a role assumed through `sts` (a client holding the caller's own credentials), renewed before
 * they expire. Concurrent callers share one AssumeRole call.
 */
export function assumeRoleCredentials(
  sts: STSClient,
  roleArn: string,
  externalId?: string,
  now: () => number = Date.now,
): CredentialProvider {
  let current: AwsCredentials | undefined;
  let pending: Promise<AwsCredentials> | undefined;

  const renew = async (): Promise<AwsCredentials> => {
    const { Credentials } = await sts.send(
      new AssumeRoleCommand({
        RoleArn: roleArn,
        RoleSessionName: "mlharden-scan",
        ...(externalId ? { ExternalId: externalId } : {}),
      }),
    );
    if (!Credentials?.AccessKeyId || !Credentials.SecretAccessKey) {
      throw new Error(`sts:AssumeRole ${roleArn} returned no credentials`);
    }
    return {
      accessKeyId: Credentials.AccessKeyId,
      secretAccessKey: Credentials.SecretAccessKey,
      sessionToken: Credentials.SessionToken,
      expiration: Credentials.Expiration,
    };
  };

  return async () => {
    const fresh = current && (!current.expiration || current.expiration.getTime() - now() > REFRESH_BEFORE_MS);
    if (fresh && current) return current;
    pending ??= renew().finally(() => {
      pending = undefined;
    });
    current = await pending;
    return current;
  };
}
