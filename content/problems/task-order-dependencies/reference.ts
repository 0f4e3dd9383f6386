/** The tasks in an order that respects every [before, after] pair, taking the first name among ready tasks. */
export function orderTasks(tasks: readonly string[], dependencies: readonly [string, string][]): string[] {
  const graph = buildGraph(tasks, dependencies);
  const ready = new MinHeap();
  for (const [task, count] of graph.pendingCount) if (count === 0) ready.push(task);
  const order: string[] = [];
  while (ready.size > 0) {
    const task = ready.pop();
    order.push(task);
    for (const next of graph.dependents.get(task)!) {
      const remaining = graph.pendingCount.get(next)! - 1;
      graph.pendingCount.set(next, remaining);
      if (remaining === 0) ready.push(next);
    }
  }
  if (order.length < tasks.length) throw new Error('the dependencies contain a cycle');
  return order;
}

interface TaskGraph {
  /** For each task, the tasks that wait for it (one entry per dependency pair). */
  dependents: Map<string, string[]>;
  /** For each task, how many of its prerequisites have not run yet. */
  pendingCount: Map<string, number>;
}

function buildGraph(tasks: readonly string[], dependencies: readonly [string, string][]): TaskGraph {
  if (!Array.isArray(tasks) || !Array.isArray(dependencies)) throw new TypeError('tasks and dependencies must be arrays');
  const graph: TaskGraph = { dependents: new Map(), pendingCount: new Map() };
  for (const task of tasks) addTask(graph, task);
  for (const pair of dependencies) addDependency(graph, pair);
  return graph;
}

function addTask(graph: TaskGraph, task: string): void {
  if (typeof task !== 'string' || task === '') throw new TypeError('task names must be non-empty strings');
  if (graph.dependents.has(task)) throw new Error(`task "${task}" is listed twice`);
  graph.dependents.set(task, []);
  graph.pendingCount.set(task, 0);
}

function addDependency(graph: TaskGraph, pair: [string, string]): void {
  if (!Array.isArray(pair) || pair.length !== 2) throw new TypeError('each dependency must be a [before, after] pair');
  const [before, after] = pair;
  const waitingForBefore = graph.dependents.get(before);
  const pending = graph.pendingCount.get(after);
  if (waitingForBefore === undefined || pending === undefined) {
    throw new Error(`dependency ${JSON.stringify(pair)} names an unknown task`);
  }
  waitingForBefore.push(after);
  graph.pendingCount.set(after, pending + 1);
}

/** A binary min-heap of strings, ordered by plain string comparison. */
class MinHeap {
  private readonly items: string[] = [];

  get size(): number {
    return this.items.length;
  }

  push(item: string): void {
    this.items.push(item);
    let child = this.items.length - 1;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (this.items[parent]! <= item) break;
      this.items[child] = this.items[parent]!;
      child = parent;
    }
    this.items[child] = item;
  }

  pop(): string {
    const smallest = this.items[0]!;
    const last = this.items.pop()!;
    if (this.items.length > 0) this.siftDown(last);
    return smallest;
  }

  private siftDown(item: string): void {
    let parent = 0;
    for (;;) {
      let child = 2 * parent + 1;
      if (child >= this.items.length) break;
      if (child + 1 < this.items.length && this.items[child + 1]! < this.items[child]!) child++;
      if (item <= this.items[child]!) break;
      this.items[parent] = this.items[child]!;
      parent = child;
    }
    this.items[parent] = item;
  }
}
