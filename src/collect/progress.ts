import cliProgress from "cli-progress";
import type { CollectObserver } from "./collect.js";
import type { AttemptOutcome } from "./stats.js";

interface Counters {
  resources: number;
  calls: number;
  throttles: number;
}

interface Phase extends Counters {
  label: string;
  total: number;
  done: number;
  bar?: cliProgress.SingleBar;
}

/** Bars shown at once below the total: an organization has hundreds of phases, a terminal a few dozen rows. */
const VISIBLE_PHASES = 8;

/**
 * Progress on a terminal (stderr): a bar for the whole scan, and one per account-region phase that is running
 * (collections read, resources found, calls, throttles). Finished phases make room for waiting ones.
 */
export class ProgressDisplay implements CollectObserver {
  private readonly bars: cliProgress.MultiBar;
  private readonly overall: cliProgress.SingleBar;
  private readonly totals: Counters & { phases: number; finished: number } = {
    resources: 0,
    calls: 0,
    throttles: 0,
    phases: 0,
    finished: 0,
  };
  private readonly phases = new Map<string, Phase>();
  private readonly waiting: Phase[] = [];
  private shown = 0;

  constructor(stream: NodeJS.WritableStream) {
    this.bars = new cliProgress.MultiBar({
      stream,
      format: "{label} {bar} {value}/{total} {unit} | {resources} resources | {calls} calls | {throttles} throttled",
      barsize: 20,
      hideCursor: true,
      clearOnComplete: false,
      autopadding: true,
    });
    this.overall = this.bars.create(0, 0, { ...this.totals, label: "all".padEnd(25), unit: "phases" });
  }

  phaseStarted(key: string, collections: number): void {
    const [account, region] = key.split("|");
    const phase: Phase = {
      label: `${account} ${region}`.padEnd(25),
      total: collections,
      done: 0,
      resources: 0,
      calls: 0,
      throttles: 0,
    };
    this.phases.set(key, phase);
    this.totals.phases++;
    this.waiting.push(phase);
    this.showWaiting();
    this.render();
  }

  collectionDone(key: string): void {
    const phase = this.phases.get(key);
    if (!phase) return;
    phase.done++;
    if (phase.done === phase.total) this.finish(phase);
    else this.update(phase);
    this.render();
  }

  resourcesFound(key: string, count: number): void {
    const phase = this.phases.get(key);
    this.totals.resources += count;
    if (phase) {
      phase.resources += count;
      this.update(phase);
    }
    this.render();
  }

  onAttempt(scope: string, _service: string, _operation: string, outcome: AttemptOutcome): void {
    const phase = this.phases.get(scope);
    const throttled = outcome === "throttled" ? 1 : 0;
    this.totals.calls++;
    this.totals.throttles += throttled;
    if (phase) {
      phase.calls++;
      phase.throttles += throttled;
      this.update(phase);
    }
    this.render();
  }

  stop(): void {
    this.bars.stop();
  }

  private finish(phase: Phase): void {
    this.totals.finished++;
    if (phase.bar) {
      this.bars.remove(phase.bar);
      phase.bar = undefined;
      this.shown--;
    }
    const index = this.waiting.indexOf(phase);
    if (index >= 0) this.waiting.splice(index, 1);
    this.showWaiting();
  }

  private showWaiting(): void {
    while (this.shown < VISIBLE_PHASES && this.waiting.length > 0) {
      const phase = this.waiting.shift() as Phase;
      phase.bar = this.bars.create(phase.total, phase.done, this.payload(phase));
      this.shown++;
    }
  }

  private update(phase: Phase): void {
    phase.bar?.update(phase.done, this.payload(phase));
  }

  private payload(phase: Phase) {
    return { label: phase.label, unit: "collections", ...pick(phase) };
  }

  private render(): void {
    this.overall.setTotal(this.totals.phases);
    this.overall.update(this.totals.finished, { label: "all".padEnd(25), unit: "phases", ...pick(this.totals) });
  }
}

function pick(counters: Counters): Counters {
  return { resources: counters.resources, calls: counters.calls, throttles: counters.throttles };
}
