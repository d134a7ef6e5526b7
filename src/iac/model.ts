import type { Finding } from "../evaluate/finding.js";
import type { AnyResource } from "../model/resource.js";

export type IacFormat = "cloudformation" | "terraform" | "terraform-plan";

/**
 * A resource an adapter read from a template, in every variant its undecided conditions allow: a CloudFormation
 * `!If` or a Terraform `cond ? a : b` whose condition depends on deploy-time input yields one variant per branch.
 */
export interface IacResource {
  variants: IacVariant[];
  suppressions: InlineSuppression[];
}

export interface IacVariant {
  resource: AnyResource;
  /** The branches this variant assumes, e.g. `condition IsProd is false`; empty when nothing was undecided. */
  assumptions: string[];
}

/** A suppression written next to the resource: CloudFormation `Metadata` or a Terraform comment. */
export interface InlineSuppression {
  controlId: string;
  reason: string;
  file: string;
  line?: number;
}

/** Resources evaluated together (one template, one Terraform directory, one plan): `find()` sees only these. */
export interface IacUnit {
  format: IacFormat;
  files: string[];
  resources: IacResource[];
}

/** A file that could not be read as a template; reported on one line, the scan goes on with the other files. */
export interface IacFileError {
  file: string;
  line?: number;
  column?: number;
  message: string;
}

export class IacParseError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}${column ? `:${column}` : ""}: ${reason}`);
  }

  toFileError(): IacFileError {
    return { file: this.file, line: this.line, column: this.column, message: this.reason };
  }
}

/** Where a finding points: the file, the resource's logical id or address, and the line of the deciding property. */
export interface IacLocation {
  file: string;
  address: string;
  line?: number;
  /** The Describe* field path the line belongs to; absent when it is the resource's own line. */
  property?: string;
}

/** Why a finding is SUPPRESSED: an inline suppression in the template, or an entry of the exceptions file. */
export interface Suppression {
  reason: string;
  /** Where it is written: `main.tf:12` for an inline one, `mlharden.exceptions.yaml:14 (exceptions[2])`. */
  source: string;
}

/** A finding on a template resource: the live scan's finding plus its location, and a suppression if one applies. */
export interface IacFinding extends Finding {
  location: IacLocation;
  suppression?: Suppression;
}
