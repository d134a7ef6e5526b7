import * as z from "zod";

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Zod's message for a wrong or missing value: `required` when absent, else what was expected. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? "required" : `expected ${what}`;

/** A real calendar date written YYYY-MM-DD (2027-02-30 is rejected). */
const isoDate = z.string({ error: expected("a date YYYY-MM-DD") }).refine((value) => {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}, "expected a date YYYY-MM-DD");

const nonEmpty = (what: string) =>
  z
    .string({ error: expected(what) })
    .trim()
    .min(1, `expected ${what}`);
/** YAML reads `ticket: 1423` or `cost-center: 42` as numbers; they are meant as text. */
const text = (what: string) =>
  z
    .union([z.string(), z.number()], { error: expected(what) })
    .transform(String)
    .pipe(z.string().trim().min(1, `expected ${what}`));

/** `controls: SageMaker.1` or `controls: [SageMaker.1, MLH.1]`; `"*"` for every control. */
const controls = z
  .union([nonEmpty("a control id"), z.array(nonEmpty("a control id")).min(1, "expected at least one control id")], {
    error: expected('a control id or a list of control ids (or "*")'),
  })
  .transform((value) => (Array.isArray(value) ? value : [value]));

const resources = z
  .strictObject(
    {
      arn: nonEmpty("an ARN or ARN glob").optional(),
      tags: z.record(z.string(), text("a tag value"), { error: "expected a mapping of tag keys to values" }).optional(),
    },
    { error: expected("a mapping with arn and/or tags") },
  )
  .refine((r) => r.arn !== undefined || (r.tags !== undefined && Object.keys(r.tags).length > 0), {
    message: "expected arn or tags to match resources",
  });

export const exceptionEntry = z.strictObject(
  {
    controls,
    resources,
    reason: nonEmpty("a reason"),
    owner: nonEmpty("an owner"),
    expires: isoDate,
    ticket: text("a ticket reference").optional(),
  },
  { error: expected("a mapping with controls, resources, reason, owner and expires") },
);

export const exceptionsFile = z.strictObject(
  { exceptions: z.array(exceptionEntry, { error: expected("a list of exceptions") }) },
  { error: 'expected a mapping with an "exceptions" list' },
);

export type ExceptionInput = z.output<typeof exceptionEntry>;
