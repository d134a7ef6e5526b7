import { known } from "../../model/unresolved.js";
import { defineControl, failed, notApplicable, passed } from "../control.js";
import { parseCsvList } from "../shared/csv-list.js";

/** `<account>.dkr.ecr[-fips].<region>.amazonaws.com[.cn]`: a private Amazon ECR registry, owned by `<account>`. */
const ECR_HOST = /^(\d{12})\.dkr\.ecr(?:-fips)?\.[a-z0-9-]+\.amazonaws\.com(?:\.cn)?$/;
const ECR_PUBLIC_HOST = "public.ecr.aws";
const DOCKER_HUB_HOSTS = new Set(["docker.io", "index.docker.io", "registry-1.docker.io", "registry.hub.docker.com"]);

type Registry = "ecr" | "ecr-public" | "docker-hub" | "other";

/** Where one container image comes from, as `observed` reports it. */
interface ImageSource {
  image: string;
  registry: Registry;
  host: string;
  /** The AWS account that owns a private ECR registry. */
  account?: string;
  /** Why the registry counts as yours; absent when it does not. */
  trustedAs?: "estate account" | "trustedRegistryAccounts" | "trustedRegistryHosts";
}

/** Docker's rule: a reference's first path component names a registry only if it looks like a host. */
function registryHost(image: string): string {
  const slash = image.indexOf("/");
  const first = slash === -1 ? "" : image.slice(0, slash);
  const isHost = first.includes(".") || first.includes(":") || first === "localhost";
  return isHost ? first.toLowerCase() : "docker.io";
}

function classify(image: string, estate: readonly string[], trusted: TrustParameters): ImageSource {
  const host = registryHost(image);
  if (trusted.trustedRegistryHosts.includes(host)) {
    return { image, registry: "other", host, trustedAs: "trustedRegistryHosts" };
  }
  const account = ECR_HOST.exec(host)?.[1];
  if (account) {
    const trustedAs = estate.includes(account)
      ? "estate account"
      : trusted.trustedRegistryAccounts.includes(account)
        ? "trustedRegistryAccounts"
        : undefined;
    return { image, registry: "ecr", host, account, ...(trustedAs && { trustedAs }) };
  }
  if (host === ECR_PUBLIC_HOST) return { image, registry: "ecr-public", host };
  if (DOCKER_HUB_HOSTS.has(host)) return { image, registry: "docker-hub", host };
  return { image, registry: "other", host };
}

function describeSource(source: ImageSource): string {
  switch (source.registry) {
    case "ecr":
      return `Amazon ECR in account ${source.account}, which is neither an estate account nor in trustedRegistryAccounts`;
    case "ecr-public":
      return "the Amazon ECR Public Gallery";
    case "docker-hub":
      return "Docker Hub";
    case "other":
      return `the registry ${source.host}`;
  }
}

interface TrustParameters {
  trustedRegistryAccounts: string[];
  trustedRegistryHosts: string[];
}

function parseHosts(raw: string): string[] {
  return parseCsvList(raw).map((host) => host.toLowerCase());
}

function parseAccountIds(raw: string): string[] {
  const ids = parseCsvList(raw);
  const invalid = ids.filter((id) => !/^\d{12}$/.test(id));
  if (invalid.length > 0) throw new Error(`not 12-digit AWS account ids: ${invalid.join(", ")}`);
  return ids;
}

export default defineControl<"AWS::SageMaker::Model", TrustParameters>({
  id: "MLH.15",
  title: "SageMaker models should use container images from registries you control",
  description:
    "An inference image pulled from Docker Hub, the ECR Public Gallery, another registry or someone else's ECR " +
    "repository can be replaced, deleted or poisoned by its publisher, and it runs with the model's execution role " +
    "on every request. An image in an ECR registry of your own accounts is pinned, scanned and access-controlled by " +
    "you.",
  severity: "MEDIUM",
  resourceType: "AWS::SageMaker::Model",
  source: "mlharden",
  category: "Protect > Secure development",
  requirements: [],
  parameters: {
    trustedRegistryAccounts: {
      description:
        "Comma-separated AWS account ids whose ECR registries you trust besides the estate's own accounts, e.g. " +
        "763104351884 for the AWS Deep Learning Containers.",
      default: [],
      parse: parseAccountIds,
    },
    trustedRegistryHosts: {
      description:
        "Comma-separated registry hosts you run yourself (host[:port] as written in the image URI), e.g. a private " +
        "registry inside your VPC such as registry.ml-prod.internal.",
      default: [],
      parse: parseHosts,
    },
  },
  remediation: {
    kind: "new-version-and-cutover",
    summary: "Copy the image into your own ECR repository, create a model that uses it, move its endpoints to it",
    steps: [
      "CreateRepository in one of your accounts (imageTagMutability IMMUTABLE, scan on push, KMS encryption); for ongoing use of Docker Hub or ECR Public images, CreatePullThroughCacheRule so your registry fetches and keeps them.",
      "Copy the image with its digest: docker pull, docker tag, docker push (or `crane copy` / `skopeo copy`), and scan it before use.",
      "DescribeModel on the failing model; CreateModel with a new ModelName and the same configuration, with PrimaryContainer.Image (or each Containers[].Image) set to <account>.dkr.ecr.<region>.amazonaws.com/<repository>@sha256:<digest>.",
      "For each endpoint configuration whose ProductionVariants reference the old model: CreateEndpointConfig copying it with ModelName=<new model>.",
      "For each endpoint on those configurations: UpdateEndpoint with the new EndpointConfigName and DeploymentConfig={BlueGreenUpdatePolicy: {TrafficRoutingConfiguration: {Type: ALL_AT_ONCE}}, AutoRollbackConfiguration: {Alarms: [<the endpoint's error alarms>]}}; wait for EndpointStatus InService. Point batch transform jobs and pipelines at the new model.",
      "DeleteEndpointConfig on the old configurations and DeleteModel on the old model once nothing references them.",
      "No IAM condition key constrains CreateModel's image: limit the SageMaker execution roles' ecr:BatchGetImage and ecr:GetDownloadUrlForLayer to your own repositories instead.",
    ],
  },
  decisions: [
    "The registry is read from each image URI: `<account>.dkr.ecr.<region>.amazonaws.com[.cn]/…` (and the FIPS " +
      "`dkr.ecr-fips` form) is a private ECR registry of that account; a reference without a registry host, or with " +
      "docker.io, index.docker.io, registry-1.docker.io or registry.hub.docker.com, is Docker Hub; public.ecr.aws is " +
      "the ECR Public Gallery; any other host is a third-party registry. Only ECR registries of the estate's accounts " +
      "or of trustedRegistryAccounts pass, and so do registries named in trustedRegistryHosts.",
    "ImageConfig.RepositoryAccessMode=Vpc alone does not make a registry yours: it only says the image is pulled " +
      "through the model's VPC, which may still reach Docker Hub through a NAT gateway. Name your own registries " +
      "in trustedRegistryHosts.",
    "AWS's own images (Deep Learning Containers, built-in algorithms) live in ECR registries of AWS accounts and " +
      "therefore fail until you add those account ids to trustedRegistryAccounts.",
    "A pull-through cache repository in your account passes: your registry holds the copy that SageMaker runs.",
    "Containers that reference a ModelPackageName without an Image are skipped (the model package defines the " +
      "image); a model with no container image at all is NOT_APPLICABLE.",
  ],
  evaluate(model, context) {
    const { PrimaryContainer, Containers } = model.properties;
    const primary = known("PrimaryContainer", PrimaryContainer);
    const containers = [
      ...(primary ? [["PrimaryContainer", primary] as const] : []),
      ...(known("Containers", Containers) ?? []).map((c, i) => [`Containers[${i}]`, c] as const),
    ];
    const sources: Record<string, ImageSource> = {};
    const packages: Record<string, string> = {};
    for (const [path, container] of containers) {
      const image = known(`${path}.Image`, container.Image);
      if (image) {
        sources[`${path}.Image`] = classify(image, context.accountIds, context.params);
      } else {
        const modelPackage = known(`${path}.ModelPackageName`, container.ModelPackageName);
        if (modelPackage) packages[`${path}.ModelPackageName`] = modelPackage;
      }
    }
    if (Object.keys(sources).length === 0) {
      return notApplicable("no container names an image (its model package defines it)", packages);
    }
    const untrusted = Object.entries(sources).filter(([, source]) => !source.trustedAs);
    return untrusted.length === 0
      ? passed("every image comes from an ECR registry you control or trust", sources)
      : failed(untrusted.map(([path, source]) => `${path} comes from ${describeSource(source)}`).join("; "), sources);
  },
});
